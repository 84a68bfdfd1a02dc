// A milestone being filled by decomposeVision, and how it reads once filled:
// an outcome ("System design practice in place; 3 competitive analysis
// reports"), never a horizon label ("6-month milestone"). Private.
import type { CapabilityInput, IsoDate, Milestone } from "../model/index.ts";
import { capitalized, evidencePhrase, inSentence, natureOf } from "./capabilityNature.ts";

/** A kept horizon, a date a capability is pinned to, or `final` (the target date), with the capabilities placed there. */
export interface Slot {
  id: string;
  horizon: string;
  dueDate: IsoDate;
  /** Days from the start date. */
  dueDay: number;
  final: boolean;
  placed: CapabilityInput[];
  /** For an empty slot: the capability under way at its date, if any. */
  underWay?: CapabilityInput | undefined;
}

const SHOWN = 2; // outcomes named in a title before "and N more"

/** The milestone of a filled slot: id, outcome title, date, horizon and capability ids. */
export function toMilestone(slot: Slot, statement: string, destination: string | undefined): Milestone {
  return { id: slot.id, title: titleOf(slot, statement, destination), dueDate: slot.dueDate, horizon: slot.horizon, capabilityIds: slot.placed.map((capability) => capability.id) };
}

function titleOf({ final, placed, underWay }: Slot, statement: string, destination: string | undefined): string {
  if (final) {
    const text = statement.trim();
    return text === "" ? "Vision reached" : `Vision: ${text}`;
  }
  if (placed.length === 0) {
    if (underWay !== undefined) return `${capitalized(underWay.name.trim() || underWay.id)} under way`;
    return `Check-in on the way to ${destination?.trim() || "the vision"}`;
  }
  const outcomes = placed.slice(0, SHOWN).map((capability, index) => outcomeOf(capability, index > 0));
  if (placed.length > SHOWN) outcomes.push(`${placed.length - SHOWN} more`);
  // Counted evidence reads as the milestone's indicators: "3 competitive analysis reports".
  const counts = placed.map((capability) => evidencePhrase(capability.evidence)).filter((text): text is string => text !== undefined && /^\d/.test(text));
  return [outcomes.join(", "), ...counts.slice(0, SHOWN)].join("; ");
}

/** What a capability looks like once reached: "System design practice in place", "SQL in use", "Land a PM role". */
export function outcomeOf(capability: CapabilityInput, midSentence = false): string {
  const nature = natureOf(capability);
  const raw = capability.name.trim() || capability.id;
  const name = midSentence ? inSentence(raw, nature) : capitalized(raw);
  switch (nature) {
    case "outcome":
      return name;
    case "technology":
      return `${name} in use`;
    case "knowledge":
      return /\b(knowledge|literacy|understanding)$/i.test(name) ? `${name} in place` : `${name} knowledge in place`;
    default:
      return /\b(practice|skills?)$/i.test(name) ? `${name} in place` : `${name} practice in place`;
  }
}
