import { describe, expect, it } from "vitest";
import { keyQuestions, type PlanInput } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";
import { AS_OF, alignedPlan } from "./fixtures.ts";

const vision = { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2030-12-31" };

describe("keyQuestions", () => {
  it("returns the seeds' checklist filled in with the senior-engineer plan", () => {
    expect(keyQuestions(alignedPlan(), { asOf: AS_OF })).toEqual([
      "Is my current work bringing me closer to 'Mentor a junior engineer and drive a reliability initiative' (due 2029-01-05)? Is there a better path?",
      "Is 'Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026' (due 2026-12-31) on track, and does it still serve 'Lead one feature end to end'?",
      "Do my short-term results drive progress toward 'Lead one feature end to end' (due 2027-01-05)?",
      "Am I still giving about 70% of my effort to core work, 20% to auxiliary skills and 10% to exploring?",
      "Does short-term performance pressure conflict with building End-to-end feature ownership and Technical leadership?",
      "Which of my 5 active goals should I keep, tweak or replace, and does each still have a backup plan if it becomes impossible?",
      "Has a shift in Software changed the path to 'Become a senior software engineer at a product company within 5 years, designing fault-tolerant systems for global users and mentoring the engineers around me'?",
    ]);
  });

  it("returns questions about the vision itself when the plan has no milestones or goals", () => {
    expect(keyQuestions({ vision }, { asOf: "2026-02-01" })).toEqual([
      "Is my current work bringing me closer to 'Lead a platform team' (by 2030-12-31)? Is there a better path?",
      "Do my short-term results drive progress toward 'Lead a platform team' (by 2030-12-31)?",
      "Am I still giving about 70% of my effort to core work, 20% to auxiliary skills and 10% to exploring?",
      "Does short-term performance pressure conflict with building my long-term skills?",
      "Which short-term goals would move me toward 'Lead a platform team' (by 2030-12-31)?",
      "Has a shift in my field changed the path to 'Lead a platform team'?",
    ]);
  });

  it("returns a question about what an exploratory goal without a milestone has taught", () => {
    const plan: PlanInput = { vision, goals: [{ id: "g", title: "Build 2 AI prototypes", bucket: "exploratory", dueDate: "2026-06-30" }] };
    expect(keyQuestions(plan, { asOf: "2026-02-01" })[1]).toBe("What has 'Build 2 AI prototypes' (due 2026-06-30) taught me so far, and is it worth more time?");
  });

  it("returns the next milestone as the anchor when no 3-year milestone lies ahead", () => {
    const plan: PlanInput = { vision, milestones: [{ id: "m", title: "Ship the platform", dueDate: "2027-06-30", horizon: "18m" }, { id: "old", title: "Old", dueDate: "2026-01-31", horizon: "3y" }] };
    expect(keyQuestions(plan, { asOf: "2026-02-01" })[0]).toBe("Is my current work bringing me closer to 'Ship the platform' (due 2027-06-30)? Is there a better path?");
  });

  it("asks one readable keep, tweak or replace question instead of listing goal titles in one sentence", () => {
    const goals = Array.from({ length: 7 }, (_, at) => ({ id: `g${at}`, title: `Goal ${at}`, dueDate: `2026-0${at + 3}-01` }));
    const questions = keyQuestions({ vision, ratios: { core: 0.6, auxiliary: 0.3, exploratory: 0.1 }, goals }, { asOf: "2026-02-01" });
    expect(questions).toContain("Which of my 7 active goals should I keep, tweak or replace, and does each still have a backup plan if it becomes impossible?");
    // No question names more than one goal title.
    for (const question of questions) expect(question.match(/'Goal \d'/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(questions).toContain("Am I still giving about 60% of my effort to core work, 30% to auxiliary skills and 10% to exploring?");
  });

  it("asks one question per goal already past due, soonest first", () => {
    const goals = [
      { id: "g1", title: "Write 3 design documents", dueDate: "2026-01-20" },
      { id: "g2", title: "Give 1 tech talk", dueDate: "2026-01-10" },
    ];
    expect(keyQuestions({ vision, goals }, { asOf: "2026-02-01" }).slice(1, 3)).toEqual([
      "'Give 1 tech talk' (due 2026-01-10) is past due: should I finish it, reschedule it or replace it?",
      "'Write 3 design documents' (due 2026-01-20) is past due: should I finish it, reschedule it or replace it?",
    ]);
  });

  it("asks about ten goals past due and counts the rest in one question", () => {
    const goals = Array.from({ length: 13 }, (_, at) => ({ id: `g${at}`, title: `Goal ${at}`, dueDate: "2026-01-10" }));
    const questions = keyQuestions({ vision, goals }, { asOf: "2026-02-01" });
    expect(questions.filter((question) => question.includes("is past due"))).toHaveLength(10);
    expect(questions).toContain("What should I do with the other 3 goals already past due?");
  });

  it("asks about ten goals due by the next milestone and counts the rest in one question", () => {
    const goals = Array.from({ length: 12 }, (_, at) => ({ id: `g${at}`, title: `Goal ${at}`, dueDate: "2026-03-01" }));
    const plan: PlanInput = { vision, milestones: [{ id: "m", title: "Ship the platform", dueDate: "2026-06-30" }], goals };
    const questions = keyQuestions(plan, { asOf: "2026-02-01" });
    expect(questions.filter((question) => question.startsWith("Is 'Goal"))).toHaveLength(10);
    expect(questions).toContain("Are the other 2 goals due by 2026-06-30 on track?");
  });

  it("does not modify a deeply frozen plan and returns the same questions twice", () => {
    const plan = deepFreeze(alignedPlan());
    expect(keyQuestions(plan, { asOf: AS_OF })).toEqual(keyQuestions(plan, { asOf: AS_OF }));
  });

  it("throws a RangeError naming the parameter when asOf is not a calendar date", () => {
    expect(() => keyQuestions({ vision }, { asOf: "22/11/2026" })).toThrow(new RangeError('keyQuestions: options.asOf must be a calendar date written YYYY-MM-DD, got "22/11/2026"'));
  });
});
