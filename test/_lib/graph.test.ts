import { describe, expect, it } from "vitest";
import { dependencyOrder } from "../../src/_lib/graph.ts";

function order(items: Record<string, string[]>) {
  const ids = Object.keys(items);
  return dependencyOrder(ids, (index) => items[ids[index]!]);
}

describe("dependencyOrder", () => {
  it("puts prerequisites first and otherwise takes the lowest input index that is ready", () => {
    expect(order({ c: ["b"], a: [], b: ["a"], d: [] }).order).toEqual([1, 2, 0, 3]);
  });

  it("ignores unknown and repeated requirements", () => {
    expect(order({ a: ["zz", "b", "b"], b: [] })).toEqual({ order: [1, 0], cycles: [], blocked: [] });
  });

  it("reports each loop once, starting at its lowest index, and what it blocks", () => {
    const result = order({ a: [], b: ["c"], c: ["d"], d: ["b"], e: ["d"], f: ["f"] });
    expect(result.order).toEqual([0]);
    expect(result.cycles).toEqual([[1, 2, 3], [5]]);
    expect(result.blocked).toEqual([1, 2, 3, 4, 5]);
  });

  it("handles a 50,000-long chain and a 20,000-long cycle without recursion", () => {
    const chain = 50_000;
    const ids = Array.from({ length: chain }, (_, index) => `c${index}`);
    const result = dependencyOrder(ids, (index) => (index + 1 < chain ? [`c${index + 1}`] : []));
    expect(result.order[0]).toBe(chain - 1);
    expect(result.order.at(-1)).toBe(0);

    const loop = 20_000;
    const loopIds = ids.slice(0, loop);
    const cyclic = dependencyOrder(loopIds, (index) => [`c${(index + 1) % loop}`]);
    expect(cyclic.cycles).toHaveLength(1);
    expect(cyclic.cycles[0]).toHaveLength(loop);
  });
});
