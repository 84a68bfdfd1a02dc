import { defineConfig } from "vitest/config";

// The browser suite (`npm run test:browser`): packs the package, installs the
// tarball, bundles programs with esbuild and runs them in headless Chromium.
// It takes tens of seconds, so `npm test` leaves it out and CI runs it on its own.
export default defineConfig({
  // Programs also run in Node from source, to compare with what the browser got.
  resolve: { alias: { "careerplan/occupations": new URL("./src/occupations/index.ts", import.meta.url).pathname, careerplan: new URL("./src/index.ts", import.meta.url).pathname } },
  test: {
    name: "browser",
    pool: "forks",
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
