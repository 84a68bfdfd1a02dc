// The elastic 70/20/10 on logged time, dated ratio overrides and backup plans (issue 18.2, 18.4).
import { describe, expect, it } from "vitest";
import { checkAlignment, type LogEntryInput, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const asOf = "2027-03-28";
/** Four weeks of log: `core`, `auxiliary` and `exploratory` minutes a week on the plan's goals of those buckets. */
function weeks(core: number, auxiliary: number, exploratory: number, from = "2027-03-01", count = 4): LogEntryInput[] {
  const entries: LogEntryInput[] = [];
  for (let week = 0; week < count; week++) {
    const date = new Date(Date.parse(`${from}T00:00:00Z`) + week * 7 * 86_400_000).toISOString().slice(0, 10);
    entries.push({ date, goalId: "g-load-time", minutes: core }, { date, goalId: "g-mentor", minutes: auxiliary }, { date, goalId: "g-explore-ai", minutes: exploratory });
  }
  return entries.filter((entry) => entry.minutes! > 0);
}
const drift = (plan: PlanInput, options = {}) => checkAlignment(plan, { asOf, ...options }).issues.filter((issue) => issue.code === "allocation/drift");

describe("checkAlignment on logged time", () => {
  it("measures the mix on the minutes logged in the last 4 weeks, not on the effort planned", () => {
    const issues = drift({ ...seniorEngineerPlan, log: weeks(120, 120, 60) });
    expect(issues.map((issue) => issue.path)).toEqual([["log"], ["log"], ["log"]]);
    const messages = issues.map((issue) => issue.message).join("\n");
    expect(messages).toMatch(/core: 40% of the time logged in the last 4 weeks against a 70% target/);
    expect(messages).toMatch(/auxiliary: 40% of the time logged/);
  });

  it("finds no drift when the logged time follows 70/20/10", () => {
    expect(drift({ ...seniorEngineerPlan, log: weeks(210, 60, 30) })).toEqual([]);
  });

  it("ignores time logged before the window, and takes the window as an option", () => {
    const old = weeks(0, 300, 0, "2027-01-04");
    const recent = weeks(210, 60, 30, "2027-03-01");
    expect(drift({ ...seniorEngineerPlan, log: [...old, ...recent] })).toEqual([]);
    expect(drift({ ...seniorEngineerPlan, log: [...old, ...recent] }, { logWindowWeeks: 12 }).length).toBeGreaterThan(0);
  });

  it("falls back to the effort planned when nothing was logged in the window", () => {
    const planned = drift(seniorEngineerPlan);
    expect(drift({ ...seniorEngineerPlan, log: weeks(0, 300, 0, "2026-01-05") })).toEqual(planned);
  });

  it("measures a crunch month against its 85/10/5 override", () => {
    const crunch = { from: "2027-03-01", until: "2027-03-31", ratios: { core: 0.85, auxiliary: 0.1, exploratory: 0.05 } };
    const log = [...weeks(210, 60, 30, "2026-12-28", 9), ...weeks(255, 30, 15)];
    expect(drift({ ...seniorEngineerPlan, log })).not.toEqual([]);
    expect(drift({ ...seniorEngineerPlan, log, ratioOverrides: [crunch] })).toEqual([]);
  });

  it("holds the quarter around an override to the plan's ratios: a share may not fall below them", () => {
    const crunch = { from: "2027-01-01", until: "2027-03-31", ratios: { core: 0.85, auxiliary: 0.1, exploratory: 0.05 } };
    const issues = drift({ ...seniorEngineerPlan, log: weeks(255, 30, 15, "2026-12-28", 13), ratioOverrides: [crunch] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/auxiliary: 10% of the time logged over the last quarter against a 20% target/);
  });

  it("throws a RangeError for a window that is not a whole number of weeks", () => {
    expect(() => checkAlignment(seniorEngineerPlan, { asOf, logWindowWeeks: 0 })).toThrow(/checkAlignment: options.logWindowWeeks/);
  });
});

describe("checkAlignment on backup plans", () => {
  it("returns goal/no-backup (info) for an active core goal due within six months without a backup", () => {
    const plan = { ...seniorEngineerPlan, goals: seniorEngineerPlan.goals?.map((goal) => (goal.id === "g-lead-feature" ? { ...goal, backup: " " } : goal)) };
    const issues = checkAlignment(plan, { asOf: SENIOR_ENGINEER_AS_OF }).issues.filter((issue) => issue.code === "goal/no-backup");
    expect(issues).toEqual([expect.objectContaining({ code: "goal/no-backup", severity: "info", path: ["goals", 1] })]);
    expect(issues[0]?.message).toMatch(/due 2026-12-31 has no backup plan/);
  });

  it("asks nothing of goals due later than six months, or of auxiliary goals", () => {
    // g-mentor (auxiliary, due 2027-06-30) and g-load-time (core, due 2027-12-31).
    const issues = checkAlignment(seniorEngineerPlan, { asOf: "2027-01-01" }).issues.filter((issue) => issue.code === "goal/no-backup");
    expect(issues).toEqual([]);
  });
});
