// A milestone being filled by decomposeVision, and how it reads once filled. Private.
import type { CapabilityInput, IsoDate, Milestone } from "../model/index.ts";

/** A kept horizon (or `final`, the target date) and the capabilities placed there so far. */
export interface Slot {
  horizon: string;
  months: number;
  dueDate: IsoDate;
  placed: CapabilityInput[];
}

/** The milestone of a filled slot: id, readable title, date, horizon and capability ids. */
export function toMilestone({ horizon, months, dueDate, placed }: Slot, statement: string): Milestone {
  const title = horizon === "final" ? finalTitle(statement) : horizonTitle(months, placed);
  return { id: `m-${horizon}`, title, dueDate, horizon, capabilityIds: placed.map((capability) => capability.id) };
}

function finalTitle(statement: string): string {
  const text = statement.trim();
  return text === "" ? "Vision" : `Vision: ${text}`;
}

// "6-month milestone: A, B, C, 2 more"; whole years read as "2-year milestone".
function horizonTitle(months: number, placed: readonly CapabilityInput[]): string {
  const label = `${months % 12 === 0 ? `${months / 12}-year` : `${months}-month`} milestone`;
  const names = placed.slice(0, 3).map((capability) => capability.name);
  if (placed.length > 3) names.push(`${placed.length - 3} more`);
  return names.length === 0 ? label : `${label}: ${names.join(", ")}`;
}
