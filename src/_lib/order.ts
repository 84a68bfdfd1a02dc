// Private: the order every area lists milestones and goals in.

type Dated = { readonly dueDate?: string | undefined };

/** A due date, or one that sorts after every date for undated items. */
export function dueDate(item: Dated): string {
  return item.dueDate ?? "\uffff";
}

/** Soonest due first, undated last (ISO dates order as text); Array#sort is stable, so ties keep their order. */
export function byDueDate(a: Dated, b: Dated): number {
  const first = dueDate(a);
  const second = dueDate(b);
  return first < second ? -1 : first > second ? 1 : 0;
}
