// References between a plan's items, once: an id used twice, an id that names
// nothing, a `requires` loop. One severity and one wording for every function
// that finds them (checkAlignment, decomposeVision): all are errors, because
// later rules cannot trust links that do not resolve; functions that can go on
// (decomposeVision ignores an unknown requirement) still report an error.
import type { Issue } from "../model/index.ts";
import { formatPath } from "../model/formatIssue.ts";
import { dependencyOrder } from "../_lib/graph.ts";
import { createIssue, type Path } from "../_lib/issues.ts";

/** Longer loops are shortened in the message: their first ids, "…", the last id. */
const LOOP_IDS_SHOWN = 8;

/** `ref/duplicate-id` at `[...path, at, "id"]`: the item repeats the id of the item at `[...path, first]`. */
export function duplicateIdIssue(path: Path, at: number, id: string, first: number): Issue {
  return createIssue("ref/duplicate-id", "error", [...path, at, "id"], `"${id}" is already the id of ${formatPath([...path, first])}`, "Give every item its own id.");
}

/** `ref/unknown` at `path`: the reference `id` names no item. */
export function unknownIdIssue(path: Path, id: unknown): Issue {
  return createIssue("ref/unknown", "error", path, `unknown id ${JSON.stringify(id) ?? String(id)}`, "Correct the id, or add the item it names.");
}

/**
 * `graph/cycle` for one loop of capability `requires` (item indices, as
 * `dependencyOrder` gives them), at the loop's first capability: "requires loop: a → b → c → a".
 */
export function cycleIssue(path: Path, ids: readonly string[], loop: readonly number[]): Issue {
  const message = `requires loop: ${describeLoop(loop.map((at) => ids[at]!))}`;
  return createIssue("graph/cycle", "error", [...path, loop[0]!], message, "Remove one requires to break the loop; capabilities on or behind it cannot be scheduled.");
}

/** One {@link cycleIssue} per loop of capability `requires`. */
export function cycleIssues(path: Path, ids: readonly string[], requiresOf: (index: number) => readonly string[] | undefined): Issue[] {
  return dependencyOrder(ids, requiresOf).cycles.map((loop) => cycleIssue(path, ids, loop));
}

/** "a → b → c → a"; a long loop keeps its first ids and its last one, and says how long it is. */
function describeLoop(ids: readonly string[]): string {
  const long = ids.length > LOOP_IDS_SHOWN + 1;
  const shown = long ? [...ids.slice(0, LOOP_IDS_SHOWN), "…", ids.at(-1)!] : ids;
  return [...shown, ids[0]].join(" → ") + (long ? ` (${ids.length} capabilities)` : "");
}
