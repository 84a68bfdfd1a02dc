// The hostile-input promise, for every exported function at once: for plans
// fast-check generates (valid ones, broken ones, and ones at the edges of the
// model: huge efforts, the last years of the calendar), every call answers
// within a time limit, throws only the documented TypeError/RangeError that
// names the function, and returns no NaN, no Infinity, no date outside
// 0001–9999 and no plan that parsePlan would reject.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import * as careerplan from "../../src/index.ts";
import type { PlanInput } from "../../src/index.ts";
import { brokenPlan, validPlan } from "../property/arbitraries.ts";

const { parsePlan } = careerplan;
const AS_OF = "2027-03-15";
/** Far above any honest call (the slowest here takes milliseconds) and far below a hang. */
const LIMIT_MS = 2_000;

/** Plans at the model's edges: the calendar's last years, efforts of every magnitude. */
const edgePlan: fc.Arbitrary<unknown> = fc
  .tuple(
    validPlan,
    fc.constantFrom(1e6, 1e9, 1e12, 1e18, 7e305, Number.MAX_SAFE_INTEGER, 0.0001),
    fc.constantFrom("9999-12-31", "9999-06-30", "0001-01-01", "2026-01-01"),
  )
  .map(([plan, big, date]) => ({
    ...plan,
    vision: { ...plan.vision, targetDate: date > plan.vision.startDate ? date : plan.vision.targetDate, capabilities: (plan.vision.capabilities ?? []).map((capability) => ({ ...capability, effortHours: big })) },
    goals: (plan.goals ?? []).map((goal) => ({ ...goal, effortHours: big, dueDate: date })),
    tasks: (plan.tasks ?? []).map((task) => ({ ...task, minutes: big })),
  }));

type Call = readonly [name: string, run: (plan: PlanInput) => unknown];

/** Every exported function that takes a plan, or a piece of one. */
const CALLS: readonly Call[] = [
  ["checkAlignment", (plan) => careerplan.checkAlignment(plan, { asOf: AS_OF })],
  ["keyQuestions", (plan) => careerplan.keyQuestions(plan, { asOf: AS_OF })],
  ["measureProgress", (plan) => careerplan.measureProgress(plan, { asOf: AS_OF })],
  ["careerCanvas", (plan) => careerplan.careerCanvas(plan, { capabilities: [] }, { asOf: AS_OF })],
  ["interviewNarrative", (plan) => careerplan.interviewNarrative(plan, { title: "Led the billing rewrite", result: "cut invoice errors by 40%" }, { asOf: AS_OF })],
  ["renderPlanMarkdown", (plan) => careerplan.renderPlanMarkdown(plan, { asOf: AS_OF })],
  ["renderPlanMermaid", (plan) => [careerplan.renderPlanMermaid(plan, { asOf: AS_OF }), careerplan.renderPlanMermaid(plan, { asOf: AS_OF, kind: "mix" })]],
  ["renderRoadmapSvg", (plan) => careerplan.renderRoadmapSvg(plan, { asOf: AS_OF })],
  ["dueReviews", (plan) => careerplan.dueReviews(plan, { asOf: AS_OF })],
  ["applyReview", (plan) => careerplan.applyReview(plan, { id: "r-fuzz", date: AS_OF, kind: "quarterly", decisions: (plan.goals ?? []).slice(0, 2).map((goal) => ({ goalId: goal.id, outcome: "keep" as const })) })],
  ["recordProgress", (plan) => careerplan.recordProgress(plan, (plan.goals ?? []).slice(0, 2).map((goal) => ({ date: AS_OF, goalId: goal.id, minutes: 45 })), { asOf: AS_OF })],
  ["replan", (plan) => careerplan.replan(plan, { asOf: AS_OF, hoursPerWeek: 6 })],
  ["checkVisionClarity", (plan) => careerplan.checkVisionClarity(plan.vision)],
  ["decomposeVision", (plan) => careerplan.decomposeVision(plan.vision, { hoursPerWeek: plan.hoursPerWeek || 6 })],
  ["draftGoals", (plan) => (plan.milestones ?? []).map((milestone) => careerplan.draftGoals(milestone, plan.vision, { asOf: AS_OF } as never))],
  ["splitIntoMicroTasks", (plan) => (plan.goals ?? []).map((goal) => careerplan.splitIntoMicroTasks(goal))],
  ["checkSmart", (plan) => (plan.goals ?? []).map((goal) => careerplan.checkSmart(goal, { asOf: AS_OF, plan }))],
  ["classifyGoal", (plan) => (plan.goals ?? []).map((goal) => careerplan.classifyGoal(goal, plan.vision))],
  ["scheduleReviews", (plan) => careerplan.toICalendar(careerplan.scheduleReviews({ start: plan.vision.startDate, until: plan.vision.targetDate }), { dtstamp: "20270315T000000Z" })],
];

/** Checks one result: no NaN/Infinity, no impossible or out-of-range date, and any plan in it parses. */
function checkOutput(name: string, value: unknown, { echoesInput }: { echoesInput: boolean }): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "number") expect(Number.isFinite(item), `${name} returned ${item}`).toBe(true);
    else if (typeof item === "string") {
      // A plan that skipped parsePlan may hold impossible dates, which text output quotes back as they are.
      if (!echoesInput) for (const [date] of item.matchAll(/(?<![\d-])-?\d{4,}-\d{2}-\d{2}(?!\d)/g)) {
        expect(date, `${name} returned the date ${date}`).toMatch(/^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      }
      expect(item, `${name} returned NaN in text`).not.toMatch(/NaN|Infinity/);
    } else if (item !== null && typeof item === "object") {
      if (!echoesInput && "plan" in item && "issues" in item && (item as { plan: unknown }).plan !== undefined) {
        const parsed = parsePlan((item as { plan: unknown }).plan);
        expect(parsed.ok ? [] : parsed.issues, `${name} returned a plan parsePlan rejects`).toEqual([]);
      }
      for (const child of Object.values(item)) stack.push(child);
    }
  }
}

function callWithin(name: string, run: () => unknown, { misuseAllowed }: { misuseAllowed: boolean }): void {
  const started = performance.now();
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    const elapsed = performance.now() - started;
    expect(elapsed, `${name} took ${Math.round(elapsed)} ms before throwing`).toBeLessThan(LIMIT_MS);
    // A plan that skipped parsePlan is API misuse: a TypeError/RangeError naming the function is the contract.
    if (misuseAllowed && (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(`${name}:`)) return;
    throw new Error(`${name} threw on data: ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${name} took ${Math.round(elapsed)} ms`).toBeLessThan(LIMIT_MS);
  checkOutput(name, result, { echoesInput: misuseAllowed });
}

describe("every function on generated plans", () => {
  test.prop([fc.oneof(validPlan, edgePlan)], { numRuns: 120, endOnFailure: true })("answers plans that parse, in bounded time, with valid output", (input) => {
    const parsed = parsePlan(input);
    if (!parsed.ok) return; // edge plans past the model's bounds are rejected by parsePlan: that is the answer
    for (const [name, run] of CALLS) callWithin(name, () => run(parsed.plan), { misuseAllowed: false });
  }, 180_000);

  test.prop([fc.oneof(brokenPlan, edgePlan)], { numRuns: 120, endOnFailure: true })("answers plans that skipped parsePlan with output or a TypeError/RangeError naming the function", (input) => {
    for (const [name, run] of CALLS) callWithin(name, () => run(input as PlanInput), { misuseAllowed: true });
  }, 180_000);
});
