import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ONET_ATTRIBUTION, ONET_ATTRIBUTIONS } from "careerplan/occupations";
import { buildOccupationData, readOccupationSources } from "../../scripts/occupations/build.ts";
import { OCCUPATION_TABLE, OCCUPATION_TECHNOLOGIES, TITLE_TABLE } from "../../src/occupations/data.ts";
import { unmark } from "../../src/occupations/encoding.ts";

const committed = readFileSync(new URL("../../src/occupations/data.ts", import.meta.url), "utf8");

describe("occupation data", () => {
  it("equals what the build derives from the committed trimmed source (no drift)", () => {
    expect(buildOccupationData(readOccupationSources())).toBe(committed);
  });

  it("holds 1,016 occupations, 879 rated for skills and knowledge, 923 with a Job Zone", () => {
    const rows = OCCUPATION_TABLE.split("\n").map((line) => line.split("|"));
    expect(rows).toHaveLength(1016);
    expect(rows.filter((row) => row[3] !== "")).toHaveLength(879);
    expect(rows.filter((row) => row[4] !== "")).toHaveLength(879);
    expect(rows.filter((row) => row[2] !== "")).toHaveLength(923);
  });

  it("holds the titles people use for every occupation, marks and all decoded", () => {
    const lines = TITLE_TABLE.split("\n").map(unmark);
    expect(lines).toHaveLength(1016);
    const titles = lines.flatMap((line) => (line === "" ? [] : line.split("|")));
    expect(titles.length).toBeGreaterThan(55_000);
    expect(titles).toContain("Technical Product Manager");
    expect(titles).toContain("Health Data Analyst");
    expect(titles.every((title) => title.trim() === title && title !== "" && !/[~^@#%*!;\t]/.test(title))).toBe(true);
  });

  it("holds the technologies of the 923 occupations O*NET lists them for (rare ones pruned, never an occupation's last)", () => {
    expect(OCCUPATION_TECHNOLOGIES.split("\n").filter((line) => line !== "")).toHaveLength(923);
  });

  it("carries each release's attribution word for word in its header", () => {
    const header = committed.split("\n").filter((line) => line.startsWith("//")).map((line) => line.slice(3)).join(" ");
    expect(ONET_ATTRIBUTIONS).toHaveLength(3);
    for (const attribution of ONET_ATTRIBUTIONS) expect(header).toContain(attribution);
    expect(ONET_ATTRIBUTION).toBe(ONET_ATTRIBUTIONS.join("\n\n"));
  });

  it("keeps the same attributions as the source README", () => {
    const readme = readFileSync(new URL("../../scripts/occupations/source/README.md", import.meta.url), "utf8");
    const quoted = readme.split("\n\n").filter((block) => block.startsWith("> ")).map((block) => block.split("\n").map((line) => line.slice(2)).join(" ").trim());
    expect(quoted).toEqual([...ONET_ATTRIBUTIONS]);
  });
});
