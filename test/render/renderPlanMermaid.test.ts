import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPlanMermaid, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy } from "../fixtures/deepFreeze.ts";
import { HOSTILE_TITLES, hostileText, planTitled } from "./hostile.ts";
import { readFileSync } from "node:fs";

const gantt = renderPlanMermaid(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF });
const lines = gantt.split("\n");

/** The text of each task line (before " :"), and its data. */
function tasks(source: string): { text: string; data: string }[] {
  return source
    .split("\n")
    .filter((line) => line.startsWith("    ") && line.includes(" :"))
    .map((line) => ({ text: line.slice(4, line.lastIndexOf(" :")), data: line.slice(line.lastIndexOf(" :") + 2) }));
}

describe("renderPlanMermaid, gantt", () => {
  it("returns the example plan's gantt byte for byte (the same in every time zone)", () => {
    expect(gantt).toBe(readFileSync(new URL("output/senior-engineer.gantt.mmd", import.meta.url), "utf8"));
  });

  it("returns one section per milestone in date order, headed by its title, then other goals and reviews", () => {
    expect(lines.filter((line) => line.startsWith("  section "))).toEqual([
      "  section Complete an advanced system design…",
      "  section Lead one feature end to end",
      "  section Mentor a junior engineer and drive a…",
      "  section Senior software engineer",
      "  section Other goals",
      "  section Reviews",
    ]);
  });

  it("returns each goal as a bar from its start to its due date, tagged done, crit or active by its status", () => {
    expect(tasks(gantt).filter((task) => /^(?:done, |crit, |active, )?g\d/.test(task.data)).map((task) => task.data)).toEqual([
      "done, g1, 2026-01-05, 2026-06-30",
      "crit, g2, 2026-07-01, 2026-12-31",
      "crit, g3, 2026-07-01, 2027-06-30",
      "active, g4, 2026-10-01, 2027-12-31",
      "g5, 2029-01-06, 2030-12-31",
      "crit, g6, 2026-04-01, 2027-03-31",
    ]);
  });

  it("returns each milestone as a marker on its due date, after its goals", () => {
    expect(lines).toContain("    1-year milestone :milestone, m2, 2027-01-05, 0d");
    expect(lines).toContain("    Final milestone :milestone, m4, 2030-12-31, 0d");
    expect(lines.indexOf("    1-year milestone :milestone, m2, 2027-01-05, 0d")).toBeGreaterThan(lines.findIndex((line) => line.includes(" g2, ")));
  });

  it("returns the reviews of the next twelve months and a Today line on asOf, with Mermaid's clock marker off", () => {
    expect(tasks(gantt).filter((task) => task.data.includes(" r"))).toEqual([
      { text: "Quarterly, career canvas and vision review", data: "milestone, r1, 2027-01-05, 0d" },
      { text: "Quarterly review", data: "milestone, r2, 2027-04-05, 0d" },
      { text: "Quarterly and career canvas review", data: "milestone, r3, 2027-07-05, 0d" },
      { text: "Quarterly review", data: "milestone, r4, 2027-10-05, 0d" },
    ]);
    expect(lines).toContain("    Today 2026-11-22 :vert, today, 2026-11-22, 0d");
    expect(lines).toContain("  todayMarker off");
  });

  it("returns a past-due goal still open as crit even when it is not off-track", () => {
    const plan = planTitled(["Ship the billing API by September"]);
    const goal = { ...plan.goals![0]!, dueDate: "2026-09-30", metric: { metric: "endpoints", target: 10, current: 9 } };
    const source = renderPlanMermaid({ ...plan, goals: [goal] }, { asOf: "2027-01-15" });
    expect(source).toContain("Ship the billing API by September :crit, g1, 2026-02-01, 2026-09-30");
  });

  it("leaves replaced and dropped goals out and puts goals of unknown milestones under Other goals", () => {
    const plan = planTitled(["Kept goal", "Dropped goal", "Replaced goal"], "Lead a team");
    const goals = plan.goals!.map((goal, index) => ({ ...goal, status: (["active", "dropped", "replaced"] as const)[index], milestoneId: index === 0 ? "m-gone" : "m" }));
    const source = renderPlanMermaid({ ...plan, goals }, { asOf: "2026-06-01" });
    expect(source).not.toMatch(/Dropped goal|Replaced goal/);
    expect(source).toMatch(/ {2}section Other goals\n {4}Kept goal :crit, g1, 2026-02-01, 2027-03-31\n/);
  });

  it("returns front matter that widens the column of section names to the longest", () => {
    expect(lines.slice(0, 6)).toEqual(["---", "config:", "  gantt:", "    leftPadding: 272", "---", "gantt"]);
    expect(renderPlanMermaid({ vision: seniorEngineerPlan.vision }, { asOf: SENIOR_ENGINEER_AS_OF })).toContain("    leftPadding: 93\n");
  });

  it("returns ticks by quarter for a plan of two years or less", () => {
    const plan = { vision: { id: "v", statement: "Move into health-data analytics", startDate: "2026-01-01", targetDate: "2027-06-30" } };
    expect(renderPlanMermaid(plan, { asOf: "2026-03-01" })).toContain("  axisFormat %b %Y\n  tickInterval 3month\n");
  });
});

describe("renderPlanMermaid, escaping", () => {
  it("returns Mermaid's special characters as entity codes, so the title shows as written", () => {
    const [task] = tasks(renderPlanMermaid(planTitled(['Q3: ship #1; "fast" 100% <b>x</b> & `y`']), { asOf: "2026-06-01" }));
    expect(task!.text).toBe("Q3#58; ship #35;1#59; #34;fast#34; 100#37; #60;b#62;x#60;/b#62; #38; #96;y#96;");
  });

  it("returns a title that starts like a keyword or a date with its first character encoded", () => {
    const source = renderPlanMermaid(planTitled(["Section 2 of the course", "title case", "2027-01-01 kickoff", "click here"]), { asOf: "2026-06-01" });
    expect(tasks(source).slice(0, 4).map((task) => task.text)).toEqual(["#83;ection 2 of the course", "#116;itle case", "#50;027-01-01 kickoff", "#99;lick here"]);
  });

  it("returns line breaks as spaces, control characters as U+FFFD and long titles cut at a word with an ellipsis", () => {
    const source = renderPlanMermaid(planTitled(["one\nsection two", "\u0000bell\u0007", "A very long goal title that goes on and on about learning Kubernetes, Terraform and Go"]), { asOf: "2026-06-01" });
    expect(tasks(source).slice(0, 3).map((task) => task.text)).toEqual(["one section two", "\uFFFDbell\uFFFD", "A very long goal title that goes on and on about learning…"]);
  });

  it("returns the goal's id for a blank title, so no task line is empty", () => {
    expect(tasks(renderPlanMermaid(planTitled(["   "]), { asOf: "2026-06-01" }))[0]!.text).toBe("g0");
  });

  it("keeps every line a statement whatever the plan's text (property)", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), (titles) => {
        const source = renderPlanMermaid(planTitled(titles), { asOf: "2026-06-01" });
        const goalLines = source.split("\n").filter((line) => / :(?:done, |crit, |active, )?g\d+, /.test(line));
        expect(goalLines).toHaveLength(titles.length);
        const body = source.trimEnd().split("\n");
        // Front matter of numbers only, then "gantt", then statements.
        expect(body.slice(0, 6).join("\n")).toMatch(/^---\nconfig:\n {2}gantt:\n {4}leftPadding: \d+\n---\ngantt$/);
        for (const line of body.slice(6)) {
          expect(line).toMatch(/^ {2}(?:title|accTitle:|accDescr:|dateFormat|axisFormat|tickInterval|todayMarker|section) |^ {4}[^:\n]+ :[a-z0-9, -]+$/);
          // Nothing a plan wrote can reach the comment, directive or entity syntax.
          if (!line.startsWith("  axisFormat")) expect(line).not.toMatch(/%|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        }
        for (const { text } of tasks(source).filter((task) => !task.data.startsWith("vert"))) {
          expect(text).not.toMatch(/^(?:section|title|click|acc|date|axis|tick|today|exclude|include|week|\d{4}-)/i);
          expect(text.replace(/#\d+;/g, "")).not.toMatch(/[#;"<>&]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("renderPlanMermaid, mix", () => {
  const base = { id: "v", statement: "Move into product management", startDate: "2026-01-01", targetDate: "2029-12-31" };

  it("returns the effort left that falls in the next quarter per bucket, titled with the target ratios", () => {
    const plan: PlanInput = {
      vision: base,
      goals: [
        { id: "a", title: "Run 3 customer interviews a month", bucket: "core", startDate: "2027-01-01", dueDate: "2027-03-31", effortHours: 10 },
        // 180 days, half of them in the quarter.
        { id: "b", title: "Finish a SQL course", bucket: "auxiliary", startDate: "2027-01-01", dueDate: "2027-06-29", effortHours: 8 },
        { id: "c", title: "Shadow a designer", bucket: "exploratory", startDate: "2027-05-01", dueDate: "2027-06-30", effortHours: 6 },
      ],
    };
    expect(renderPlanMermaid(plan, { asOf: "2027-01-01", kind: "mix" })).toBe(
      [
        "pie showData",
        "  title Hours planned from 2027-01-01 to 2027-03-31 by bucket (target 70/20/10)",
        "  accTitle: Hours planned from 2027-01-01 to 2027-03-31 by bucket",
        "  accDescr: Core 10 hours, Auxiliary 4 hours",
        '  "Core" : 10',
        '  "Auxiliary" : 4',
        "",
      ].join("\n"),
    );
  });

  it("returns the time logged in the last 4 weeks up to asOf when the plan has a log, reading goal and task entries and skipping the rest", () => {
    const plan = {
      vision: base,
      ratios: { core: 0.6, auxiliary: 0.3, exploratory: 0.1 },
      goals: [
        { id: "a", title: "Run customer interviews", bucket: "core" as const },
        { id: "b", title: "Learn SQL", bucket: "auxiliary" as const },
      ],
      tasks: [{ id: "t", goalId: "b", title: "Do lesson 1", minutes: 45 }],
      log: [
        { date: "2026-05-05", minutes: 90, goalId: "a" },
        { date: "2026-05-06", minutes: 30, taskId: "t" },
        { date: "2026-05-04", minutes: 300, goalId: "b" },
        { date: "2026-06-02", minutes: 600, goalId: "a" },
        { date: "2026-02-30", minutes: 600, goalId: "a" },
        { date: "2026-05-07", minutes: -5, goalId: "a" },
        { date: "2026-05-08", minutes: 60, goalId: "nope" },
        "not an entry",
        null,
      ],
    };
    const source = renderPlanMermaid(plan as PlanInput, { asOf: "2026-06-01", kind: "mix" });
    expect(source).toContain("  title Hours logged from 2026-05-05 to 2026-06-01 by bucket (target 60/30/10)\n");
    expect(source).toContain('  "Core" : 1.5\n  "Auxiliary" : 0.5\n');
    expect(source).not.toContain("Exploratory");
  });

  it("falls back to the planned effort when the log holds no usable minutes", () => {
    const plan = { vision: base, goals: [{ id: "a", title: "Ship a side project", bucket: "exploratory", dueDate: "2026-03-31", effortHours: 3 }], log: [{ date: "2026-01-02", note: "thinking" }] };
    expect(renderPlanMermaid(plan as PlanInput, { asOf: "2026-01-01", kind: "mix" })).toContain('"Exploratory" : 3\n');
  });

  it("returns a pie without slices when nothing is planned or logged", () => {
    expect(renderPlanMermaid({ vision: base }, { asOf: "2026-01-01", kind: "mix" })).toContain("accDescr: No effort to show.\n");
  });
});

describe("renderPlanMermaid, misuse", () => {
  it("throws a RangeError naming the function when asOf is not a date", () => {
    expect(() => renderPlanMermaid(seniorEngineerPlan, { asOf: "22/11/2026" })).toThrow(/^renderPlanMermaid: asOf must be a calendar date/);
  });

  it("throws a RangeError for an unknown kind and a TypeError when options or plan is missing", () => {
    expect(() => renderPlanMermaid(seniorEngineerPlan, { asOf: "2026-11-22", kind: "flowchart" as "gantt" })).toThrow(RangeError);
    expect(() => renderPlanMermaid(seniorEngineerPlan, undefined as unknown as { asOf: string })).toThrow(/^renderPlanMermaid: options must be an object/);
    expect(() => renderPlanMermaid(null as unknown as PlanInput, { asOf: "2026-11-22" })).toThrow(TypeError);
  });

  it("does not mutate its input", () => {
    const plan = frozenCopy({ ...seniorEngineerPlan, log: [{ date: "2026-03-01", minutes: 60, goalId: "g-mentor" }] });
    expect(() => renderPlanMermaid(plan, { asOf: SENIOR_ENGINEER_AS_OF })).not.toThrow();
    expect(() => renderPlanMermaid(plan, { asOf: SENIOR_ENGINEER_AS_OF, kind: "mix" })).not.toThrow();
    expect(renderPlanMermaid(frozenCopy(seniorEngineerPlan), { asOf: SENIOR_ENGINEER_AS_OF })).toBe(gantt);
  });

  it("returns a diagram for every hostile title without throwing", () => {
    expect(() => renderPlanMermaid(planTitled(HOSTILE_TITLES), { asOf: "2026-06-01" })).not.toThrow();
  });
});
