import { defineConfig } from "vitest/config";

// Date logic must not depend on the host's zone: the suite runs once per zone.
// Chatham is UTC+12:45/+13:45 and Kolkata UTC+5:30, so an off-by-a-day slip shows.
const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];
// Zone-independent suites (bundling, examples, corpus scoring) run once, at UTC.
const ONCE = ["test/build/**", "test/examples/**", "test/eval/**", "test/occupations/bundle.test.ts"];
// Suites that drive headless Chromium run apart from `npm test` (they take a browser and tens of seconds).
const BROWSER = ["test/browser/**"];

export default defineConfig({
  resolve: { alias: { "careerplan/occupations": new URL("./src/occupations/index.ts", import.meta.url).pathname, careerplan: new URL("./src/index.ts", import.meta.url).pathname } },
  test: {
    // Forks, not threads: worker threads share one process, so every zone would silently run as UTC.
    pool: "forks",
    projects: ZONES.map((zone) => ({
      extends: true,
      test: {
        name: zone,
        env: { TZ: zone },
        include: ["test/**/*.test.ts"],
        exclude: zone === "UTC" ? BROWSER : [...ONCE, ...BROWSER],
        setupFiles: ["test/setup/checkTimeZone.ts"],
      },
    })),
  },
});
