// A browser app bundling careerplan or careerplan/occupations must not meet a
// Node built-in: the entries a bundler picks from the packed tarball (import
// and require conditions), followed through every file they import, including
// the dependencies, import no `node:` module and no bare built-in name.
import { builtinModules } from "node:module";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import type { InstalledPackage } from "./harness.ts";

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const ENTRIES = ["careerplan", "careerplan/occupations"] as const;
// How an app reaches the entry: esbuild picks the file from package.json's exports as a bundler does.
const IMPORTED_BY = {
  import: (entry: string) => `export * from ${JSON.stringify(entry)};`,
  require: (entry: string) => `module.exports = require(${JSON.stringify(entry)});`,
};

/** Every import reached from the code whose target is a Node built-in, as "file → specifier". */
async function builtinImports(installed: InstalledPackage, contents: string): Promise<string[]> {
  const { metafile } = await build({
    stdin: { contents, resolveDir: installed.project, sourcefile: "app.js", loader: "js" },
    absWorkingDir: installed.project,
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "esm",
    logLevel: "silent",
    // Kept out of the bundle but listed, so the test names each one instead of failing to resolve it.
    external: [...BUILTINS],
  });
  return Object.entries(metafile.inputs).flatMap(([file, { imports }]) =>
    imports.filter((imported) => imported.path.startsWith("node:") || BUILTINS.has(imported.path)).map((imported) => `${file} → ${imported.original ?? imported.path}`),
  );
}

describe("the built entries a browser app imports", () => {
  const installed = inject("careerplanInstall");

  const cases = ENTRIES.flatMap((entry) => (["import", "require"] as const).map((condition) => ({ entry, condition })));
  it.each(cases)("$entry ($condition) imports no Node built-in, directly or through its imports", async ({ entry, condition }) => {
    const found = await builtinImports(installed, IMPORTED_BY[condition](entry));
    expect(found).toEqual([]);
  });

  it("reaches the installed package's dist, not this repository's source", async () => {
    const { metafile } = await build({ stdin: { contents: IMPORTED_BY.import("careerplan/occupations"), resolveDir: installed.project }, absWorkingDir: installed.project, bundle: true, write: false, metafile: true, platform: "browser", logLevel: "silent" });
    expect(Object.keys(metafile.inputs).some((file) => file.startsWith("node_modules/careerplan/dist/"))).toBe(true);
  });

  it("finds a Node built-in when a file imports one (the probe works)", async () => {
    const probe = 'import { readFileSync } from "node:fs";\nimport path from "path";\nexport const read = () => readFileSync(path.join("a", "b"));\n';
    expect(await builtinImports(installed, probe)).toEqual(["app.js → node:fs", "app.js → path"]);
  });
});
