// A milestone being filled by decomposeVision, and how it reads once filled. Private.
import type { CapabilityInput, IsoDate, Milestone } from "../model/index.ts";

/** A kept horizon (or the final date) and the capabilities placed there so far. */
export interface Slot {
  id: string;
  horizon: string;
  months: number;
  dueDate: IsoDate;
  placed: CapabilityInput[];
}

/** The milestone of a filled slot: id, readable title, date, horizon and capability ids. */
export function toMilestone(slot: Slot, statement: string): Milestone {
  const capabilityIds = slot.placed.map((capability) => capability.id);
  let title: string;
  if (slot.horizon === "final") title = statement.trim() === "" ? "Vision" : `Vision: ${statement.trim()}`;
  else {
    const label = slot.months % 12 === 0 ? `${slot.months / 12}-year milestone` : `${slot.months}-month milestone`;
    const names = slot.placed.slice(0, 3).map((capability) => capability.name);
    if (slot.placed.length > 3) names.push(`${slot.placed.length - 3} more`);
    title = names.length === 0 ? label : `${label}: ${names.join(", ")}`;
  }
  return { id: slot.id, title, dueDate: slot.dueDate, horizon: slot.horizon, capabilityIds };
}
