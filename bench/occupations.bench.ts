import { capabilitiesForRole, findOccupations, occupationSkills } from "../src/occupations/index.ts";
import { decodeCatalog } from "../src/occupations/catalog.ts";
import type { BenchSuite } from "./suite.ts";

const sentence = "I want to become an Information Technology Project Manager in 5 years";
const profile = { "Critical Thinking": 3, Writing: 4.5, Speaking: 3, "Active Listening": 3.5 };

export const suite: BenchSuite = {
  name: "occupations",
  tasks: [
    { name: "decode the catalogue (the first call's one-off cost)", fn: () => decodeCatalog() },
    { name: "findOccupations (2 words, 1,016 titles)", fn: () => findOccupations("software developer"), itemsPerCall: 1016 },
    { name: "findOccupations (a sentence)", fn: () => findOccupations(sentence), itemsPerCall: 1016 },
    { name: "occupationSkills (rated)", fn: () => occupationSkills("15-1299.09") },
    { name: "occupationSkills (fallback)", fn: () => occupationSkills("15-1252.00") },
    { name: "capabilitiesForRole (top 8, profile)", fn: () => capabilitiesForRole("15-1299.09", { top: 8, profile }) },
  ],
};
