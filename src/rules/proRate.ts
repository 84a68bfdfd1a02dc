// Private: how a goal's effort is spread over time when nothing says
// otherwise — evenly over the days from its start to its due date. One rule
// for the planned 70/20/10 mix (checkAlignment) and for the plans createPlan
// sizes, so a fresh plan and its check agree.

/**
 * The part of `amount`, spread evenly from day `start` to day `due`, that
 * falls from day `from` to day `to` (day numbers). A span of no days puts it
 * all on its day.
 */
export function proRate(amount: number, start: number, due: number, from: number, to: number): number {
  if (due <= start) return start >= from && start < to ? amount : 0;
  const overlap = Math.min(due, to) - Math.max(start, from);
  return overlap > 0 ? (amount * overlap) / (due - start) : 0;
}
