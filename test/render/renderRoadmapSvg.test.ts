import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderRoadmapSvg, type PlanInput } from "../../src/index.ts";
import { packRows } from "../../src/render/_lib/svgRows.ts";
import { frozenCopy } from "../fixtures/deepFreeze.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { validPlan, isoDate } from "../property/arbitraries.ts";
import { HOSTILE_TITLES, hostileText, planTitled } from "./hostile.ts";
import { xmlProblem } from "./xml.ts";

const svg = renderRoadmapSvg(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF });

/** What XML escaping makes of plan text. */
function escaped(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

describe("renderRoadmapSvg", () => {
  it("returns the example plan's roadmap byte for byte (the same in every time zone)", () => {
    expect(svg).toBe(readFileSync(new URL("../../docs/roadmap.svg", import.meta.url), "utf8"));
  });

  it("returns a standalone, well-formed SVG document 800 px wide by default", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="\d+" viewBox="0 0 800 \d+" role="img" /);
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|href=|url\(/);
  });

  it("returns an accessible picture: a title and a description of what it shows", () => {
    expect(svg).toContain('aria-labelledby="careerplan-roadmap-title careerplan-roadmap-desc"');
    expect(svg).toContain(`<title id="careerplan-roadmap-title">Career roadmap: ${seniorEngineerPlan.vision.statement}</title>`);
    expect(svg).toMatch(/<desc id="careerplan-roadmap-desc">From 2026-01-05 to 2030-12-31, as of 2026-11-22\. 4 milestones: Complete an advanced system design course \(due 2026-07-05\); .* 6 goals in three lanes \(core, auxiliary, exploratory\): 1 done, 3 off track, 1 on track, 1 not started;/);
  });

  it("returns every milestone and goal title in full (in its tooltip) with its status and dates", () => {
    for (const milestone of seniorEngineerPlan.milestones!) expect(svg).toContain(`<title>${milestone.title}: milestone due ${milestone.dueDate}, `);
    expect(svg).toContain(`<title>${seniorEngineerPlan.goals![1]!.title}: off track, 2026-07-01 to 2026-12-31</title>`);
    for (const goal of seniorEngineerPlan.goals!) expect(svg).toContain(`<title>${escaped(goal.title)}: `);
  });

  it("returns three lanes and bars coloured by status from the Okabe–Ito palette", () => {
    expect(svg.match(/>(Core|Auxiliary|Exploratory)</g)).toEqual([">Core<", ">Auxiliary<", ">Exploratory<"]);
    const fills = [...svg.matchAll(/<rect [^>]*height="10" rx="2" fill="(#[0-9A-F]{6})"/g)].map((match) => match[1]);
    // Four core goals by start date, then the auxiliary and the exploratory one; then the key's five swatches.
    expect(fills.slice(0, 6)).toEqual(["#009E73", "#D55E00", "#0072B2", "#BBBBBB", "#D55E00", "#D55E00"]);
  });

  it("returns the milestones as diamonds, the reviews as ticks and today as a dashed line", () => {
    expect(svg.match(/<path d="M[^"]+Z" fill="#333333" stroke="#ffffff"/g)).toHaveLength(4);
    // 19 review dates from 2026-04-05 to 2030-10-05, and the key's tick.
    expect(svg.match(/<line [^>]*stroke="#333333" stroke-width="[12]"\/>/g)).toHaveLength(20);
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="4 3"\/>\n<text [^>]*>Today, 2026-11-22<\/text>/);
  });

  it("returns each lane's share of the plan's ratios, marked as the default when the plan's are unusable", () => {
    expect(svg).toContain(">70% of effort<");
    const skewed = renderRoadmapSvg({ ...seniorEngineerPlan, ratios: { core: 0.6, auxiliary: 0.3, exploratory: 0.1 } }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(skewed).toContain(">60% of effort<");
    const broken = renderRoadmapSvg({ ...seniorEngineerPlan, ratios: { core: 0.5, auxiliary: 0.5, exploratory: 0.5 } }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(broken).toContain(">70% of effort (default)<");
  });

  it("returns titles shortened with an ellipsis on the picture", () => {
    expect(svg).toContain(">Mentor one junior engineer every week for 6 months and…</text>");
  });

  it("returns plan text escaped for XML, control characters replaced, and still well-formed", () => {
    const hostile = renderRoadmapSvg(planTitled(HOSTILE_TITLES), { asOf: "2026-06-01" });
    expect(xmlProblem(hostile)).toBeUndefined();
    expect(hostile).not.toMatch(/<script|<img|[\u0000-\u0008\u001b\u009b]/);
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).toContain("\uFFFDNUL \uFFFD]0;PWNED\uFFFD ESC \uFFFD C1");
  });

  it("returns a well-formed SVG for any plan text (property)", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (titles) => {
        expect(xmlProblem(renderRoadmapSvg(planTitled(titles), { asOf: "2026-06-01" }))).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it("returns a well-formed SVG for any valid plan and day (property)", () => {
    fc.assert(
      fc.property(validPlan, isoDate, (plan, asOf) => {
        expect(xmlProblem(renderRoadmapSvg(plan, { asOf }))).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it("returns the width asked for, and throws a RangeError for one it cannot draw", () => {
    expect(renderRoadmapSvg(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF, width: 1200 })).toMatch(/^<svg [^>]*width="1200" [^>]*viewBox="0 0 1200 /);
    expect(() => renderRoadmapSvg(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF, width: 100 })).toThrow(/^renderRoadmapSvg: options\.width must be a finite number from 480 to 4000/);
  });

  it("throws a RangeError naming the function when asOf is not a date, and a TypeError without options", () => {
    expect(() => renderRoadmapSvg(seniorEngineerPlan, { asOf: "2026-02-30" })).toThrow(/^renderRoadmapSvg: asOf must be a calendar date/);
    expect(() => renderRoadmapSvg(seniorEngineerPlan, undefined as unknown as { asOf: string })).toThrow(TypeError);
  });

  it("does not mutate its input", () => {
    expect(renderRoadmapSvg(frozenCopy(seniorEngineerPlan), { asOf: SENIOR_ENGINEER_AS_OF })).toBe(svg);
  });

  it("draws a plan of 20,000 goals, one titled group per goal, in one well-formed picture", () => {
    const plan: PlanInput = {
      vision: seniorEngineerPlan.vision,
      goals: Array.from({ length: 20_000 }, (_, index) => ({
        id: `g${index}`,
        title: `Ship improvement ${index} of the onboarding flow`,
        bucket: (["core", "auxiliary", "exploratory"] as const)[index % 3],
        startDate: `20${27 + (index % 3)}-0${1 + (index % 9)}-01`,
        dueDate: "2030-06-30",
      })),
    };
    const big = renderRoadmapSvg(plan, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(big.match(/<g><title>Ship improvement/g)).toHaveLength(20_000);
    expect(xmlProblem(big)).toBeUndefined();
  });
});

describe("the roadmap's row packing", () => {
  it("never puts two overlapping spans in one row, and reuses rows that are free (property)", () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 })).map(([from, length]) => ({ from, to: from + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const sorted = [...spans].sort((a, b) => a.from - b.from);
        const rows = packRows(sorted, 10);
        sorted.forEach((a, i) =>
          sorted.forEach((b, j) => {
            if (i < j && rows[i] === rows[j]) expect(a.to + 10 <= b.from || b.to + 10 <= a.from).toBe(true);
          }),
        );
        // Fewest rows: as many as the most spans that overlap at one point.
        const deepest = Math.max(0, ...sorted.map((a) => sorted.filter((b) => b.from <= a.from && a.from < b.to + 10).length));
        expect(Math.max(0, ...rows.map((row) => row + 1))).toBe(deepest);
      }),
    );
  });
});
