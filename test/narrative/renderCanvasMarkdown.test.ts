import { describe, expect, it } from "vitest";
import { careerCanvas, renderCanvasMarkdown } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy, markdownTables, planWithGoals, tablesAreWellFormed, toHtml } from "../progress/testPlans.ts";

const canvas = careerCanvas(seniorEngineerPlan, { capabilities: ["Python"], resources: ["A senior mentor"] }, { asOf: SENIOR_ENGINEER_AS_OF });
const page = renderCanvasMarkdown(canvas);

describe("renderCanvasMarkdown", () => {
  it("returns the vision as the title and the four canvas sections as headings", () => {
    const html = toHtml(page);
    expect(html).toContain(`<h1>Career canvas: ${seniorEngineerPlan.vision.statement}</h1>`);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual(["Capabilities held", "Resources", "Gaps to the vision", "Next steps"]);
  });

  it("returns the capabilities held and the resources as lists", () => {
    const html = toHtml(page);
    expect(html).toContain("<ul>\n<li>Python (profile)</li>\n<li>System design (goals done): Complete one advanced course in system design and apply 3 of its concepts in a side project by June 30, 2026</li>\n</ul>");
    expect(html).toContain("<ul>\n<li>A senior mentor</li>\n</ul>");
  });

  it("returns the gaps as a well-formed table", () => {
    expect(markdownTables(page)).toEqual([
      [
        "| Capability | Kind | Milestone | Due | Goals |",
        "| --- | --- | --- | --- | --- |",
        "| End-to-end feature ownership | core | Lead one feature end to end | 2027-01-05 | g-lead-feature |",
        "| Mentoring | auxiliary | Mentor a junior engineer and drive a reliability initiative | 2029-01-05 | g-mentor |",
        "| Technical leadership | core | Mentor a junior engineer and drive a reliability initiative | 2029-01-05 | g-load-time, g-promotion |",
      ],
    ]);
    expect(tablesAreWellFormed(page)).toBe(true);
  });

  it("returns the next steps as a numbered list with the task minutes", () => {
    expect(toHtml(page)).toContain("<ol>\n<li>Agree the rollout plan with QA (45 min)</li>");
  });

  it("returns text with Markdown specials escaped, in lists and in table cells", () => {
    const plan = planWithGoals([{ id: "g|1", title: "Ship v2 | *fast* #1", capabilityIds: ["c"] }], {
      vision: { id: "v", statement: "Ship v2 | *fast* #1", startDate: "2026-01-01", targetDate: "2030-12-31", capabilities: [{ id: "c", name: "Ship v2 | *fast* #1" }] },
    });
    const markdown = renderCanvasMarkdown(careerCanvas(plan, { capabilities: ["1. _Go_"], resources: ["- `npm`"] }, { asOf: "2026-06-01" }));
    const html = toHtml(markdown);
    expect(html).toContain("<h1>Career canvas: Ship v2 | *fast* #1</h1>");
    expect(html).toContain("<li>1. _Go_ (profile)</li>");
    expect(html).toContain("<li>- `npm`</li>");
    expect(html).not.toMatch(/<em>|<code>|<ol start/);
    expect(markdownTables(markdown)[0]![2]).toBe("| Ship v2 \\| \\*fast\\* \\#1 | core | none |   | g\\|1 |");
    expect(tablesAreWellFormed(markdown)).toBe(true);
  });

  it("returns None yet. for every empty section of an empty plan's canvas", () => {
    const markdown = renderCanvasMarkdown(careerCanvas(planWithGoals([]), { capabilities: [] }, { asOf: "2026-06-01" }));
    expect(markdown.match(/None yet\./g)).toHaveLength(4);
    expect(markdownTables(markdown)).toEqual([]);
  });

  it("throws a TypeError when the canvas is not an object", () => {
    expect(() => renderCanvasMarkdown(null as never)).toThrow(new TypeError("renderCanvasMarkdown: canvas must be an object, got null"));
  });

  it("does not mutate its input", () => {
    expect(renderCanvasMarkdown(frozenCopy(canvas))).toBe(page);
  });
});
