import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", occupations: "src/occupations/index.ts" },
    format: ["esm", "cjs"],
    // Without splitting, module-level zod schemas drag all of zod into every import.
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    target: "es2022",
    treeshake: true,
  },
  {
    // The `careerplan` command: ESM only, with its shebang kept from src/cli/main.ts.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    treeshake: true,
  },
]);
