// Bundles a one-line entry the way an app's bundler would, to measure what
// importing a few names really costs.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BundleReport {
  code: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** Bundles `export { <names> } from "careerplan"` (from src), minified. */
export async function bundleNames(names: string[], options: { external?: string[]; from?: string } = {}): Promise<BundleReport> {
  const from = options.from ?? "careerplan";
  const result = await build({
    stdin: { contents: names.length === 1 && names[0] === "*" ? `export * from "${from}";` : `export { ${names.join(", ")} } from "${from}";`, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    treeShaking: true,
    alias: { careerplan: `${ROOT}src/index.ts`, "careerplan/occupations": `${ROOT}src/occupations/index.ts` },
    external: options.external ?? [],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, minifiedBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

/** Whether a bundle carries zod (its core's error class and type registry). */
export function containsZod(code: string): boolean {
  return code.includes("$ZodError") || code.includes("ZodError") || code.includes("$ZodType");
}
