// The O*NET data ships only through careerplan/occupations: the root entry must
// bundle none of it, and the subpath's own cost stays under its budget.
import { describe, expect, it } from "vitest";
import { bundleNames } from "../build/bundle.ts";

// A title and the table's field layout that only the generated data module holds.
const DATA_MARKERS = ["Actuaries", "11-1011.00|Chief Executives"];

describe("occupations bundle", () => {
  it('bundles checkSmart from "careerplan" without the O*NET data', async () => {
    const { code } = await bundleNames(["checkSmart"]);
    for (const marker of DATA_MARKERS) expect(code).not.toContain(marker);
  });

  it("bundles findOccupations with the data (the probe works) in under 60 kB minified and gzipped", async () => {
    const { code, minifiedBytes, gzipBytes } = await bundleNames(["findOccupations"], { from: "careerplan/occupations" });
    for (const marker of DATA_MARKERS) expect(code).toContain(marker);
    console.log(`careerplan/occupations (findOccupations): ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(gzipBytes).toBeLessThan(60_000);
  });

  it("bundles the whole occupations entry in under 60 kB minified and gzipped", async () => {
    const { minifiedBytes, gzipBytes } = await bundleNames(["findOccupations", "occupationSkills", "capabilitiesForRole", "ONET_ATTRIBUTION"], { from: "careerplan/occupations" });
    console.log(`careerplan/occupations (all): ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(gzipBytes).toBeLessThan(60_000);
  });
});
