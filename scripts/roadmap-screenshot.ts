// Regenerates docs/roadmap.svg and docs/roadmap.png, the README's picture: the
// example plan's SVG roadmap (examples/senior-engineer.plan.json, on the
// demo's date) as Chromium draws it. Run: npx tsx scripts/roadmap-screenshot.ts
import { readFileSync, writeFileSync } from "node:fs";
import { parsePlan, renderRoadmapSvg } from "../src/index.ts";
import { SENIOR_ENGINEER_AS_OF } from "../src/cli/examplePlan.ts";
import { openLocalPage } from "../test/render/browser.ts";

const root = new URL("../", import.meta.url);
const parsed = parsePlan(JSON.parse(readFileSync(new URL("examples/senior-engineer.plan.json", root), "utf8")));
if (!parsed.ok) throw new Error(`the example plan does not parse: ${parsed.issues[0]?.message}`);
const width = Number(process.argv[2] ?? 800);
const svg = renderRoadmapSvg(parsed.plan, { asOf: SENIOR_ENGINEER_AS_OF, width });
writeFileSync(new URL("docs/roadmap.svg", root), svg);

const { page, close } = await openLocalPage({ width, height: 400 }, 2);
try {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  // Twice the pixels, so the picture stays sharp on high-density screens.
  const png = await page.locator("svg").screenshot({ scale: "device" });
  writeFileSync(new URL("docs/roadmap.png", root), png);
  console.log(`Wrote docs/roadmap.svg (${svg.length} bytes) and docs/roadmap.png (${png.length} bytes)`);
} finally {
  await close();
}
