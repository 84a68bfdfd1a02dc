import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", occupations: "src/occupations/index.ts" },
  format: ["esm", "cjs"],
  // Without splitting, module-level zod schemas drag all of zod into every import.
  splitting: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
