import { describe, expect, it } from "vitest";
import { renderPlanMarkdown } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy, markdownTables, planWithGoals, seniorPlanWith, tableCells, tablesAreWellFormed, toHtml } from "./testPlans.ts";

const page = renderPlanMarkdown(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF });

describe("renderPlanMarkdown", () => {
  it("returns the vision statement as the page title", () => {
    expect(toHtml(page)).toContain(`<h1>${seniorEngineerPlan.vision.statement}</h1>`);
  });

  it("returns the 5W answers as a list, with the target date for when", () => {
    const html = toHtml(page);
    expect(html).toContain("<li><strong>Why:</strong> I value building systems people can rely on and helping colleagues grow</li>");
    expect(html).toContain("<li><strong>When:</strong> 2030-12-31 (started 2026-01-05)</li>");
  });

  it("returns the vision's progress line", () => {
    expect(page).toContain("Progress on 2026-11-22: 30% done, 18% of the time gone: on-track, grade 0.3.");
  });

  it("returns the milestones in date order as headings labelled by horizon", () => {
    const headings = [...toHtml(page).matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      "6-month: Complete an advanced system design course",
      "1-year: Lead one feature end to end",
      "3-year: Mentor a junior engineer and drive a reliability initiative",
      "final: Senior software engineer",
    ]);
  });

  it("returns each goal under its milestone with status, progress and due date", () => {
    expect(page).toContain(
      "### 1-year: Lead one feature end to end\n\nDue 2027-01-05: off-track, 1%.\n\n- Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026: off-track, 1%, due 2026-12-31\n",
    );
  });

  it("returns goals that support no milestone under Other goals", () => {
    expect(page).toContain("## Other goals\n\n- Build 2 prototypes with an AI coding assistant by March 31, 2027: off-track, 0%, due 2027-03-31\n");
  });

  it("returns the 70/20/10 mix of the work planned for the next quarter as a well-formed table", () => {
    const [table] = markdownTables(page);
    expect(page).toContain("Hours planned from 2026-11-22 to 2027-02-21, by bucket:");
    expect(table).toEqual([
      "| Bucket | Target | Planned | Hours |",
      "| --- | --- | --- | --- |",
      "| core | 70% | 66% | 43.5 |",
      "| auxiliary | 20% | 23% | 15.2 |",
      "| exploratory | 10% | 11% | 7.6 |",
    ]);
    expect(tablesAreWellFormed(page)).toBe(true);
    expect(page).toContain("Within 5 points of the target.");
  });

  it("returns the rebalance in hours when the mix is off the target", () => {
    const skewed = { ...seniorEngineerPlan, goals: seniorEngineerPlan.goals!.map((goal) => (goal.id === "g-mentor" ? { ...goal, effortHours: 10 } : goal)) };
    expect(renderPlanMarkdown(skewed, { asOf: SENIOR_ENGINEER_AS_OF })).toMatch(/More than 5 points off the target: move \d+ hours from core to auxiliary/);
  });

  it("returns the next review from the vision's start date on the quarterly cadence", () => {
    expect(page).toContain("## Next review\n\n2027-01-05: quarterly, career canvas and vision review.\n");
  });

  it("returns a review due on asOf itself as the next one", () => {
    expect(renderPlanMarkdown(seniorEngineerPlan, { asOf: "2026-10-05" })).toContain("2026-10-05: quarterly review.");
  });

  it("returns plan text escaped so Markdown specials print as written", () => {
    const plan = planWithGoals([{ id: "g", title: "Ship v2 | *fast* #1", milestoneId: "m", bucket: "core", effortHours: 4 }], {
      milestones: [{ id: "m", title: "# _Launch_ `now`", dueDate: "2026-12-31" }],
    });
    const markdown = renderPlanMarkdown(plan, { asOf: "2026-06-01" });
    const html = toHtml(markdown);
    expect(markdown).toContain("- Ship v2 \\| \\*fast\\* \\#1: ");
    expect(html).toContain("<li>Ship v2 | *fast* #1: off-track, 0%, due 2026-12-31</li>");
    expect(html).toContain("<h3># _Launch_ `now`</h3>");
    expect(html).not.toMatch(/<em>|<code>/);
    expect(tablesAreWellFormed(markdown)).toBe(true);
  });

  it("returns a page that says so when the plan has no milestones, goals or effort", () => {
    const markdown = renderPlanMarkdown(planWithGoals([]), { asOf: "2026-06-01" });
    expect(markdown).toContain("## Milestones\n\nNo milestones yet.\n");
    expect(markdown).toContain("## Effort mix (70/20/10)\n\nNo effort planned on active goals from 2026-06-01 to 2026-08-31.\n");
    expect(markdown).toContain("## Next review\n\n2026-07-01: quarterly and career canvas review.\n");
    expect(markdownTables(markdown)).toEqual([]);
  });

  it("returns a table whose rows all have as many cells as the header", () => {
    const [table] = markdownTables(page);
    expect(table!.map((row) => tableCells(row).length)).toEqual([4, 4, 4, 4, 4]);
  });

  it("returns the roadmap gantt after the progress line and the mix pie after the table, as fenced mermaid blocks", () => {
    expect(page).toMatch(/grade 0\.3\.\n\n## Roadmap\n\n```mermaid\n---\n[^`]*\ngantt\n[^`]*\n```\n\n## Milestones\n/);
    expect(page).toMatch(/Within 5 points of the target\.\n\n```mermaid\npie showData\n[^`]*\n```\n\n## Next review/);
    expect(toHtml(page).match(/<pre><code class="language-mermaid">/g)).toHaveLength(2);
  });

  it("leaves the diagrams out with diagrams: false", () => {
    const plain = renderPlanMarkdown(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF, diagrams: false });
    expect(plain).not.toMatch(/```|## Roadmap/);
    expect(plain).toContain("## Milestones");
  });

  it("returns control characters in plan text as U+FFFD, so no NUL or ESC reaches the page (issue 19)", () => {
    const plan = planWithGoals([{ id: "g", title: "Ship\u0000 v2 \u001b]0;PWNED\u0007 now\u009b", milestoneId: "m", effortHours: 4 }], {
      milestones: [{ id: "m", title: "Launch \u001b[31mred", dueDate: "2026-12-31" }],
    });
    const markdown = renderPlanMarkdown(plan, { asOf: "2026-06-01" });
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(markdown).toContain("- Ship\uFFFD v2 \uFFFD\\]0;PWNED\uFFFD now\uFFFD: ");
    expect(markdown).toContain("### Launch \uFFFD\\[31mred");
  });

  it("returns bare URLs, www. addresses and e-mail addresses in plan text escaped, so GFM does not link them (issue 19)", () => {
    const title = "Read https://evil.example/x, WWW.evil.example and mail me@evil.example";
    const markdown = renderPlanMarkdown(planWithGoals([{ id: "g", title, effortHours: 4 }]), { asOf: "2026-06-01", diagrams: false });
    expect(markdown).toContain("- Read https\\://evil.example/x, WWW\\.evil.example and mail me\\@evil.example: ");
    // GFM's autolink literals: "http(s)://", "www." and "local@domain", none left unescaped outside code.
    expect(markdown).not.toMatch(/https?:\/\/|(?<![\\\w])www\.|[\w.+-]@[\w-]/i);
    const html = toHtml(markdown);
    expect(html).toContain("<li>Read https://evil.example/x, WWW.evil.example and mail me@evil.example: ");
    expect(html).not.toContain("<a ");
  });

  it("says it compares with 70/20/10 when the plan's ratios do not add up to 1, instead of passing them off as the plan's (issue 19)", () => {
    const plan = seniorPlanWith({ ratios: { core: 0.5, auxiliary: 0.5, exploratory: 0.5 } });
    const markdown = renderPlanMarkdown(plan, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(markdown).toContain("## Effort mix (70/20/10)\n\nThe plan's ratios are not usable");
    expect(markdown).toContain("title Hours planned from 2026-11-22 to 2027-02-21 by bucket (target 70/20/10, the default)");
    expect(page).not.toContain("not usable");
  });

  it("throws a RangeError naming the function when asOf is not a date", () => {
    expect(() => renderPlanMarkdown(seniorEngineerPlan, { asOf: "22/11/2026" })).toThrow(/^renderPlanMarkdown: asOf must be a calendar date/);
  });

  it("does not mutate its input", () => {
    const plan = frozenCopy(seniorPlanWith({}));
    expect(renderPlanMarkdown(plan, { asOf: SENIOR_ENGINEER_AS_OF })).toBe(page);
    expect(plan).toEqual(seniorEngineerPlan);
  });
});
