import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays, daysBetween } from "../../src/_lib/dates.ts";
import { decomposeVision, type CapabilityInput, type VisionInput } from "../../src/index.ts";
import { isoDate } from "../property/arbitraries.ts";
import { frozenCopy } from "./fixtures.ts";

const capabilities = fc.integer({ min: 0, max: 25 }).chain((count) =>
  fc.tuple(
    ...Array.from({ length: count }, (_, index) =>
      fc.record(
        {
          id: fc.constant(`c${index}`),
          name: fc.constant(`Capability ${index}`),
          kind: fc.constantFrom("core" as const, "auxiliary" as const),
          effortHours: fc.integer({ min: 0, max: 400 }),
          requires: fc.array(fc.integer({ min: 0, max: count + 1 }).map((target) => `c${target}`), { maxLength: 3 }),
        },
        { requiredKeys: ["id", "name"] },
      ),
    ),
  ),
);

const ratios = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .filter(([core, auxiliary]) => core + auxiliary <= 10)
  .map(([core, auxiliary]) => ({ core: core / 10, auxiliary: auxiliary / 10, exploratory: (10 - core - auxiliary) / 10 }));

const input = fc.record({
  start: isoDate,
  span: fc.integer({ min: 1, max: 4000 }),
  capabilities,
  hoursPerWeek: fc.integer({ min: 0, max: 40 }),
  ratios,
});

function visionOf({ start, span, capabilities }: { start: string; span: number; capabilities: CapabilityInput[] }): VisionInput {
  return { id: "v", statement: "Lead a platform team", startDate: start, targetDate: addDays(start, span), capabilities };
}

describe("decomposeVision (properties)", () => {
  test.prop([input])("returns milestones in date order ending at the target date", (generated) => {
    const vision = visionOf(generated);
    const { milestones } = decomposeVision(vision, generated);
    for (let index = 1; index < milestones.length; index++) expect(milestones[index - 1]!.dueDate < milestones[index]!.dueDate).toBe(true);
    expect(milestones.at(-1)).toMatchObject({ id: "m-final", dueDate: vision.targetDate });
  });

  test.prop([input])("places every capability at most once", (generated) => {
    const placed = decomposeVision(visionOf(generated), generated).milestones.flatMap((milestone) => milestone.capabilityIds ?? []);
    expect(new Set(placed).size).toBe(placed.length);
  });

  test.prop([input])("never places a prerequisite at a later milestone than its dependent", (generated) => {
    const { milestones } = decomposeVision(visionOf(generated), generated);
    const at = new Map<string, number>();
    milestones.forEach((milestone, index) => milestone.capabilityIds?.forEach((id) => at.set(id, index)));
    for (const capability of generated.capabilities) {
      if (!at.has(capability.id)) continue;
      for (const required of capability.requires ?? []) {
        const known = generated.capabilities.some((other) => other.id === required);
        if (known) expect(at.get(required)).toBeLessThanOrEqual(at.get(capability.id)!);
      }
    }
  });

  test.prop([input])("keeps each bucket's cumulative effort within its capacity at every milestone", (generated) => {
    const vision = visionOf(generated);
    const { milestones } = decomposeVision(vision, generated);
    const byId = new Map<string, CapabilityInput>(generated.capabilities.map((capability) => [capability.id, capability]));
    const used = { core: 0, auxiliary: 0 };
    for (const milestone of milestones) {
      for (const id of milestone.capabilityIds ?? []) {
        const capability = byId.get(id)!;
        used[capability.kind ?? "core"] += capability.effortHours ?? 0;
      }
      const days = daysBetween(vision.startDate, milestone.dueDate);
      for (const bucket of ["core", "auxiliary"] as const) {
        expect(used[bucket]).toBeLessThanOrEqual((generated.hoursPerWeek * generated.ratios[bucket] * days) / 7 + 1e-6);
      }
    }
  });

  test.prop([input])("places or reports every capability when there is no loop", (generated) => {
    const { milestones, issues } = decomposeVision(visionOf(generated), generated);
    fc.pre(!issues.some((issue) => issue.code === "graph/cycle"));
    const placed = new Set(milestones.flatMap((milestone) => milestone.capabilityIds ?? []));
    const reported = new Set(issues.filter((issue) => issue.code === "vision/not-achievable").map((issue) => issue.path[2]));
    generated.capabilities.forEach((capability, index) => expect(placed.has(capability.id) !== reported.has(index)).toBe(true));
  });

  test.prop([input])("does not mutate its input", (generated) => {
    const vision = visionOf(generated);
    const frozen = frozenCopy(vision);
    decomposeVision(frozen, frozenCopy({ hoursPerWeek: generated.hoursPerWeek, ratios: generated.ratios }));
    expect(frozen).toEqual(vision);
  });
});
