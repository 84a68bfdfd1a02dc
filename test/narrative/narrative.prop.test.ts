import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { careerCanvas, interviewNarrative, renderCanvasMarkdown } from "../../src/index.ts";
import { isoDate, validPlan } from "../property/arbitraries.ts";
import { tablesAreWellFormed, toHtml } from "../progress/testPlans.ts";

const profile = fc.record({ capabilities: fc.array(fc.constantFrom("a", "B", "Python", "| *x* #"), { maxLength: 4 }), resources: fc.array(fc.string(), { maxLength: 3 }) });

describe("careerCanvas", () => {
  test.prop([validPlan, profile, isoDate])("returns at most five next steps and gaps that are never held", (plan, person, asOf) => {
    const canvas = careerCanvas(plan, person, { asOf });
    expect(canvas.nextSteps.length).toBeLessThanOrEqual(5);
    const heldIds = new Set(canvas.held.map((capability) => capability.capabilityId));
    expect(canvas.gaps.some((gap) => heldIds.has(gap.capabilityId))).toBe(false);
  });
});

describe("renderCanvasMarkdown", () => {
  test.prop([validPlan, profile, isoDate])("returns Markdown with well-formed tables that micromark renders", (plan, person, asOf) => {
    const markdown = renderCanvasMarkdown(careerCanvas(plan, person, { asOf }));
    expect(tablesAreWellFormed(markdown)).toBe(true);
    expect(toHtml(markdown)).toMatch(/^<h1>Career canvas/);
  });
});

describe("interviewNarrative", () => {
  test.prop([validPlan, fc.string(), fc.option(fc.constantFrom("a", "b", "zz"), { nil: undefined })])("returns the paragraph as the non-empty steps joined", (plan, result, capabilityId) => {
    const story = interviewNarrative(plan, { title: "Shipped it", result, capabilityId });
    expect(story.text).toBe([story.pastPresent, story.bridge, story.future].filter((part) => part !== "").join(" "));
    expect(story.issues.length).toBeLessThanOrEqual(1);
  });
});
