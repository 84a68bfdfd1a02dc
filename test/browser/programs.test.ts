// careerplan works in a real browser, as an app gets it: each program below is
// bundled by esbuild from the packed tarball (imports by package name) and run
// in headless Chromium; the page writes its result as JSON and the test reads it.
// To add a program: write test/browser/programs/<name>.ts (its default export
// returns JSON-safe data) and add a row to PROGRAMS with what its result must show.
import { fileURLToPath } from "node:url";
import { ROOT } from "../build/tarball.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "./harness.ts";
import type allocation from "./programs/allocation.ts";
import type newPlan from "./programs/create-plan.ts";
import type occupations from "./programs/occupations.ts";
import type planCheck from "./programs/plan-check.ts";
import type reviewCalendar from "./programs/review-calendar.ts";
import type smartCheck from "./programs/smart-check.ts";

interface BrowserProgram {
  /** Its file in test/browser/programs/, without ".ts". */
  name: string;
  /** What the program's result must show in the browser. */
  check(result: unknown): void;
}

const PROGRAMS: BrowserProgram[] = [
  {
    name: "create-plan",
    check(result) {
      const made = result as ReturnType<typeof newPlan>;
      expect(made).toMatchObject({ parses: true, errors: 0, alignment: { ok: true, warnings: [] }, buckets: ["auxiliary", "core", "exploratory"] });
      expect(made.milestones.at(-1)!.dueDate).toBe("2029-11-23");
      for (const milestone of made.milestones) expect(milestone.title).not.toMatch(/\d+-(month|year) milestone/);
      expect(made.tasks).toBeGreaterThan(0);
      expect(made.longestTask).toBeLessThanOrEqual(60);
    },
  },
  {
    name: "smart-check",
    check(result) {
      const [vague, smart] = result as ReturnType<typeof smartCheck>;
      expect(vague).toMatchObject({ ok: false, deadline: null, verdicts: { specific: "fail", measurable: "fail", timeBound: "fail" } });
      expect(vague!.codes).toEqual(expect.arrayContaining(["smart/not-specific", "smart/not-measurable", "smart/not-time-bound"]));
      expect(smart).toMatchObject({ ok: true, deadline: "2027-03-31", verdicts: { specific: "pass", measurable: "pass", timeBound: "pass" }, codes: [] });
    },
  },
  {
    name: "allocation",
    check(result) {
      const { planned, logged } = result as ReturnType<typeof allocation>;
      expect(planned).toEqual({ core: 270, auxiliary: 60, exploratory: 30, unallocatedMinutes: 0 });
      expect(logged.withinTolerance).toBe(false);
      expect(logged.codes).toContain("allocation/drift");
      expect(logged.rebalance).toEqual([
        { from: "auxiliary", to: "core", minutes: 60 },
        { from: "exploratory", to: "core", minutes: 60 },
      ]);
    },
  },
  {
    name: "review-calendar",
    check(result) {
      const calendar = result as ReturnType<typeof reviewCalendar>;
      expect(calendar.events.map((event) => event.date)).toEqual(["2026-04-05", "2026-07-05", "2026-10-05", "2027-01-05"]);
      expect(calendar.events.at(-1)!.kinds).toEqual(["quarterly", "canvas", "vision"]);
      expect(calendar).toMatchObject({ firstLine: "BEGIN:VCALENDAR", endsWithCrlf: true, bareLineFeeds: false, vevents: 4 });
      expect(calendar.longestLineOctets).toBeLessThanOrEqual(75);
      expect(calendar.startDates).toEqual(["DTSTART;VALUE=DATE:20260405", "DTSTART;VALUE=DATE:20260705", "DTSTART;VALUE=DATE:20261005", "DTSTART;VALUE=DATE:20270105"]);
    },
  },
  {
    name: "occupations",
    check(result) {
      const found = result as ReturnType<typeof occupations>;
      expect(found.role).toEqual({ code: "15-1299.09", title: "Information Technology Project Managers" });
      expect(found.capabilities).toHaveLength(6);
      for (const capability of found.capabilities) {
        expect(capability.effortHours).toBeGreaterThan(0);
        expect(["core", "auxiliary", "exploratory"]).toContain(capability.kind);
      }
      expect(found.codes).toEqual([]);
    },
  },
  {
    name: "plan-check",
    check(result) {
      const report = result as ReturnType<typeof planCheck>;
      expect(report).toMatchObject({ parsed: true, ok: true });
      if (!("score" in report)) throw new Error("the plan did not parse");
      expect(report.score).toBeGreaterThan(0);
      expect(report.score).toBeLessThan(1);
      expect(report.issues).toContainEqual({ code: "milestone/unsupported", severity: "warning", path: ["milestones", 2] });
      expect(report.issues.every((issue) => issue.severity !== "error")).toBe(true);
      expect(report.brokenDate).toEqual([{ code: "schema/invalid", path: ["goals", 0, "dueDate"] }]);
    },
  },
];

// A user's browser can be in any zone: dates must not move with it (Chatham is UTC+12:45/+13:45).
const BROWSER_ZONES = ["UTC", "Pacific/Chatham"];

const programFile = (name: string) => fileURLToPath(new URL(`./programs/${name}.ts`, import.meta.url));

describe("careerplan in headless Chromium, from the packed tarball", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession(inject("careerplanInstall"));
  });
  afterAll(async () => {
    await session?.close();
  });

  const cases = PROGRAMS.flatMap((program) => BROWSER_ZONES.map((timeZone) => ({ ...program, timeZone })));
  it.each(cases)("runs $name from the installed package in $timeZone and gives what Node gives from source", async ({ name, check, timeZone }) => {
    const { result, bundle, blockedRequests, consoleErrors } = await session.run(programFile(name), { timeZone });
    check(result);
    const program = (await import(`./programs/${name}.ts`)) as { default: () => unknown };
    expect(result).toEqual(JSON.parse(JSON.stringify(await program.default())));
    // Bundled from the tarball's dist, never from this repository's source.
    expect(bundle.inputs.some((input) => input.startsWith(`${session.installed.packageDir}/dist/`))).toBe(true);
    expect(bundle.inputs.filter((input) => input.startsWith(`${ROOT}src/`))).toEqual([]);
    expect(blockedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("runs the page in the zone it is given (the probe works)", async () => {
    const { result } = await session.run(fileURLToPath(new URL("./probes/time-zone.ts", import.meta.url)), { timeZone: "Pacific/Chatham" });
    expect(result).toBe("Pacific/Chatham");
  });

  it("fails with the page's error when a program throws (the probe works)", async () => {
    await expect(session.run(fileURLToPath(new URL("./probes/throws.ts", import.meta.url)))).rejects.toThrow(/did not finish in the browser \(error\)[\s\S]*no plan for this week/);
  });
});
