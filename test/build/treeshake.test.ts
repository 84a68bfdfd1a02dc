// A quick source-level guard for `npm test`: no plain function may import zod.
// What users get is proven on the packed tarball (tarball.slow.test.ts, with
// the size budgets); this catches a stray zod import without building.
import * as api from "careerplan";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleNames, containsZod, isZodSchema, ZOD_FUNCTIONS } from "./bundle.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FROM_SOURCE = { resolveDir: ROOT, alias: { careerplan: `${ROOT}src/index.ts` } };
const PLAIN_EXPORTS = Object.entries(api)
  .filter(([name, value]) => !isZodSchema(value) && !ZOD_FUNCTIONS.has(name))
  .map(([name]) => name);

describe("tree-shaking the sources", () => {
  it("finds zod in parsePlan's bundle (the probe works)", async () => {
    const { code } = await bundleNames(["parsePlan"], FROM_SOURCE);
    expect(containsZod(code)).toBe(true);
  });

  it("has the plain functions to check", () => {
    expect(PLAIN_EXPORTS).toEqual(expect.arrayContaining(["allocateEffort", "checkSmart", "checkAlignment", "scheduleReviews"]));
  });

  it.each(PLAIN_EXPORTS)("bundles %s without zod", async (name) => {
    const { code } = await bundleNames([name], FROM_SOURCE);
    expect(containsZod(code)).toBe(false);
  });
});
