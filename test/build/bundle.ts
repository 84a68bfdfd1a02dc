// Bundles a one-line entry the way an app's bundler would, to measure what
// importing a few names really costs.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  code: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export interface BundleOptions {
  /** The folder `careerplan` is resolved from: a project with the tarball installed, or the repository. */
  resolveDir: string;
  /** The module to import from (default `careerplan`). */
  from?: string;
  /** Packages left out of the bundle (default: none, every dependency is bundled). */
  external?: string[];
  /** Module aliases, e.g. `careerplan` → `src/index.ts` for a source-level check. */
  alias?: Record<string, string>;
}

/** Bundles `export { <names> } from "careerplan"` (`["*"]`: everything) for the browser, minified. */
export async function bundleNames(names: string[], options: BundleOptions): Promise<BundleReport> {
  const from = options.from ?? "careerplan";
  const contents = names.length === 1 && names[0] === "*" ? `export * from "${from}";` : `export { ${names.join(", ")} } from "${from}";`;
  const result = await build({
    stdin: { contents, resolveDir: options.resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    treeShaking: true,
    alias: options.alias ?? {},
    external: options.external ?? [],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, minifiedBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

/**
 * Whether a bundle carries zod: zod names its classes with strings
 * (`$constructor("$ZodType", …)`, `"ZodError"`), which minifying keeps.
 */
export function containsZod(code: string): boolean {
  return code.includes("$ZodType") || code.includes("ZodError");
}

/** Whether a runtime export is a zod schema (zod 4 schemas carry their internals on `_zod`). */
export function isZodSchema(value: unknown): boolean {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/** Exports that build or use zod schemas on purpose, so they may carry zod. */
export const ZOD_FUNCTIONS = new Set(["parsePlan", "planJsonSchema"]);
