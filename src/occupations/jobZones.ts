import type { CatalogEntry } from "./catalog.ts";

/**
 * An O*NET® Job Zone: how much preparation (education, experience, training) an
 * occupation needs, from 1 (little or none) to 5 (extensive).
 *
 * @example
 * ```ts
 * const zone: JobZone = { zone: 4, name: "Considerable Preparation Needed", preparation: "most need a four-year bachelor's degree and several years of work-related experience" };
 * ```
 *
 * @category Occupations
 */
export interface JobZone {
  /** 1 to 5. */
  zone: number;
  /** O*NET's name of the zone, e.g. `"Considerable Preparation Needed"`. */
  name: string;
  /** What it usually takes, after O*NET's description of the zone. */
  preparation: string;
}

const ZONES: readonly Omit<JobZone, "zone">[] = [
  { name: "Little or No Preparation Needed", preparation: "a high school diploma may be needed, and a few days to a few months of training" },
  { name: "Some Preparation Needed", preparation: "usually a high school diploma, some work-related experience, and a few months to a year of training" },
  { name: "Medium Preparation Needed", preparation: "usually vocational training, on-the-job experience or an associate's degree, and one to two years of training" },
  { name: "Considerable Preparation Needed", preparation: "most need a four-year bachelor's degree and several years of work-related experience" },
  { name: "Extensive Preparation Needed", preparation: "most need a graduate degree and extensive skill, knowledge and experience" },
];

/** The Job Zone of an occupation, when O*NET 30.0 rates it. */
export function jobZone(entry: CatalogEntry | undefined): JobZone | undefined {
  const zone = entry?.jobZone;
  return zone === undefined ? undefined : { zone, ...ZONES[zone - 1]! };
}
