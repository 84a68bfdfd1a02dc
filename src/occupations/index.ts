/**
 * `careerplan/occupations`: an embedded, offline default of what a destination role
 * needs — the titles people use, skills, knowledge, technologies and Job Zones —
 * built from the O*NET® 29.0, 29.3 and 30.0 Databases (a separate entry point, so
 * the core bundle does not carry its data).
 *
 * This product includes information from the O*NET 29.0, 29.3 and 30.0 Databases by
 * the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA).
 * Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. careerplan has
 * modified all or some of this information. USDOL/ETA has not approved, endorsed, or
 * tested these modifications. (Each release's attribution: {@link ONET_ATTRIBUTIONS}.)
 *
 * @module careerplan/occupations
 */
export { ONET_ATTRIBUTION, ONET_ATTRIBUTIONS } from "./attribution.ts";
export { findOccupations } from "./findOccupations.ts";
export type { FindOccupationsOptions, OccupationMatch } from "./findOccupations.ts";
export type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";
export type { OccupationTechnology } from "./technologies.ts";
export type { JobZone } from "./jobZones.ts";
export { occupationSkills } from "./occupationSkills.ts";
export type { OccupationSkillsOptions, OccupationSkillsResult } from "./occupationSkills.ts";
export { capabilitiesForRole } from "./capabilitiesForRole.ts";
export type {
  CapabilitiesForRoleOptions,
  CapabilitiesForRoleResult,
  CapabilityCounts,
  CapabilitySource,
  RoleCapability,
  RoleRequirement,
  SkillGap,
} from "./capabilitiesForRole.ts";
