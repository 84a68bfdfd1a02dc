/**
 * The attribution the O*NET® 29.0 Database licence (CC BY 4.0) asks for, word for word.
 *
 * Show it wherever an app displays skills or occupations that come from
 * `careerplan/occupations`.
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
export const ONET_ATTRIBUTION =
  "This product includes information from the O*NET 29.0 Database by the U.S. Department of " +
  "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. " +
  "O*NET® is a trademark of USDOL/ETA. careerplan has modified all or some of this information. " +
  "USDOL/ETA has not approved, endorsed, or tested these modifications.";
