import { describe, expect, it } from "vitest";
import { checkAlignment, dueReviews, type Issue, type PlanInput } from "../../src/index.ts";
import { AS_OF, alignedPlan } from "./fixtures.ts";

/** The issues of the aligned plan after `mutate` changed one thing. */
function issuesAfter(mutate: (plan: PlanInput) => void, asOf = AS_OF): Issue[] {
  const plan = alignedPlan();
  mutate(plan);
  return checkAlignment(plan, { asOf }).issues;
}

describe("checkAlignment", () => {
  it("returns no issues, a score of 1 and full coverage for the aligned senior-engineer plan", () => {
    expect(checkAlignment(alignedPlan(), { asOf: AS_OF })).toEqual({
      ok: true,
      score: 1,
      issues: [],
      coverage: { capabilities: 1, milestones: 1, goals: 1 },
    });
  });

  it("returns vision/invalid-dates and ok false when the target date is before the start date (bug: such a plan was ok)", () => {
    const plan = alignedPlan();
    plan.vision.startDate = "2031-01-01";
    plan.vision.targetDate = "2030-01-01";
    const report = checkAlignment(plan, { asOf: AS_OF });
    expect(report.issues).toEqual([
      {
        code: "vision/invalid-dates",
        severity: "error",
        path: ["vision", "targetDate"],
        message: "2030-01-01 is not after the start date 2031-01-01",
        hint: "Write both dates as YYYY-MM-DD, the target after the start.",
      },
    ]);
    expect(report.ok).toBe(false);
  });

  it("returns vision/invalid-dates when the target date equals the start date", () => {
    const issues = issuesAfter((plan) => (plan.vision.startDate = plan.vision.targetDate));
    expect(issues.map(({ code, severity, path, message }) => ({ code, severity, path, message }))).toEqual([
      { code: "vision/invalid-dates", severity: "error", path: ["vision", "targetDate"], message: "2030-12-31 is not after the start date 2030-12-31" },
    ]);
  });

  it("returns vision/invalid-dates, not a timeline/milestone-order per milestone, when the vision's dates are swapped", () => {
    const issues = issuesAfter((plan) => ([plan.vision.startDate, plan.vision.targetDate] = [plan.vision.targetDate, plan.vision.startDate]));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "vision/invalid-dates", path: ["vision", "targetDate"] }]);
  });

  it("returns vision/invalid-dates, and no review/overdue reckoned from it, when the start date is not a calendar date", () => {
    const issues = issuesAfter((plan) => {
      plan.vision.startDate = "2026-02-30";
      delete plan.reviews;
    });
    expect(issues).toEqual([
      {
        code: "vision/invalid-dates",
        severity: "error",
        path: ["vision", "startDate"],
        message: "not a calendar date written YYYY-MM-DD",
        hint: "Write both dates as YYYY-MM-DD, the target after the start.",
      },
    ]);
  });

  it("returns vision/invalid-dates, and no timeline/milestone-order against it, when the target date is not a calendar date", () => {
    const issues = issuesAfter((plan) => (plan.vision.targetDate = "2030-02-30"));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "vision/invalid-dates", path: ["vision", "targetDate"] }]);
  });

  it("returns ref/duplicate-id on the later item when two items share an id", () => {
    expect(issuesAfter((plan) => (plan.tasks![2]!.id = "g-lead-feature-1"))).toEqual([
      {
        code: "ref/duplicate-id",
        severity: "error",
        path: ["tasks", 2, "id"],
        message: '"g-lead-feature-1" is already the id of tasks[0]',
        hint: "Give every item its own id.",
      },
    ]);
  });

  it("returns ref/unknown when a goal names a capability the vision does not list", () => {
    expect(issuesAfter((plan) => plan.goals![2]!.capabilityIds!.push("public-speaking"))).toEqual([
      {
        code: "ref/unknown",
        severity: "error",
        path: ["goals", 2, "capabilityIds", 1],
        message: 'unknown id "public-speaking"',
        hint: "Correct the id, or add the item it names.",
      },
    ]);
  });

  it("returns ref/unknown at every kind of reference that names nothing", () => {
    const issues = issuesAfter((plan) => {
      plan.vision.capabilities![0]!.requires = ["algorithms"];
      plan.milestones![0]!.capabilityIds = ["architecture"];
      plan.goals![3]!.replaces = "g-old";
      plan.tasks![0]!.goalId = "g-missing";
      plan.reviews![0]!.decisions![0]!.goalId = "g-gone";
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["ref/unknown", ["goals", 3, "replaces"]],
      ["ref/unknown", ["milestones", 0, "capabilityIds", 0]],
      ["ref/unknown", ["reviews", 0, "decisions", 0, "goalId"]],
      ["ref/unknown", ["tasks", 0, "goalId"]],
      ["ref/unknown", ["vision", "capabilities", 0, "requires", 0]],
    ]);
  });

  it("returns ref/unknown but no goal/orphan when a goal's milestoneId names no milestone", () => {
    const issues = issuesAfter((plan) => (plan.goals![3]!.milestoneId = "m-2y"));
    expect(issues).toEqual([
      {
        code: "ref/unknown",
        severity: "error",
        path: ["goals", 3, "milestoneId"],
        message: 'unknown id "m-2y"',
        hint: "Correct the id, or add the item it names.",
      },
    ]);
  });

  it("returns graph/cycle once, at the loop's lowest index, when capabilities require each other", () => {
    expect(issuesAfter((plan) => (plan.vision.capabilities![0]!.requires = ["technical-leadership"]))).toEqual([
      {
        code: "graph/cycle",
        severity: "error",
        path: ["vision", "capabilities", 0],
        message: "requires loop: system-design → technical-leadership → feature-ownership → system-design",
        hint: "Remove one requires to break the loop; capabilities on or behind it cannot be scheduled.",
      },
    ]);
  });

  it("returns goal/orphan when an active auxiliary goal supports no milestone", () => {
    expect(issuesAfter((plan) => delete plan.goals![2]!.milestoneId)).toEqual([
      {
        code: "goal/orphan",
        severity: "warning",
        path: ["goals", 2],
        message: "active auxiliary goal without a milestoneId",
        hint: 'Link it to a milestone, or give it bucket "exploratory".',
      },
    ]);
  });

  it("returns milestone/unsupported when a milestone still ahead has no active goal", () => {
    expect(issuesAfter((plan) => (plan.goals![5]!.status = "dropped"))).toEqual([
      {
        code: "milestone/unsupported",
        severity: "warning",
        path: ["milestones", 3],
        message: "no active goal works toward it (due 2030-12-31)",
        hint: "Link an active goal to it, or move or drop it.",
      },
    ]);
  });

  it("returns capability/uncovered when no milestone or goal works on a vision capability", () => {
    const issues = issuesAfter((plan) => plan.vision.capabilities!.push({ id: "public-speaking", name: "Public speaking", kind: "auxiliary" }));
    expect(issues).toEqual([
      {
        code: "capability/uncovered",
        severity: "warning",
        path: ["vision", "capabilities", 4],
        message: 'no milestone or goal builds "public-speaking"',
        hint: "List it in a milestone's or goal's capabilityIds.",
      },
    ]);
  });

  it("returns timeline/goal-after-milestone when a goal is due after its milestone", () => {
    // The title still names the old date: smart/date-mismatch is tested in test/smart.
    expect(issuesAfter((plan) => (plan.goals![1]!.dueDate = "2027-01-31")).filter((issue) => issue.code !== "smart/date-mismatch")).toEqual([
      {
        code: "timeline/goal-after-milestone",
        severity: "warning",
        path: ["goals", 1, "dueDate"],
        message: "2027-01-31 is after its milestone's dueDate (2027-01-05)",
        hint: "Bring it forward, or link the goal to a later milestone.",
      },
    ]);
  });

  it("returns timeline/milestone-order on the longer horizon when it is due before a shorter one", () => {
    const issues = issuesAfter((plan) => {
      plan.milestones![0]!.horizon = "1y";
      plan.milestones![1]!.horizon = "6m";
    });
    expect(issues).toEqual([
      {
        code: "timeline/milestone-order",
        severity: "warning",
        path: ["milestones", 0, "dueDate"],
        message: 'horizon "1y", yet due before milestones[1] (horizon "6m", due 2027-01-05)',
        hint: "Date the milestones in horizon order, or correct a horizon.",
      },
    ]);
  });

  it("reads horizons written out in words when it checks their order", () => {
    const issues = issuesAfter((plan) => {
      plan.milestones![0]!.horizon = "18 months";
      plan.milestones![1]!.horizon = "2 quarters";
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "timeline/milestone-order", path: ["milestones", 0, "dueDate"] }]);
  });

  it("returns timeline/milestone-order when a milestone is due after the vision's target date", () => {
    expect(issuesAfter((plan) => (plan.milestones![3]!.dueDate = "2031-06-30"))).toEqual([
      {
        code: "timeline/milestone-order",
        severity: "warning",
        path: ["milestones", 3, "dueDate"],
        message: "2031-06-30 is after the vision's targetDate (2030-12-31)",
        hint: "Bring it forward, or move the targetDate.",
      },
    ]);
  });

  it("returns timeline/past-due when an active goal's due date is before asOf", () => {
    const issues = issuesAfter((plan) => {
      plan.goals![0]!.status = "active";
      delete plan.goals![0]!.effortHours;
    });
    expect(issues).toEqual([
      {
        code: "timeline/past-due",
        severity: "warning",
        path: ["goals", 0, "dueDate"],
        message: "past due (2026-06-30) and still active",
        hint: "Mark it done, or give it a new due date.",
      },
    ]);
  });

  it("returns progression/regression on the later milestone when a lower-is-better target rises", () => {
    const issues = issuesAfter((plan) => (plan.milestones![3]!.indicators = [{ metric: "Dashboard load time", unit: "s", baseline: 5, target: 4 }]));
    expect(issues).toEqual([
      {
        code: "progression/regression",
        severity: "warning",
        path: ["milestones", 3, "indicators", 0, "target"],
        message: '"Dashboard load time" target 4 s is worse than the 3 s of milestones[2]',
        hint: "Keep each target at least as ambitious as at earlier milestones, or rename the metric.",
      },
    ]);
  });

  it("returns progression/regression when a higher-is-better target falls at a later milestone", () => {
    const issues = issuesAfter((plan) => {
      plan.milestones![1]!.indicators = [{ metric: "features led", target: 2 }];
      plan.milestones![2]!.indicators!.push({ metric: "features led", target: 1 });
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["progression/regression", ["milestones", 2, "indicators", 1, "target"]]]);
  });

  it("returns allocation/drift at the plan's ratios when the work planned for the next quarter strays from them", () => {
    const issues = issuesAfter((plan) => (plan.ratios = { core: 0.5, auxiliary: 0.3, exploratory: 0.2 })).filter((issue) => issue.code === "allocation/drift");
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue).toMatchObject({ code: "allocation/drift", severity: "warning", path: ["ratios", expect.any(String)] });
    const core = issues.find((issue) => issue.path[1] === "core");
    expect(core?.message).toMatch(/^6\d(\.\d)?% of the work planned from 2026-11-22 to 2027-02-21 against a 50% target/);
    expect(core?.hint).toMatch(/^Move \d+ minutes from core to/);
  });

  it("returns allocation/drift at goals when the plan leaves the ratios at 70/20/10", () => {
    const issues = issuesAfter((plan) => {
      delete plan.ratios;
      plan.goals![2]!.effortHours = 20;
    });
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["goals"], expect.stringContaining("auxiliary work is 9% of the work planned from 2026-11-22 to 2027-02-21 against a 20% target (−11 points)")],
      [["goals"], expect.stringContaining("core work is 77.5% of the work planned from 2026-11-22 to 2027-02-21 against a 70% target (+7.5 points)")],
    ]);
  });

  it("judges the mix on the next quarter, not on years of effort left: a 3-year goal weighs what falls in the quarter", () => {
    const plan = alignedPlan();
    // 400 h more, spread to 2030: its next quarter is small, so the mix still holds.
    plan.goals!.push({ id: "g-long", title: "Publish 4 articles on distributed systems by December 31, 2030", milestoneId: "m-final", bucket: "core", startDate: AS_OF, dueDate: "2030-12-31", effortHours: 60 });
    expect(checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "allocation/drift")).toEqual([]);
  });

  describe("capacity/overcommitted", () => {
    it("flags goals that each fit but together do not, naming the goals and the hours", () => {
      const plan = alignedPlan();
      const goal = (id: string) => ({ id, title: `Ship 1 internal tool (${id}) by June 30, 2027`, milestoneId: "m-3y", bucket: "core" as const, startDate: AS_OF, dueDate: "2027-06-30", effortHours: 80 });
      plan.goals!.push(goal("g-a"), goal("g-b"));
      const issues = checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "capacity/overcommitted");
      expect(issues).toEqual([{ code: "capacity/overcommitted", severity: "warning", path: ["goals", 7], message: expect.any(String), hint: expect.any(String) }]);
      expect(issues[0]?.message).toMatch(/^core goals due by 2027-06-30 need 18\d(\.\d)? h, but the core bucket has 13\d(\.\d)? h from 2026-11-22 \(6 h\/week × 70%\): \d+(\.\d)? h over/);
      expect(issues[0]?.message).toContain("g-a (80 h), g-b (80 h)");
      // Each goal alone fits its bucket: checkSmart finds it achievable.
      expect(checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "smart/not-achievable")).toEqual([]);
    });

    it("raises one warning per bucket and quarter, and none for the aligned plan", () => {
      expect(checkAlignment(alignedPlan(), { asOf: AS_OF }).issues).toEqual([]);
      const plan = alignedPlan();
      const goal = (id: string, dueDate: string, bucket: "core" | "auxiliary") => ({ id, title: `Write 1 report (${id}) by ${dueDate}`, milestoneId: "m-3y", bucket, startDate: AS_OF, dueDate, effortHours: 200 });
      plan.goals!.push(goal("g-q1", "2027-01-31", "core"), goal("g-q3", "2027-07-31", "core"), goal("g-aux", "2027-07-31", "auxiliary"));
      const flagged = checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "capacity/overcommitted");
      expect(flagged.map((issue) => issue.message.match(/^(\w+) goals due by (\S+)/)!.slice(1)).sort()).toEqual([
        ["auxiliary", "2027-07-31"],
        ["core", "2027-01-31"],
        ["core", "2027-07-31"],
        ["core", "2027-12-31"],
      ]);
    });

    it("ignores goals without hours per week to weigh them against", () => {
      const plan = alignedPlan();
      delete plan.hoursPerWeek;
      plan.goals!.push({ id: "g-big", title: "Ship 1 internal tool by June 30, 2027", milestoneId: "m-3y", bucket: "core", startDate: AS_OF, dueDate: "2027-06-30", effortHours: 900 });
      expect(checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "capacity/overcommitted")).toEqual([]);
    });
  });

  it("honours the tolerance option for allocation/drift", () => {
    const plan = alignedPlan();
    plan.goals![2]!.effortHours = 20;
    expect(checkAlignment(plan, { asOf: AS_OF, tolerance: 0.2 }).issues).toEqual([]);
  });

  it("returns review/overdue when no quarterly review was recorded since the last quarterly date", () => {
    expect(issuesAfter((plan) => plan.reviews!.pop())).toEqual([
      {
        code: "review/overdue",
        severity: "warning",
        path: ["reviews"],
        message: "a quarterly review was due 2026-10-05; the last was 2026-04-05",
        hint: 'Hold the quarterly review, then record it in reviews with kind "quarterly".',
      },
    ]);
  });

  it("returns review/overdue for each kind owed, as dueReviews counts them, when the plan has recorded no review at all", () => {
    const issues = issuesAfter((plan) => delete plan.reviews);
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["reviews"], "a quarterly review was due 2026-10-05; none is recorded"],
      [["reviews"], "a canvas review was due 2026-07-05; none is recorded"],
    ]);
  });

  it("does not count a review of another kind as the quarterly review (the one rule of dueReviews)", () => {
    const plan = alignedPlan();
    const last = plan.reviews!.pop()!;
    plan.reviews!.push({ ...last, kind: "canvas" });
    const overdue = checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "review/overdue");
    expect(overdue.map((issue) => issue.message)).toEqual(["a quarterly review was due 2026-10-05; the last was 2026-04-05"]);
    expect(dueReviews(plan, { asOf: AS_OF }).map((event) => [event.date, event.kinds])).toEqual([
      ["2026-07-05", ["quarterly"]],
      ["2026-10-05", ["quarterly"]],
    ]);
  });

  it("returns no review/overdue before the first quarterly date", () => {
    const issues = issuesAfter((plan) => delete plan.reviews, "2026-04-04");
    expect(issues.filter((issue) => issue.code === "review/overdue")).toEqual([]);
  });

  it("returns smart/not-specific, not-measurable and not-time-bound at the title of a vague active goal", () => {
    const vague = { id: "g-speaking", title: "Get better at public speaking someday", bucket: "auxiliary" as const, capabilityIds: ["mentoring"], milestoneId: "m-3y" };
    expect(issuesAfter((plan) => plan.goals!.push(vague))).toEqual([
      {
        code: "smart/not-measurable",
        severity: "warning",
        path: ["goals", 6, "title"],
        message: "not measurable: it names no quantity, frequency or deliverable whose completion can be observed",
        hint: "Add a number: how many, how much, by how much? Or name a deliverable anyone can see finished (a course, a release, a talk).",
      },
      {
        code: "smart/not-specific",
        severity: "warning",
        path: ["goals", 6, "title"],
        message: 'not specific: "Get better" is vague: it does not say what will be done',
        hint: 'Say exactly what you will do, with a concrete verb and object ("complete the AWS Solutions Architect course"), not "get better at".',
      },
      {
        code: "smart/not-time-bound",
        severity: "warning",
        path: ["goals", 6, "title"],
        message: 'not time-bound: "someday" is not a deadline',
        hint: 'Add a deadline: a date ("by March 31, 2027"), a quarter ("Q3 2027") or a span ("within 8 weeks").',
      },
    ]);
  });

  it("returns smart/not-achievable at the effort of an active goal that exceeds its bucket's capacity", () => {
    const plan = alignedPlan();
    plan.goals![1]!.effortHours = 150;
    expect(checkAlignment(plan, { asOf: AS_OF, tolerance: 1 }).issues.filter((issue) => issue.code !== "capacity/overcommitted")).toEqual([
      {
        code: "smart/not-achievable",
        severity: "warning",
        path: ["goals", 1, "effortHours"],
        message: "not achievable: 150 h of effort exceed the 109.8 h the core bucket has from 2026-07-01 to 2026-12-31 (6 h/week × 70%)",
        hint: expect.any(String) as string,
      },
    ]);
  });

  it("returns smart/not-relevant beside ref/unknown when a goal's only link names no milestone", () => {
    const stray = { id: "g-x", title: "Publish 3 reports on quantum chemistry by March 2027", bucket: "core" as const, milestoneId: "m-zz" };
    expect(issuesAfter((plan) => plan.goals!.push(stray)).map((issue) => [issue.code, issue.path])).toEqual([
      ["ref/unknown", ["goals", 6, "milestoneId"]],
      ["smart/not-relevant", ["goals", 6, "milestoneId"]],
    ]);
  });

  it("does not SMART-check goals that are not active", () => {
    const dropped = { id: "g-speaking", title: "Get better at public speaking someday", status: "dropped" as const };
    expect(issuesAfter((plan) => plan.goals!.push(dropped))).toEqual([]);
  });
});
