// Dependency order for items that name their prerequisites by id (capability
// `requires`). Iterative throughout: a 50,000-long chain or cycle is routine.

export interface DependencyOrder {
  /** Indices of the items that are on no cycle, prerequisites first; among items ready at once, input order. */
  order: number[];
  /** Each prerequisite loop once, as item indices in `requires` order, starting at its lowest index. */
  cycles: number[][];
  /** Indices of items that sit on a loop or depend on one (so never become ready). */
  blocked: number[];
}

/**
 * Orders items so every item comes after the items it requires (Kahn's
 * algorithm with a min-heap, so ties keep input order). Requirements naming no
 * item are ignored here; with duplicate ids the first item wins.
 */
export function dependencyOrder(ids: readonly string[], requiresOf: (index: number) => readonly string[] | undefined): DependencyOrder {
  const count = ids.length;
  const indexOf = new Map<string, number>();
  for (let index = 0; index < count; index++) if (!indexOf.has(ids[index]!)) indexOf.set(ids[index]!, index);

  const pending = new Int32Array(count);
  const dependents: number[][] = Array.from({ length: count }, () => []);
  const prerequisites: number[][] = Array.from({ length: count }, () => []);
  for (let index = 0; index < count; index++) {
    const seen = new Set<number>();
    for (const id of requiresOf(index) ?? []) {
      const prerequisite = indexOf.get(id);
      if (prerequisite === undefined || seen.has(prerequisite)) continue;
      seen.add(prerequisite);
      prerequisites[index]!.push(prerequisite);
      dependents[prerequisite]!.push(index);
      pending[index]!++;
    }
  }

  const ready = new MinHeap();
  for (let index = 0; index < count; index++) if (pending[index] === 0) ready.push(index);
  const order: number[] = [];
  while (ready.size > 0) {
    const index = ready.pop();
    order.push(index);
    for (const dependent of dependents[index]!) if (--pending[dependent]! === 0) ready.push(dependent);
  }

  const blocked: number[] = [];
  for (let index = 0; index < count; index++) if (pending[index]! > 0) blocked.push(index);
  return { order, cycles: findCycles(blocked, prerequisites, pending), blocked };
}

// Every blocked item has a blocked prerequisite, so following blocked
// prerequisites from any of them must run into a loop.
function findCycles(blocked: readonly number[], prerequisites: readonly number[][], pending: Int32Array): number[][] {
  const state = new Map<number, number>(); // 1 = on the current walk, 2 = finished
  const cycles: number[][] = [];
  for (const start of blocked) {
    if (state.has(start)) continue;
    const walk: number[] = [];
    let current = start;
    while (!state.has(current)) {
      state.set(current, 1);
      walk.push(current);
      current = prerequisites[current]!.find((next) => pending[next]! > 0)!;
    }
    if (state.get(current) === 1) cycles.push(rotateToLowest(walk.slice(walk.indexOf(current))));
    for (const index of walk) state.set(index, 2);
  }
  return cycles.sort((a, b) => a[0]! - b[0]!);
}

function rotateToLowest(cycle: number[]): number[] {
  let lowest = 0;
  for (let index = 1; index < cycle.length; index++) if (cycle[index]! < cycle[lowest]!) lowest = index;
  return [...cycle.slice(lowest), ...cycle.slice(0, lowest)];
}

class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    let index = items.push(value) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent]! <= value) break;
      items[index] = items[parent]!;
      index = parent;
    }
    items[index] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[index] = items[child]!;
        index = child;
      }
      items[index] = last;
    }
    return top;
  }
}
