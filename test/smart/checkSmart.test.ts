import { describe, expect, it } from "vitest";
import { checkSmart, type GoalInput, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const asOf = SENIOR_ENGINEER_AS_OF;
const plan = seniorEngineerPlan;
const goal = (id: string): GoalInput => plan.goals!.find((candidate) => candidate.id === id)!;

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item !== null && typeof item === "object" && !Object.isFrozen(item)) {
      Object.freeze(item);
      stack.push(...Object.values(item));
    }
  }
  return value;
}

describe("checkSmart", () => {
  it("returns five passes for a seed goal statement with a number and a date", () => {
    const report = checkSmart("Publish 3 articles on system design by March 2027", { asOf, plan });
    expect(report.criteria.specific.status).toBe("pass");
    expect(report.criteria.measurable).toEqual({ status: "pass", reason: "it states a quantity", evidence: ["3 articles"] });
    expect(report.criteria.timeBound).toEqual({ status: "pass", reason: "it is due 2027-03-31", evidence: ["March 2027"] });
    expect(report.criteria.relevant.status).toBe("pass");
    expect(report.deadline).toBe("2027-03-31");
  });

  it("passes time-bound on a day without a year, resolving it when asOf is given", () => {
    expect(checkSmart("Finish the AWS course by June 30").criteria.timeBound).toEqual({
      status: "pass",
      reason: "it sets a time limit (give asOf to resolve the date)",
      evidence: ["June 30"],
    });
    const report = checkSmart("Finish the AWS course by June 30", { asOf: "2026-11-22" });
    expect([report.criteria.timeBound.reason, report.deadline]).toEqual(["it is due 2027-06-30", "2027-06-30"]);
  });

  it("fails time-bound on a day no year has, and keeps a number after a month as a quantity", () => {
    expect(checkSmart("Publish the post by June 31").criteria.timeBound.reason).toBe('"June 31" is not a calendar date');
    expect(checkSmart("Run in March 5 times").criteria.measurable.evidence).toEqual(["5 times"]);
  });

  it("returns fail for specific when the text uses a vague phrase", () => {
    expect(checkSmart("Get better at public speaking").criteria.specific).toEqual({
      status: "fail",
      reason: '"Get better" is vague: it does not say what will be done',
      evidence: ["Get better"],
    });
  });

  it("returns fail for specific when a soft verb has no quantity or method", () => {
    expect(checkSmart("Improve my public speaking by March 2027").criteria.specific.status).toBe("fail");
    expect(checkSmart("Improve my public speaking by giving 3 talks").criteria.specific.status).toBe("pass");
  });

  it("returns pass for measurable on a frequency", () => {
    expect(checkSmart("Practice public speaking three times a week").criteria.measurable.evidence).toEqual(["three times"]);
    expect(checkSmart("Meet my mentor every Monday").criteria.measurable.evidence).toEqual(["every Monday"]);
  });

  it("returns pass for measurable on an observable deliverable", () => {
    expect(checkSmart("Complete an advanced system design course").criteria.measurable.evidence).toEqual(["Complete an advanced system design course"]);
    expect(checkSmart("Lead the payments feature end to end").criteria.measurable.status).toBe("pass");
    expect(checkSmart("Get certified as a Scrum Master").criteria.measurable.status).toBe("pass");
  });

  it("returns pass for measurable on money, percentages and durations", () => {
    for (const text of ["Save $10,000 for a career break", "Raise test coverage to 85%", "Study SQL for 30 minutes a day"]) {
      expect(checkSmart(text).criteria.measurable.status).toBe("pass");
    }
  });

  it("returns fail for measurable when the only number is a confidence rating", () => {
    expect(checkSmart("Develop my leadership skills (confidence 7/10)").criteria.measurable).toEqual({
      status: "fail",
      reason: 'its only number is a confidence rating ("7/10"), which does not measure the outcome',
      evidence: ["7/10"],
    });
    expect(checkSmart("Use the journal to log my wins, 80% confident").criteria.measurable.status).toBe("fail");
  });

  it("passes measurable and time-bound for the draftGoals title template", () => {
    const report = checkSmart("Complete 60 hours of focused work on System design and show a side project applying the course by June 30, 2027");
    expect([report.criteria.specific.status, report.criteria.measurable.status, report.criteria.timeBound.status]).toEqual(["pass", "pass", "pass"]);
    expect(report.deadline).toBe("2027-06-30");
  });

  it("returns pass for time-bound on a relative span without asOf, with no deadline", () => {
    const report = checkSmart("Complete an introductory Python course in 8 weeks");
    expect(report.criteria.timeBound.status).toBe("pass");
    expect(report.deadline).toBeUndefined();
    expect(checkSmart("Complete an introductory Python course in 8 weeks", { asOf: "2026-11-22" }).deadline).toBe("2027-01-17");
  });

  it("hints to mend an impossible date in the text rather than to add a deadline", () => {
    const hint = (goal: string | GoalInput) => checkSmart(goal).issues.find((issue) => issue.code === "smart/not-time-bound")?.hint;
    const mend = "Use a date that is on the calendar: a month has 28 to 31 days, and February 29 comes only in leap years.";
    expect(hint("Submit the grant application by February 30, 2027")).toBe(mend);
    expect(hint("Submit the grant application")).toMatch(/^Add a deadline/);
  });

  it("returns fail for time-bound on a vague time word", () => {
    expect(checkSmart("Publish a research paper soon").criteria.timeBound).toEqual({ status: "fail", reason: '"soon" is not a deadline', evidence: ["soon"] });
  });

  it("returns fail for time-bound on an impossible date", () => {
    expect(checkSmart("Submit the grant application by February 30, 2027").criteria.timeBound.reason).toBe('"February 30, 2027" is not a calendar date');
  });

  it("takes measurable from a goal's metric and time-bound from its dueDate", () => {
    const report = checkSmart(goal("g-load-time"));
    expect(report.criteria.measurable.evidence).toEqual(["metric: dashboard load time → 3 s"]);
    expect(report.criteria.timeBound.evidence).toEqual(["dueDate: 2027-12-31"]);
    expect(report.deadline).toBe("2027-12-31");
  });

  it("returns pass for achievable when the effort fits the bucket's capacity", () => {
    expect(checkSmart(goal("g-lead-feature"), { asOf, plan }).criteria.achievable.reason).toBe(
      "100 h of effort fit in the 109.8 h the core bucket has from 2026-07-01 to 2026-12-31 (6 h/week × 70%)",
    );
  });

  it("returns unknown for achievable without a plan or without effort", () => {
    expect(checkSmart(goal("g-lead-feature")).criteria.achievable.status).toBe("unknown");
    expect(checkSmart({ id: "g", title: "Ship it by March 2027" }, { asOf, plan }).criteria.achievable.reason).toBe(
      "it has no effortHours to weigh the effort against",
    );
  });

  it("derives the bucket from the capability when the goal has none", () => {
    const { bucket: _bucket, ...mentor } = goal("g-mentor");
    expect(checkSmart({ ...mentor, effortHours: 40 }, { asOf, plan }).criteria.achievable.reason).toContain("the auxiliary bucket");
  });

  it("returns fail for achievable when the text asks for more hours than the span has", () => {
    expect(checkSmart("Complete 1000 hours of deliberate practice in 2 weeks").criteria.achievable.status).toBe("fail");
  });

  it("returns pass for relevant on a milestone, a capability, or the exploratory bucket", () => {
    expect(checkSmart(goal("g-lead-feature"), { plan }).criteria.relevant.reason).toBe('it supports the milestone "Lead one feature end to end"');
    expect(checkSmart({ id: "g", title: "Design 2 APIs", capabilityIds: ["system-design"] }, { plan }).criteria.relevant.reason).toBe(
      'it builds the capability "System design"',
    );
    expect(checkSmart(goal("g-explore-ai"), { plan }).criteria.relevant.reason).toBe("it is exploratory by choice");
  });

  it("returns relevant from words shared with the vision for a text, and unknown without a plan", () => {
    expect(checkSmart("Mentor two junior engineers by 2027", { plan }).criteria.relevant).toEqual({
      status: "pass",
      reason: "it shares its topic with the vision",
      evidence: ["mentor", "engineers"],
    });
    expect(checkSmart("Mentor two junior engineers by 2027").criteria.relevant.status).toBe("unknown");
  });

  it("returns relevant when the goal writes another form of a vision word (studies and study, technologies and technology)", () => {
    const withVision = (statement: string): PlanInput => ({ ...plan, vision: { ...plan.vision, statement, what: undefined, targetRole: undefined, industry: undefined, capabilities: [] } });
    const nurse = withVision("Run clinical studies on patient data");
    expect(checkSmart("Study 2 published trials a month until June 2027", { plan: nurse }).criteria.relevant).toEqual({
      status: "pass",
      reason: "it shares its topic with the vision",
      evidence: ["study"],
    });
    const lead = withVision("Set the technology strategy of a hospital network");
    expect(checkSmart("Compare 3 cloud technologies by June 2027", { plan: lead }).criteria.relevant.evidence).toEqual(["technologies"]);
    expect(checkSmart("Managing 2 analysts by 2028", { plan: withVision("Manage a data team") }).criteria.relevant.evidence).toEqual(["managing"]);
    expect(checkSmart("Compare 3 cloud vendors by June 2027", { plan: lead }).criteria.relevant.status).toBe("fail");
  });

  it("shares no topic through the verbs that frame a change of role (become, move into)", () => {
    const staff: PlanInput = { ...plan, vision: { ...plan.vision, statement: "Become a staff engineer", what: undefined, targetRole: undefined, industry: undefined, capabilities: [] } };
    expect(checkSmart("Become more confident by 2027", { plan: staff }).criteria.relevant.status).toBe("fail");
    expect(checkSmart("Look into becoming a tech lead by 2027", { plan: staff }).criteria.relevant.status).toBe("fail");
    expect(checkSmart("Become a staff engineer by 2030", { plan: staff }).criteria.relevant.evidence).toEqual(["staff", "engineer"]);
  });

  it("counts passes in score and sets ok when nothing fails", () => {
    const report = checkSmart(goal("g-system-design"), { asOf, plan });
    expect(report.score).toBe(5);
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([]);
  });

  it("raises smart/not-specific with the title's path", () => {
    expect(checkSmart({ id: "g", title: "Get better at SQL by March 2027, 3 hours a week" }).issues).toEqual([
      {
        code: "smart/not-specific",
        severity: "warning",
        path: ["title"],
        message: 'not specific: "Get better" is vague: it does not say what will be done',
        hint: 'Say exactly what you will do, with a concrete verb and object ("complete the AWS Solutions Architect course"), not "get better at".',
      },
    ]);
  });

  it("raises smart/not-measurable with an empty path for a text", () => {
    expect(checkSmart("Refactor the checkout module by March 2027").issues).toEqual([
      {
        code: "smart/not-measurable",
        severity: "warning",
        path: [],
        message: "not measurable: it names no quantity, frequency or deliverable whose completion can be observed",
        hint: "Add a number: how many, how much, by how much? Or name a deliverable anyone can see finished (a course, a release, a talk).",
      },
    ]);
  });

  it("raises smart/not-achievable on effortHours with the numbers in the message", () => {
    const heavy = { ...goal("g-lead-feature"), effortHours: 300 };
    expect(checkSmart(heavy, { asOf, plan }).issues).toEqual([
      {
        code: "smart/not-achievable",
        severity: "warning",
        path: ["effortHours"],
        message:
          "not achievable: 300 h of effort exceed the 109.8 h the core bucket has from 2026-07-01 to 2026-12-31 (6 h/week × 70%)",
        hint: "Give the goal more time, cut its effort, or give its bucket more hours per week.",
      },
    ]);
  });

  it("raises smart/not-relevant on milestoneId when the milestone is not in the plan", () => {
    const stray = { ...goal("g-lead-feature"), milestoneId: "m-missing", capabilityIds: [], title: "Ship 2 billing releases by 2026-12-31" };
    expect(checkSmart(stray, { asOf, plan }).issues).toEqual([
      {
        code: "smart/not-relevant",
        severity: "warning",
        path: ["milestoneId"],
        message:
          "not relevant: it supports no milestone or vision capability and shares no topic with the vision (milestone m-missing is not in the plan)",
        hint: "Link the goal to a milestone or a vision capability (milestoneId, capabilityIds), or mark it exploratory on purpose.",
      },
    ]);
  });

  it("raises smart/not-time-bound on dueDate when the goal's dueDate is not a date", () => {
    expect(checkSmart({ id: "g", title: "Publish 3 articles", dueDate: "2027-02-30" }).issues).toEqual([
      {
        code: "smart/not-time-bound",
        severity: "warning",
        path: ["dueDate"],
        message: "not time-bound: its dueDate is not a calendar date",
        hint: 'Write the dueDate as a calendar date, YYYY-MM-DD ("2027-03-31").',
      },
    ]);
  });

  it("does not mutate a deeply frozen goal or plan", () => {
    const frozenPlan = deepFreeze(structuredClone(plan)) as PlanInput;
    const frozenGoal = deepFreeze(structuredClone(goal("g-mentor")));
    expect(() => checkSmart(frozenGoal, { asOf, plan: frozenPlan })).not.toThrow();
    expect(frozenGoal).toEqual(goal("g-mentor"));
  });

  it("returns verdicts from the plan's current milestones and hoursPerWeek when they are replaced between checks", () => {
    const copy = structuredClone(plan) as PlanInput;
    const lead = goal("g-lead-feature");
    expect(checkSmart(lead, { asOf, plan: copy }).criteria.relevant.reason).toBe('it supports the milestone "Lead one feature end to end"');
    copy.milestones = [];
    expect(checkSmart(lead, { asOf, plan: copy }).criteria.relevant.reason).not.toContain("milestone");
    copy.hoursPerWeek = 0.01;
    expect(checkSmart(lead, { asOf, plan: copy }).criteria.achievable.evidence).toContain("hoursPerWeek: 0.01");
  });

  it("throws a RangeError for an invalid asOf even right after a valid one", () => {
    expect(checkSmart("Ship it", { asOf }).ok).toBe(false);
    expect(() => checkSmart("Ship it", { asOf: "2027-02-30" })).toThrow(/checkSmart: options.asOf/);
  });

  it("throws a TypeError when the goal has no title", () => {
    expect(() => checkSmart({ id: "g" } as GoalInput)).toThrow(/checkSmart: goal must be a string/);
  });

  it("throws a RangeError naming asOf when it is not a date", () => {
    expect(() => checkSmart("Ship it", { asOf: "tomorrow" })).toThrow(/checkSmart: options.asOf/);
  });
});
