import { defineConfig } from "vitest/config";

// Date logic must not depend on the host's zone: the suite runs once per zone.
// Chatham is UTC+12:45/+13:45 and Kolkata UTC+5:30, so an off-by-a-day slip shows.
const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];
// Zone-independent suites (bundling, examples, corpus scoring) run once, at UTC.
const ONCE = ["test/build/**", "test/examples/**", "test/eval/**", "test/docs/**"];
// Suites too slow for `npm test` (building and packing the tarball…): `npm run test:slow`
// (vitest --mode slow) runs them, once, at UTC; `npm run test:all` runs both.
const SLOW = "test/**/*.slow.test.ts";
// test/browser runs on its own: `npm run test:browser` (vitest.browser.config.ts).
const BROWSER = "test/browser/**";

export default defineConfig(({ mode }) => ({
  resolve: { alias: { "careerplan/occupations": new URL("./src/occupations/index.ts", import.meta.url).pathname, careerplan: new URL("./src/index.ts", import.meta.url).pathname } },
  test: {
    // Forks, not threads: worker threads share one process, so every zone would silently run as UTC.
    pool: "forks",
    // One module graph per worker instead of one per test file: loading the
    // sources again for each of 60 files × 4 zones took two thirds of `npm test`'s
    // CPU time. Sound because the library keeps no module-level state and the
    // tests mock nothing; each zone still runs in its own processes.
    isolate: false,
    projects: (mode === "slow" ? ["UTC"] : ZONES).map((zone) => ({
      extends: true,
      test: {
        name: zone,
        env: { TZ: zone },
        include: mode === "slow" ? [SLOW] : ["test/**/*.test.ts"],
        exclude: [BROWSER, ...(mode === "slow" ? [] : zone === "UTC" ? [SLOW] : [...ONCE, SLOW])],
        setupFiles: ["test/setup/checkTimeZone.ts"],
      },
    })),
  },
}));
