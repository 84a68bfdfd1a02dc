/**
 * `careerplan/occupations`: an embedded, offline default of what a destination role
 * needs, built from the O*NET® 29.0 Database (a separate entry point, so the core
 * bundle does not carry its data).
 *
 * This product includes information from the O*NET 29.0 Database by the U.S. Department of
 * Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.
 * O*NET® is a trademark of USDOL/ETA. careerplan has modified all or some of this information.
 * USDOL/ETA has not approved, endorsed, or tested these modifications.
 *
 * @module careerplan/occupations
 */
export { ONET_ATTRIBUTION } from "./attribution.ts";
export { findOccupations } from "./findOccupations.ts";
export type { FindOccupationsOptions, OccupationMatch } from "./findOccupations.ts";
export type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";
export { occupationSkills } from "./occupationSkills.ts";
export type { OccupationSkillsOptions, OccupationSkillsResult } from "./occupationSkills.ts";
export { capabilitiesForRole } from "./capabilitiesForRole.ts";
export type { CapabilitiesForRoleOptions, CapabilitiesForRoleResult, SkillGap } from "./capabilitiesForRole.ts";
