// The O*NET data ships only through careerplan/occupations: the root entry must
// bundle none of it, and the subpath's own cost stays under its budget.
import { describe, expect, it } from "vitest";
import { bundleNames } from "../build/bundle.ts";

// Text only the generated data module holds: a title, the table's field layout, an alternate title.
const DATA_MARKERS = ["Actuaries", "11-1011.00|Chief Executives", "Scrum Master"];
const BUDGET = 400_000;

describe("occupations bundle", () => {
  it('bundles checkSmart and the whole root entry from "careerplan" without the O*NET data', async () => {
    for (const names of [["checkSmart"], ["*"]]) {
      const { code } = await bundleNames(names);
      for (const marker of DATA_MARKERS) expect(code).not.toContain(marker);
    }
  });

  it(`bundles the whole occupations entry (the probe works) in at most ${BUDGET / 1000} kB minified and gzipped`, async () => {
    const { code, minifiedBytes, gzipBytes } = await bundleNames(["findOccupations", "occupationSkills", "capabilitiesForRole", "ONET_ATTRIBUTION", "ONET_ATTRIBUTIONS"], { from: "careerplan/occupations" });
    for (const marker of DATA_MARKERS) expect(code).toContain(marker);
    console.log(`careerplan/occupations (all): ${minifiedBytes} B minified, ${gzipBytes} B gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET);
  });
});
