// Private: where replan puts each open capability. The path is kept where it
// still works: a capability stays on its future milestone when the new
// decomposition can have it done by then; it moves to the decomposition's
// milestone only when its old one comes too soon (or it had none), and never
// ahead of a capability it requires.
import { isIsoDate } from "../_lib/dates.ts";
import type { CapabilityInput, Milestone, MilestoneInput } from "../model/index.ts";
import { fromVisionStart } from "./replanPath.ts";

/** The milestones after the replan, where each open capability went, and the future milestones it emptied. */
export interface PlacedPath {
  milestones: MilestoneInput[];
  /** Per open capability id: its old future milestone (if any) and the one it is on now (if it fits). */
  homes: Map<string, { from?: MilestoneInput; to?: MilestoneInput }>;
  removed: MilestoneInput[];
}

/** Places the open capabilities: see the file's comment. O(milestones + capabilities × requires), plus sorting. */
export function placeOpenCapabilities(
  milestones: readonly MilestoneInput[],
  open: readonly CapabilityInput[],
  decomposed: readonly Milestone[],
  context: { asOf: string; visionStart: string; named: ReadonlySet<string | undefined> },
): PlacedPath {
  const { asOf, visionStart, named } = context;
  const isFuture = (milestone: MilestoneInput) => isIsoDate(milestone.dueDate) && milestone.dueDate >= asOf;
  const openIds = new Set(open.map((capability) => capability.id));
  const byDate = [...milestones].filter(isFuture).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const oldHome = new Map<string, MilestoneInput>();
  for (const milestone of byDate) for (const id of milestone.capabilityIds ?? []) if (openIds.has(id) && !oldHome.has(id)) oldHome.set(id, milestone);
  const slot = new Map<string, Milestone>();
  for (const milestone of decomposed) for (const id of milestone.capabilityIds ?? []) slot.set(id, milestone);

  // Each placed capability's home: its old milestone when it is not too soon, else its slot.
  const home = new Map<string, { dueDate: string; milestone?: MilestoneInput; slot?: Milestone }>();
  for (const { id } of open) {
    const fits = slot.get(id);
    if (!fits) continue;
    const old = oldHome.get(id);
    home.set(id, old && old.dueDate >= fits.dueDate ? { dueDate: old.dueDate, milestone: old } : { dueDate: fits.dueDate, slot: fits });
  }
  // A capability never lands before one it requires: follow the later one (a pass per link in the longest chain at most).
  for (let pass = 0, changed = true; changed && pass < open.length; pass++) {
    changed = false;
    for (const capability of open) {
      const own = home.get(capability.id);
      for (const required of capability.requires ?? []) {
        const before = home.get(required);
        if (own && before && before.dueDate > own.dueDate) {
          home.set(capability.id, before);
          changed = true;
        }
      }
    }
  }

  // Kept milestones give up the open capabilities that left them; slots become new milestones or join one due the same day.
  // (A capability that follows one it requires may join a milestone it was not on.)
  const joining = new Map<MilestoneInput, string[]>();
  for (const [id, target] of home) if (target.milestone && !target.milestone.capabilityIds?.includes(id)) joining.set(target.milestone, [...(joining.get(target.milestone) ?? []), id]);
  const next = milestones.map((milestone) =>
    isFuture(milestone) && (milestone.capabilityIds?.some((id) => openIds.has(id)) || joining.has(milestone))
      ? { ...milestone, capabilityIds: [...(milestone.capabilityIds ?? []).filter((id) => !openIds.has(id) || home.get(id)?.milestone === milestone), ...(joining.get(milestone) ?? [])] }
      : milestone,
  );
  const indexOf = new Map(milestones.map((milestone, index) => [milestone, index] as const));
  const taken = new Set(milestones.map((milestone) => milestone.id));
  const placedIn = new Map<string, MilestoneInput>();
  for (const [id, target] of home) if (target.milestone) placedIn.set(id, next[indexOf.get(target.milestone)!]!);
  const slots = new Map<Milestone, CapabilityInput[]>();
  for (const capability of open) {
    const target = home.get(capability.id)?.slot;
    if (target) slots.set(target, [...(slots.get(target) ?? []), capability]);
  }
  for (const [milestone, placed] of slots) {
    const ids = placed.map((capability) => capability.id);
    const sameDay = next.findIndex((candidate) => isFuture(candidate) && candidate.dueDate === milestone.dueDate);
    let added: MilestoneInput;
    if (sameDay >= 0) next[sameDay] = added = { ...next[sameDay]!, capabilityIds: [...(next[sameDay]!.capabilityIds ?? []), ...ids] };
    else next.push((added = { ...fromVisionStart({ ...milestone, title: titleFor(milestone, placed) }, visionStart, taken), capabilityIds: ids }));
    for (const id of ids) placedIn.set(id, added);
  }
  // A future milestone this replan emptied, and no goal names, is gone; an empty one the person wrote stays as an anchor.
  const removed: MilestoneInput[] = [];
  const kept = next.filter((milestone, index) => {
    const before = milestones[index];
    const emptied = before !== undefined && isFuture(before) && (before.capabilityIds?.length ?? 0) > 0 && (milestone.capabilityIds?.length ?? 0) === 0 && !named.has(milestone.id);
    if (emptied) removed.push(before);
    return !emptied;
  });
  kept.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const homes = new Map<string, { from?: MilestoneInput; to?: MilestoneInput }>();
  for (const { id } of open) homes.set(id, { from: oldHome.get(id), to: placedIn.get(id) });
  return { milestones: kept, homes, removed };
}

/** The decomposition's "N-month milestone: A, B" title, naming only the capabilities that moved there. */
function titleFor(milestone: Milestone, placed: readonly CapabilityInput[]): string {
  const label = /^\d+-(?:month|year) milestone/.exec(milestone.title)?.[0];
  if (label === undefined) return milestone.title;
  const names = placed.slice(0, 3).map((capability) => capability.name);
  if (placed.length > 3) names.push(`${placed.length - 3} more`);
  return `${label}: ${names.join(", ")}`;
}
