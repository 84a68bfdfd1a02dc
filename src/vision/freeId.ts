// Private: the one rule for new ids — derived from what they name, suffixed when taken.

/** `base` when free, else `base-<milestone>` (its "m-" dropped), else that with -2, -3…; the id returned is marked taken. */
export function freeId(base: string, milestoneId: string | undefined, taken: Set<string>): string {
  let id = base;
  if (taken.has(id) && milestoneId !== undefined) id = `${base}-${milestoneId.replace(/^m-/, "")}`;
  const stem = id;
  for (let suffix = 2; taken.has(id); suffix++) id = `${stem}-${suffix}`;
  taken.add(id);
  return id;
}
