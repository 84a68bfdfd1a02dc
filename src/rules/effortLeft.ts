// What "effort left" means everywhere (the alignment drift check and the plan
// page's 70/20/10 table), so the two never disagree.

/**
 * Minutes still to spend on a goal: its effort (`effortHours` × 60, or the
 * minutes of its micro-tasks when it has no `effortHours`) less the minutes of
 * its done micro-tasks, never below 0.
 */
export function effortLeftMinutes(effortHours: number | undefined, taskMinutes: number, doneMinutes: number): number {
  const planned = effortHours === undefined ? taskMinutes : effortHours * 60;
  return Math.max(0, planned - doneMinutes);
}
