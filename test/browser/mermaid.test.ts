// Proof that the diagrams work where people see them: the Mermaid text renders
// in the real Mermaid inside headless Chromium, and the SVG roadmap parses with
// the browser's strict XML parser. Slow (a browser), so it runs apart from
// `npm test`, with the other browser suites.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlanMarkdown, renderPlanMermaid, renderRoadmapSvg, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { openMermaidPage, xmlError } from "../render/browser.ts";
import { HOSTILE_TITLES, hostileText, planTitled } from "../render/hostile.ts";

let browser: Awaited<ReturnType<typeof openMermaidPage>>;
beforeAll(async () => {
  browser = await openMermaidPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Goal bars in Mermaid's gantt SVG: task rectangles with our goal ids (g1, g2…), not milestones or lines. */
function goalBars(svg: string): string[] {
  return [...svg.matchAll(/<rect id="[\w-]*-(g\d+)"[^>]*class="task (?!milestone|vert)[^"]*"/g)].map((match) => match[1]!);
}

/** The plan's goals that get a bar: active and done ones. */
function drawnGoals(plan: PlanInput): number {
  return (plan.goals ?? []).filter((goal) => goal.status === undefined || goal.status === "active" || goal.status === "done").length;
}

async function expectGantt(plan: PlanInput, asOf: string): Promise<string> {
  const rendered = await browser.render(renderPlanMermaid(plan, { asOf }));
  expect(rendered.error).toBeUndefined();
  expect(goalBars(rendered.svg!)).toHaveLength(drawnGoals(plan));
  // Hostile text stays text: no element or attribute comes from it.
  const tags = rendered.svg!.match(/<[^>]+>/g) ?? [];
  expect(tags.filter((tag) => /^<(?:script|img|iframe|foreignObject)\b|\son\w+=|javascript:/i.test(tag))).toEqual([]);
  return rendered.svg!;
}

describe("renderPlanMermaid in the real Mermaid", () => {
  it("renders the example plan's gantt with one bar per goal and its milestones, reviews and today line", async () => {
    const svg = await expectGantt(seniorEngineerPlan, SENIOR_ENGINEER_AS_OF);
    expect(svg.match(/class="task milestone/g)).toHaveLength(4 + 4);
    expect(svg).toMatch(/class="task vert/);
    expect(svg).toContain(">Lead one feature end-to-end at work, from planning to… </text>");
  }, 30_000);

  it("renders the example plan's effort mix as a pie with a slice per bucket", async () => {
    const rendered = await browser.render(renderPlanMermaid(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF, kind: "mix" }));
    expect(rendered.error).toBeUndefined();
    expect(rendered.svg!.match(/class="pieCircle"/g)).toHaveLength(3);
    expect(rendered.svg).toContain("Hours planned from 2026-11-22 to 2027-02-21 by bucket (target 70/20/10)");
  }, 30_000);

  it("renders every hostile title as written, with no bar lost and nothing injected", async () => {
    const svg = await expectGantt(planTitled(HOSTILE_TITLES), "2026-06-01");
    // Mermaid shows the entity codes as the characters themselves, as text.
    expect(svg).toContain('>Q3: ship #1; "fast" 100% &lt;b&gt;bold&lt;/b&gt; &amp; `code` </text>');
    expect(svg).toContain(">%%{init: {'theme': 'dark', 'securityLevel': 'loose'}}%% </text>");
    expect(svg).toContain(">line one section two task three :done, x, 2026-01-01, 1d </text>");
  }, 30_000);

  it("renders the Markdown page's two embedded diagrams", async () => {
    const page = renderPlanMarkdown(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF });
    const blocks = [...page.matchAll(/```mermaid\n([^`]*)```/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect((await browser.render(block)).error).toBeUndefined();
  }, 30_000);

  it("renders plans with generated hostile titles with one bar per goal (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 5 }), async (titles) => {
        await expectGantt(planTitled(titles), "2026-06-01");
        const pie = await browser.render(renderPlanMermaid(planTitled(titles), { asOf: "2026-06-01", kind: "mix" }));
        expect(pie.error).toBeUndefined();
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe("renderRoadmapSvg in Chromium", () => {
  it("parses as XML and holds every milestone and goal title, for the example plan and hostile titles", async () => {
    for (const plan of [seniorEngineerPlan, planTitled(HOSTILE_TITLES)]) {
      const svg = renderRoadmapSvg(plan, { asOf: "2026-06-01" });
      expect(await xmlError(browser.page, svg)).toBeUndefined();
      await browser.page.setContent(`<!doctype html><body>${svg}</body>`);
      const tooltips = await browser.page.locator("svg g > title").allTextContents();
      for (const item of [...(plan.milestones ?? []), ...(plan.goals ?? [])]) {
        const shown = (item.title.trim() || item.id).replace(/\s+/g, " ").trim().replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udfff]/g, "\uFFFD");
        expect(tooltips.some((tooltip) => tooltip.startsWith(`${shown}: `))).toBe(true);
      }
      expect(await browser.page.locator("script").count()).toBe(0);
    }
  }, 30_000);
});
