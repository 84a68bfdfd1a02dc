// The library as users run it: src/ bundled by esbuild into one ES module
// (dependencies left as imports), loaded once per process. Under tsx every
// cross-module binding is read through a getter, which added about 100 µs to a
// 25 µs checkAlignment call on a 5-goal plan: the suites that measure
// per-call costs measure this build instead, so the figures are the library's.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const result = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", packages: "external", write: false, logLevel: "silent" });
// Beside node_modules, so the bundle's imports of zod and date-fns resolve.
// (node_modules/.cache exists only once some tool has cached there: a fresh clone has none.)
const cache = fileURLToPath(new URL("../node_modules/.cache/", import.meta.url));
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, "careerplan-bench-"));
const file = join(folder, "careerplan.mjs");
writeFileSync(file, result.outputFiles[0]!.text);

/** The built library's exports (same API as `src/index.ts`). */
export const careerplan = (await import(pathToFileURL(file).href)) as typeof import("../src/index.ts");
