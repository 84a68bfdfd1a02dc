/** The attribution of one O*NET® release, word for word as its licence (CC BY 4.0) asks. */
function attribution(release: string): string {
  return (
    `This product includes information from the O*NET ${release} Database by the U.S. Department of ` +
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. " +
    "O*NET® is a trademark of USDOL/ETA. careerplan has modified all or some of this information. " +
    "USDOL/ETA has not approved, endorsed, or tested these modifications."
  );
}

/**
 * The attributions the O*NET® licence (CC BY 4.0) asks for, one per release the data
 * comes from, word for word: 29.0 (skills, occupations), 29.3 (knowledge, reported
 * titles) and 30.0 (alternate titles, technologies, job zones).
 *
 * @example
 * ```ts
 * import { ONET_ATTRIBUTIONS } from "careerplan/occupations";
 *
 * ONET_ATTRIBUTIONS.map((text) => text.slice(0, 53));
 * //=> ["This product includes information from the O*NET 29.0",
 * //    "This product includes information from the O*NET 29.3",
 * //    "This product includes information from the O*NET 30.0"]
 * ```
 *
 * @category Occupations
 */
export const ONET_ATTRIBUTIONS: readonly string[] = Object.freeze(["29.0", "29.3", "30.0"].map(attribution));

/**
 * The attribution to show wherever an app displays skills, knowledge, technologies or
 * occupations that come from `careerplan/occupations`: the three releases'
 * attributions (see {@link ONET_ATTRIBUTIONS}), one paragraph each.
 *
 * @example
 * ```ts
 * import { ONET_ATTRIBUTION } from "careerplan/occupations";
 *
 * ONET_ATTRIBUTION.startsWith("This product includes information from the O*NET 29.0 Database");
 * //=> true
 * ```
 *
 * @category Occupations
 */
export const ONET_ATTRIBUTION: string = ONET_ATTRIBUTIONS.join("\n\n");
