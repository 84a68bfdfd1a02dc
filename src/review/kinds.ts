// The review kinds, and the one wording for a value outside a fixed list.
import { fail } from "../_lib/args.ts";
import { listWords } from "../_lib/wording.ts";
import type { ReviewKind } from "../model/index.ts";

/** Review kinds in the order events list them. */
export const KINDS: readonly ReviewKind[] = ["quarterly", "canvas", "vision"];

/** How a message lists the values a field allows: `"a", "b" or "c"`. */
export function oneOf(values: readonly string[]): string {
  return listWords(values.map((value) => `"${value}"`), "or");
}

/** Throws a RangeError naming `name` unless `kind` is a review kind. */
export function requireKind(where: string, name: string, kind: unknown): void {
  if (!KINDS.includes(kind as ReviewKind)) fail(where, name, oneOf(KINDS), kind);
}
