// What users install: the packed tarball, unpacked into a throw-away project and
// bundled for the browser by esbuild with every dependency bundled, the way an
// app's bundler sees it. Slow (it builds and packs): `npm run test:slow`.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleNames, containsZod, ZOD_FUNCTIONS } from "./bundle.ts";
import { type InstalledTarball, packAndInstall, ROOT, run } from "./tarball.ts";

const KB = 1024;
const DEPENDENCIES = ["zod", "date-fns", "@date-fns/utc"];
// A title, the table's field layout and an alternate title that only the generated O*NET data module holds.
const OCCUPATION_DATA_MARKERS = ["Actuaries", "11-1011.00|Chief Executives", "Scrum Master"];

let installed: InstalledTarball;

beforeAll(() => {
  installed = packAndInstall();
}, 180_000);

afterAll(() => installed?.remove());

/** Bundles names from the installed package, every dependency bundled unless told. */
function bundle(names: string[], options: { from?: string; external?: string[] } = {}) {
  return bundleNames(names, { resolveDir: installed.project, ...options });
}

/** The runtime exports of an entry as Node's `import` sees them, each flagged when it is a zod schema. */
function runtimeExports(entry: string): { name: string; zodSchema: boolean }[] {
  const script = `const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.entries(m).map(([name, value]) => ({ name, zodSchema: typeof value === "object" && value !== null && "_zod" in value }))));`;
  return JSON.parse(run(process.execPath, ["--input-type=module", "-e", script], installed.project)) as { name: string; zodSchema: boolean }[];
}

function sourceModules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the packed tarball", () => {
  it("ships one ESM and one CJS module per library source module, types for both, and the command", () => {
    const files = new Set(installed.files);
    const modules = sourceModules(join(ROOT, "src"))
      .map((file) => relative(join(ROOT, "src"), file).replaceAll("\\", "/").replace(/\.ts$/, ""))
      .filter((module) => !module.startsWith("cli/"));
    expect(modules.length).toBeGreaterThan(50);
    const missing = modules.flatMap((module) => [`dist/${module}.js`, `dist/${module}.cjs`]).filter((file) => !files.has(file));
    expect(missing).toEqual([]);
    for (const types of ["dist/index.d.ts", "dist/index.d.cts", "dist/occupations/index.d.ts", "dist/occupations/index.d.cts"]) expect(files).toContain(types);
    expect(files).toContain("dist/cli.js");
    expect([...files].filter((file) => file.startsWith("src/") || file.startsWith("test/"))).toEqual([]);
    console.log(`tarball: ${(installed.tarballBytes / KB).toFixed(0)} kB packed, ${(installed.unpackedBytes / KB).toFixed(0)} kB unpacked, ${files.size} files`);
  });

  it("loads with require() in CommonJS and import in ESM, with the same exports", () => {
    const required = JSON.parse(run(process.execPath, ["-e", 'const c = require("careerplan"); const o = require("careerplan/occupations"); console.log(JSON.stringify([Object.keys(c).sort(), Object.keys(o).sort(), c.allocateEffort(6)]))'], installed.project)) as [string[], string[], unknown];
    const imported = runtimeExports("careerplan").map((entry) => entry.name).sort();
    const importedOccupations = runtimeExports("careerplan/occupations").map((entry) => entry.name).sort();
    expect(required[0]).toEqual(imported);
    expect(required[1]).toEqual(importedOccupations);
    expect(imported).toContain("checkAlignment");
    expect(importedOccupations).toContain("findOccupations");
    expect(required[2]).toEqual({ core: 270, auxiliary: 60, exploratory: 30, unallocatedMinutes: 0 });
  });

  it("runs the careerplan command from dist/cli.js", () => {
    const cli = join(installed.packageDir, "dist", "cli.js");
    expect(readFileSync(cli, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(run(process.execPath, [cli, "--help"], installed.project)).toContain("Usage: careerplan");
    expect(run(process.execPath, [cli, "demo", "--as-of", "2026-11-22"], installed.project)).toContain("Is the vision clear?");
  });
});

describe("tree-shaking the installed package", () => {
  it("finds zod in parsePlan's bundle (the probe works)", async () => {
    const { code } = await bundle(["parsePlan"]);
    expect(containsZod(code)).toBe(true);
  });

  it("bundles every plain function and constant without zod", async () => {
    // Everything but the zod schemas and the functions built on them (parsePlan, planJsonSchema).
    const plain = runtimeExports("careerplan").filter((entry) => !entry.zodSchema && !ZOD_FUNCTIONS.has(entry.name));
    expect(plain.map((entry) => entry.name)).toEqual(expect.arrayContaining(["allocateEffort", "checkSmart", "checkAlignment", "scheduleReviews", "renderPlanMarkdown"]));
    const carryingZod: string[] = [];
    for (const { name } of plain) {
      const { code } = await bundle([name]);
      if (containsZod(code)) carryingZod.push(name);
    }
    expect(carryingZod).toEqual([]);
  }, 60_000);

  it("keeps allocateEffort alone under 2 kB minified, without zod", async () => {
    const { code, minifiedBytes, gzipBytes } = await bundle(["allocateEffort"]);
    console.log(`allocateEffort: ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(containsZod(code)).toBe(false);
    expect(minifiedBytes).toBeLessThan(2 * KB);
  });

  it("keeps scheduleReviews alone, date-fns included, under 8 kB minified", async () => {
    const { minifiedBytes, gzipBytes } = await bundle(["scheduleReviews"]);
    console.log(`scheduleReviews: ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(minifiedBytes).toBeLessThan(8 * KB);
  });

  // The ceiling is 32 kB; this budget stops the library growing
  // unnoticed: raise it only for a change that is worth its bytes. It was 30 kB
  // until 0.2's pictures (renderPlanMermaid, renderRoadmapSvg and the diagrams
  // in renderPlanMarkdown: 5.5 kB gzip) and the living-plan loop (the log,
  // recordProgress, replan, reviews that leave no stale work: about 6.5 kB),
  // the SMART rules of 0.2 (4.6 kB) and createPlan with its drafting (6.9 kB)
  // took it past the ceiling, to 55.3 kB. Each function alone stays small
  // (the tests above); this guards the sum against unnoticed growth.
  it("keeps the whole library, without its dependencies, under 57 kB gzip", async () => {
    const { minifiedBytes, gzipBytes } = await bundle(["*"], { external: DEPENDENCIES });
    console.log(`careerplan (all, no dependencies): ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(gzipBytes).toBeLessThan(57 * KB);
  });
});

describe("the careerplan/occupations entry", () => {
  it("stays out of the root entry: the whole of careerplan carries no O*NET data", async () => {
    const { code } = await bundle(["*"], { external: DEPENDENCIES });
    for (const marker of OCCUPATION_DATA_MARKERS) expect(code).not.toContain(marker);
  });

  it("bundles its data (the probe works) in at most 400 kB gzip", async () => {
    const { code, minifiedBytes, gzipBytes } = await bundle(["*"], { from: "careerplan/occupations" });
    console.log(`careerplan/occupations (all, dependencies bundled): ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    for (const marker of OCCUPATION_DATA_MARKERS) expect(code).toContain(marker);
    expect(gzipBytes).toBeLessThanOrEqual(400_000);
  });
});
