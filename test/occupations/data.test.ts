import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ONET_ATTRIBUTION } from "careerplan/occupations";
import { buildOccupationData, readOccupationSources } from "../../scripts/occupations/build.ts";
import { OCCUPATION_TABLE } from "../../src/occupations/data.ts";

const committed = readFileSync(new URL("../../src/occupations/data.ts", import.meta.url), "utf8");

describe("occupation data", () => {
  it("equals what the build derives from the committed trimmed source (no drift)", () => {
    expect(buildOccupationData(readOccupationSources())).toBe(committed);
  });

  it("holds 1,016 occupations, 879 of them rated", () => {
    const lines = OCCUPATION_TABLE.split("\n");
    expect(lines).toHaveLength(1016);
    expect(lines.filter((line) => line.split("|").length === 3)).toHaveLength(879);
  });

  it("carries the licence's attribution word for word in its header", () => {
    const header = committed.split("\n").filter((line) => line.startsWith("//")).map((line) => line.slice(3)).join(" ");
    expect(header).toContain(ONET_ATTRIBUTION);
  });

  it("keeps the same attribution as the source README", () => {
    const readme = readFileSync(new URL("../../scripts/occupations/source/README.md", import.meta.url), "utf8");
    const quoted = readme.split("\n").filter((line) => line.startsWith("> ")).map((line) => line.slice(2)).join(" ");
    expect(quoted).toBe(ONET_ATTRIBUTION);
  });
});
