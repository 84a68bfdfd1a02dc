import { defineConfig } from "vitest/config";

// Date logic must not depend on the host's zone: the suite runs once per zone.
// Chatham is UTC+12:45/+13:45 and Kolkata UTC+5:30, so an off-by-a-day slip shows.
const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];
// Zone-independent suites (bundling, examples, corpus scoring) run once, at UTC.
const ONCE = ["test/build/**", "test/examples/**", "test/eval/**"];
// Suites too slow for `npm test` (building and packing the tarball…): `npm run test:slow`
// (vitest --mode slow) runs them, once, at UTC; `npm run test:all` runs both.
const SLOW = "test/**/*.slow.test.ts";

export default defineConfig(({ mode }) => ({
  resolve: { alias: { "careerplan/occupations": new URL("./src/occupations/index.ts", import.meta.url).pathname, careerplan: new URL("./src/index.ts", import.meta.url).pathname } },
  test: {
    // Forks, not threads: worker threads share one process, so every zone would silently run as UTC.
    pool: "forks",
    projects: (mode === "slow" ? ["UTC"] : ZONES).map((zone) => ({
      extends: true,
      test: {
        name: zone,
        env: { TZ: zone },
        include: mode === "slow" ? [SLOW] : ["test/**/*.test.ts"],
        exclude: mode === "slow" ? [] : zone === "UTC" ? [SLOW] : [...ONCE, SLOW],
        setupFiles: ["test/setup/checkTimeZone.ts"],
      },
    })),
  },
}));
