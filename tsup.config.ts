import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

// The library ships one output module per source module, in ESM and CJS, so an
// app's bundler sees the same module graph as src/ and `sideEffects: false`
// lets it drop every module the app does not use (a single dist/index.js would
// keep all module-level code, zod schemas included, for any one import).
const LIBRARY_MODULES = ["src/**/*.ts", "!src/cli/**"];

/**
 * Keeps each source module's relative imports as imports of its built sibling:
 * the sources import `./x.ts` (allowImportingTsExtensions), which becomes
 * `./x.js` in the ESM build and `./x.cjs` in the CJS build. esbuild's own
 * `bundle: false` would leave the `.ts` paths in place, so the build bundles
 * each entry with every relative import marked external and renamed.
 */
function siblingImports(): Plugin {
  return {
    name: "careerplan-sibling-imports",
    setup(build) {
      const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (!args.path.endsWith(".ts")) throw new Error(`${args.importer}: import "${args.path}" must name a .ts module`);
        return { path: `${args.path.slice(0, -".ts".length)}${extension}`, external: true };
      });
    },
  };
}

// Errors only: listing 400 files on every `npm ci` (prepare) buries what matters.
// (tsup keeps one global log switch, so both builds must say it.)
const QUIET = { silent: true };

export default defineConfig([
  {
    ...QUIET,
    entry: LIBRARY_MODULES,
    format: ["esm", "cjs"],
    outDir: "dist",
    bundle: true,
    splitting: false,
    esbuildPlugins: [siblingImports()],
    sourcemap: true,
    target: "es2022",
    // Declarations are bundled per public entry point: types cost users nothing at run time.
    dts: {
      entry: { index: "src/index.ts", "occupations/index": "src/occupations/index.ts" },
      compilerOptions: { ignoreDeprecations: "6.0" },
    },
  },
  {
    // The `careerplan` command: one ESM file, with its shebang kept from src/cli/main.ts.
    ...QUIET,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    treeshake: true,
  },
]);
