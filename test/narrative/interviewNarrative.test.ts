import { describe, expect, it } from "vitest";
import { interviewNarrative } from "../../src/index.ts";
import type { Achievement, ReviewInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy, planWithGoals, seniorPlanWith } from "../progress/testPlans.ts";

// The seeds' "Example of a Balanced Narrative".
const dashboard: Achievement = {
  title: "Dashboard load time",
  result: "I improved the load time of our main dashboard by 40%",
  capabilityId: "technical-leadership",
  learned: "efficient data retrieval patterns and microservice orchestration",
};
const story = interviewNarrative(seniorEngineerPlan, dashboard);
const VISION = "become a senior software engineer at a product company within 5 years, designing fault-tolerant systems for global users and mentoring the engineers around me";

describe("interviewNarrative", () => {
  it("returns the result as the past/present step", () => {
    expect(story.pastPresent).toBe("I improved the load time of our main dashboard by 40%.");
  });

  it("returns the capability and the insight as the bridge", () => {
    expect(story.bridge).toBe("That work developed my skills in technical leadership: I learned efficient data retrieval patterns and microservice orchestration.");
  });

  it("returns the milestone and the vision the capability serves as the future step", () => {
    expect(story.future).toBe(
      `Next, I will build on it toward my 3-year milestone, "Mentor a junior engineer and drive a reliability initiative" (due January 2029), on the way to my vision: ${VISION}.`,
    );
  });

  it("returns the three steps as one paragraph", () => {
    expect(story.text).toBe(`${story.pastPresent} ${story.bridge} ${story.future}`);
  });

  it("returns the done goals building the capability as its evidence in the bridge", () => {
    const result = interviewNarrative(seniorEngineerPlan, { ...dashboard, capabilityId: "system-design", learned: undefined });
    expect(result.bridge).toBe(
      'That work developed my skills in system design. It builds on a goal I have completed: "Complete one advanced course in system design and apply 3 of its concepts in a side project by June 30, 2026".',
    );
  });

  it("cites only earned evidence: logged evidence up to asOf, and planned evidence in the future tense (bug: an active goal's evidence was claimed)", () => {
    const plan = seniorPlanWith({
      vision: { ...seniorEngineerPlan.vision, capabilities: seniorEngineerPlan.vision.capabilities!.map((capability) => (capability.id === "mentoring" ? { ...capability, evidence: "Design docs for 2 cross-team systems approved" } : capability)) },
      log: [
        { date: "2026-11-01", goalId: "g-mentor", evidence: "Ana shipped her first feature on her own." },
        { date: "2027-02-01", goalId: "g-mentor", evidence: "Not yet" },
      ],
    });
    const mentoring = { ...dashboard, capabilityId: "mentoring", learned: undefined };
    expect(interviewNarrative(plan, mentoring, { asOf: "2026-11-22" }).bridge).toBe("That work developed my skills in mentoring. My evidence so far: Ana shipped her first feature on her own.");
    const planned = interviewNarrative(seniorPlanWith({ vision: plan.vision }), mentoring, { asOf: "2026-11-22" }).bridge;
    expect(planned).toBe("That work developed my skills in mentoring. I plan to prove it with design docs for 2 cross-team systems approved.");
    expect(planned).not.toMatch(/adds to my evidence/);
  });

  it("tells a replacement drafted from the goal's backup by its title", () => {
    const plan = seniorPlanWith({
      goals: [...seniorEngineerPlan.goals!, { id: "g-lead-feature-backup", title: "Lead the next team feature end to end by June 30, 2027", replaces: "g-lead-feature" }],
      reviews: [...seniorEngineerPlan.reviews!, { id: "r-2027-01", date: "2027-01-05", kind: "quarterly", decisions: [{ goalId: "g-lead-feature", outcome: "replace", useBackup: true, note: "The feature was cancelled" }] }],
    });
    expect(interviewNarrative(plan, dashboard).frame.flexibility).toContain('with "Lead the next team feature end to end by June 30, 2027" because the feature was cancelled.');
  });

  it("returns the seeds' bonus details: the review practice held so far and the mentors and sponsors of the vision's who", () => {
    expect(story.frame.bonusDetails).toBe(
      "Every quarter I review each goal and keep, tweak or replace it, grading it OKR-style from 0 to 1 (0.7 counts as a good result), and I update my career canvas every six months; so far I have held 2 quarterly reviews and 1 career canvas update. I test the plan with my team lead as sponsor and a senior mentor.",
    );
  });

  it("returns the earliest milestone from asOf on when asOf is given", () => {
    const result = interviewNarrative(seniorEngineerPlan, { ...dashboard, capabilityId: "system-design" }, { asOf: "2026-11-22" });
    expect(result.future).toBe(`Next, I will build on it toward my vision: ${VISION}.`);
  });

  it("returns the vision anchor with the target date, the why and the where", () => {
    expect(story.frame.visionAnchor).toBe(
      `My long-term vision: ${VISION} (target: December 2030). Why it matters to me: I value building systems people can rely on and helping colleagues grow. Where: software engineering at a product company with global users.`,
    );
  });

  it("returns the milestones in date order as the deconstruction chain", () => {
    expect(story.frame.deconstruction).toBe(
      "I broke the vision into milestones: 6-month: Complete an advanced system design course (done) → 1-year: Lead one feature end to end → 3-year: Mentor a junior engineer and drive a reliability initiative → final: Senior software engineer.",
    );
  });

  it("returns the latest tweak from the review history, with its reason, as flexibility", () => {
    expect(story.frame.flexibility).toBe(
      'In the 2026-10-05 quarterly review I tweaked "Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026" because the feature was re-scoped after a reorg.',
    );
  });

  it("returns a replace decision with its replacement and the count of adjustments", () => {
    const replace: ReviewInput = {
      id: "r-2027-01",
      date: "2027-01-05",
      kind: "quarterly",
      decisions: [
        {
          goalId: "g-explore-ai",
          outcome: "replace",
          note: "Because AI tools changed how my team works",
          replacement: { id: "g-ai-review", title: "Run 3 AI-assisted code reviews by June 2027" },
        },
      ],
    };
    const plan = seniorPlanWith({ reviews: [...seniorEngineerPlan.reviews!, replace] });
    expect(interviewNarrative(plan, dashboard).frame.flexibility).toBe(
      'In the 2027-01-05 quarterly review I replaced "Build 2 prototypes with an AI coding assistant by March 31, 2027" with "Run 3 AI-assisted code reviews by June 2027" because AI tools changed how my team works. It is one of 2 adjustments my reviews have made to the plan.',
    );
  });

  it("returns an honest note when every review kept the goals", () => {
    const plan = seniorPlanWith({ reviews: [{ id: "r1", date: "2026-04-05", kind: "quarterly", decisions: [{ goalId: "g-system-design", outcome: "keep" }] }] });
    expect(interviewNarrative(plan, dashboard).frame.flexibility).toBe("My one review so far kept every goal as planned, so I have not needed to adjust the plan yet.");
  });

  it("returns a ref/unknown warning and no capability bridge when capabilityId names no capability", () => {
    const result = interviewNarrative(seniorEngineerPlan, { ...dashboard, capabilityId: "cooking" });
    expect(result.issues).toEqual([
      {
        code: "ref/unknown",
        severity: "warning",
        path: ["achievement", "capabilityId"],
        message: '"cooking" is not a vision capability',
        hint: "Use an id from plan.vision.capabilities.",
      },
    ]);
    expect(result.bridge).toBe("That work taught me efficient data retrieval patterns and microservice orchestration.");
    expect(result.future).toBe(`Next, I will build on it toward my vision: ${VISION}.`);
  });

  it("returns a sensible story for an empty plan, with honest notes in the frame", () => {
    const result = interviewNarrative(planWithGoals([]), { title: "Shipped the billing page", result: "" });
    expect(result).toEqual({
      pastPresent: "Shipped the billing page.",
      bridge: "",
      future: "Next, I will build on it toward my vision: become a staff engineer.",
      text: "Shipped the billing page. Next, I will build on it toward my vision: become a staff engineer.",
      frame: {
        visionAnchor: "My long-term vision: become a staff engineer (target: December 2030).",
        deconstruction: "I have not broken the vision into milestones yet.",
        flexibility: "I have not held a review yet, so there is no adjustment to point to.",
        bonusDetails: "I plan to review each goal every quarter and keep, tweak or replace it, grading it OKR-style from 0 to 1, and to update my career canvas every six months.",
      },
      issues: [],
    });
  });

  it("throws a RangeError when options.asOf is not a date", () => {
    expect(() => interviewNarrative(seniorEngineerPlan, dashboard, { asOf: "2026-13-01" })).toThrow(
      new RangeError('interviewNarrative: options.asOf must be a calendar date written YYYY-MM-DD, got "2026-13-01"'),
    );
  });

  it("throws a TypeError when the achievement is missing", () => {
    expect(() => interviewNarrative(seniorEngineerPlan, undefined as never)).toThrow(new TypeError("interviewNarrative: achievement must be an object, got undefined"));
  });

  it("does not mutate its input", () => {
    const plan = frozenCopy(seniorPlanWith({}));
    expect(interviewNarrative(plan, frozenCopy(dashboard))).toEqual(story);
    expect(plan).toEqual(seniorEngineerPlan);
  });
});
