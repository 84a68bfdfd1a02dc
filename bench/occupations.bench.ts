import { capabilitiesForRole, findOccupations, occupationSkills } from "../src/occupations/index.ts";
import { decodeCatalog } from "../src/occupations/catalog.ts";
import { buildTitleIndex } from "../src/occupations/titleIndex.ts";
import type { BenchSuite } from "./suite.ts";

// The first search decodes the tables and builds the title index: timed once, cold, as
// an app's first call pays it (wall time, and this process's CPU time, which the other
// processes of a busy machine do not inflate).
const wall = performance.now();
const cpu = process.cpuUsage();
findOccupations("registered nurse");
const cpuUsed = process.cpuUsage(cpu);
console.log(
  `occupations: first search (decode + title index, cold) ${(performance.now() - wall).toFixed(0)} ms wall, ${((cpuUsed.user + cpuUsed.system) / 1000).toFixed(0)} ms CPU`,
);

const sentence = "I want to become an Information Technology Project Manager in 5 years";
const long = "senior data analyst with nursing and product management experience ".repeat(150).slice(0, 10_000);
const profile = { "Critical Thinking": 3, Writing: 4.5, SQL: true, Tableau: 2 };

export const suite: BenchSuite = {
  name: "occupations",
  tasks: [
    { name: "decode the catalogue (part of the first call)", fn: () => decodeCatalog() },
    { name: "build the title index, ~60,000 titles (part of the first call)", fn: () => buildTitleIndex(), itemsPerCall: 60_000 },
    { name: "findOccupations (2 words)", fn: () => findOccupations("data analyst") },
    { name: "findOccupations (abbreviation, RN)", fn: () => findOccupations("RN") },
    { name: "findOccupations (a sentence)", fn: () => findOccupations(sentence) },
    { name: "findOccupations (10,000 characters)", fn: () => findOccupations(long), itemsPerCall: 10_000 },
    { name: "occupationSkills (rated)", fn: () => occupationSkills("15-1299.09") },
    { name: "capabilitiesForRole (a code)", fn: () => capabilitiesForRole("15-2051.01") },
    { name: "capabilitiesForRole (from a nurse, with a profile)", fn: () => capabilitiesForRole("15-2051.01", { from: "29-1141.00", profile }) },
  ],
};
