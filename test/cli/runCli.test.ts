import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.ts";
import { fakeIo } from "./fakeIo.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { version } from "../../package.json";


const PLAN = JSON.stringify(seniorEngineerPlan);
const BROKEN = JSON.stringify({ ...seniorEngineerPlan, goals: [{ id: "g1", title: "Get better at public speaking someday", milestoneId: "m-nope" }] });

describe("careerplan check", () => {
  it("exits 0 and says so when the plan has no problems", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io)).toBe(0);
    expect(output().stdout).toBe("✔ no problems\n");
  });

  it("prints issues like a linter and exits 1 when there is an error", async () => {
    const { io, output } = fakeIo({ "plan.json": BROKEN });
    expect(await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io)).toBe(1);
    const { stdout } = output();
    expect(stdout).toMatch(/^plan\.json:goals\[0\]\.milestoneId  error    ref\/unknown  unknown id "m-nope"/m);
    expect(stdout).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\)$/m);
  });

  it("prints the whole report as JSON with --format json", async () => {
    const { io, output } = fakeIo({ "plan.json": BROKEN });
    expect(await runCli(["check", "plan.json", "--as-of", "2026-11-22", "--format", "json"], io)).toBe(1);
    const report = JSON.parse(output().stdout);
    expect(report.ok).toBe(false);
    expect(report.issues.some((issue: { code: string }) => issue.code === "ref/unknown")).toBe(true);
  });

  it("uses today as --as-of by default", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["check", "plan.json"], io)).toBe(0);
    expect(output().stdout).toBe("✔ no problems\n");
  });
});

describe("careerplan with bad input", () => {
  it.each([
    [["check", "missing.json"], "careerplan: missing.json: cannot read the file (no such file)\n"],
    [["check", "bad.json"], "careerplan: bad.json: not valid JSON"],
    [["check", "invalid.json"], "careerplan: invalid.json: not a valid plan: vision.startDate: 2027-02-30 is not a calendar date\n"],
    [["check", "plan.json", "--as-of", "2026-02-30"], 'careerplan: --as-of must be a calendar date YYYY-MM-DD, got "2026-02-30"\n'],
    [["check"], "careerplan: check needs a plan file: careerplan check <plan.json>\n"],
    [["frobnicate"], 'careerplan: unknown command "frobnicate"'],
    [["check", "plan.json", "--colour"], "careerplan: unknown option '--colour'\n\nUsage: careerplan"],
    [["check", "plan.json", "--as-of"], "careerplan: option '--as-of <value>' argument missing\n\nUsage: careerplan"],
  ])("prints one clear line and exits 2 for %j", async (args, message) => {
    const invalid = JSON.stringify({ ...seniorEngineerPlan, vision: { ...seniorEngineerPlan.vision, startDate: "2027-02-30" } });
    const { io, output } = fakeIo({ "plan.json": PLAN, "bad.json": "{ not json", "invalid.json": invalid });
    expect(await runCli(args, io)).toBe(2);
    expect(output().stderr.startsWith(message)).toBe(true);
    expect(output().stdout).toBe("");
  });
});

// JSON, but three schema issues: the one line names the first and says "(and 2 more)".
const INVALID = JSON.stringify({
  ...seniorEngineerPlan,
  vision: 42,
  goals: [{ id: "g1", title: "Ship the billing API", dueDate: "2027-02-30" }],
  hoursPerWeek: "six",
});
const INVALID_LINE = "careerplan: invalid.json: not a valid plan: vision: expected an object, got number (and 2 more)\n";
const SCHEMA_ISSUES = [
  { code: "schema/invalid", severity: "error", path: ["vision"], message: "expected an object, got number" },
  {
    code: "schema/invalid",
    severity: "error",
    path: ["goals", 0, "dueDate"],
    message: "2027-02-30 is not a calendar date",
    hint: "Write dates as YYYY-MM-DD, e.g. 2027-03-31.",
  },
  { code: "schema/invalid", severity: "error", path: ["hoursPerWeek"], message: "expected a number, got string" },
];

describe("careerplan check on a file that is not a valid plan", () => {
  it('lists every schema issue on stderr after the one line, not only the first "(and 2 more)"', async () => {
    const { io, output } = fakeIo({ "invalid.json": INVALID });
    expect(await runCli(["check", "invalid.json"], io)).toBe(2);
    expect(output()).toEqual({
      stdout: "",
      stderr: [
        INVALID_LINE.trimEnd(),
        "invalid.json:vision  error    schema/invalid  expected an object, got number",
        "invalid.json:goals[0].dueDate  error    schema/invalid  2027-02-30 is not a calendar date",
        "    hint: Write dates as YYYY-MM-DD, e.g. 2027-03-31.",
        "invalid.json:hoursPerWeek  error    schema/invalid  expected a number, got string",
        "✖ 3 problems (3 errors, 0 warnings)",
        "",
      ].join("\n"),
    });
  });

  it("prints every schema issue as JSON on stdout with --format json, where it printed nothing", async () => {
    const { io, output } = fakeIo({ "invalid.json": INVALID });
    expect(await runCli(["check", "invalid.json", "--format", "json"], io)).toBe(2);
    const { stdout, stderr } = output();
    expect(stderr).toBe(INVALID_LINE);
    expect(JSON.parse(stdout)).toEqual({ ok: false, error: INVALID_LINE.slice("careerplan: ".length, -1), issues: SCHEMA_ISSUES });
  });

  it.each([
    ["missing.json", "missing.json: cannot read the file (no such file)"],
    ["bad.json", "bad.json: not valid JSON ("],
  ])("prints { ok: false, error, issues: [] } on stdout with --format json when %s can't be parsed, where it printed nothing", async (file, error) => {
    const { io, output } = fakeIo({ "bad.json": "{ not json" });
    expect(await runCli(["check", file, "--format", "json"], io)).toBe(2);
    const { stdout, stderr } = output();
    const report = JSON.parse(stdout);
    expect(report).toEqual({ ok: false, error: expect.any(String), issues: [] });
    expect(report.error.startsWith(error)).toBe(true);
    expect(stderr).toBe(`careerplan: ${report.error}\n`);
  });

  it.each(["missing.json", "bad.json"])("still prints only the one line for %s in text", async (file) => {
    const { io, output } = fakeIo({ "bad.json": "{ not json" });
    expect(await runCli(["check", file], io)).toBe(2);
    expect(output().stdout).toBe("");
    expect(output().stderr).toMatch(/^careerplan: [^\n]*\n$/);
  });

  it("lists every schema issue for schedule too", async () => {
    const { io, output } = fakeIo({ "invalid.json": INVALID });
    expect(await runCli(["schedule", "invalid.json"], io)).toBe(2);
    const { stdout, stderr } = output();
    expect(stdout).toBe("");
    expect(stderr.startsWith(INVALID_LINE)).toBe(true);
    expect(stderr).toContain("invalid.json:hoursPerWeek  error    schema/invalid  expected a number, got string\n");
  });
});

describe("careerplan schedule", () => {
  it("writes an iCalendar file of the reviews", async () => {
    const { io, written, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["schedule", "plan.json", "--until", "2027-01-05", "--ics", "reviews.ics", "--as-of", "2026-11-22"], io)).toBe(0);
    expect(output().stdout).toBe("Wrote 4 review events to reviews.ics\n");
    expect(written["reviews.ics"]).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(written["reviews.ics"]).toContain("DTSTAMP:20261122T000000Z");
  });

  it("names the calendar after the target role and gives each plan its own event UIDs", async () => {
    const exported = async (plan: object) => {
      const { io, written } = fakeIo({ "plan.json": JSON.stringify(plan) });
      expect(await runCli(["schedule", "plan.json", "--until", "2026-04-30", "--ics", "reviews.ics", "--as-of", "2026-11-22"], io)).toBe(0);
      // Unfolded: iCalendar folds content lines at 75 octets.
      return written["reviews.ics"]!.replaceAll("\r\n ", "");
    };
    const mine = await exported(seniorEngineerPlan);
    expect(mine).toContain("X-WR-CALNAME:Career reviews: Senior Software Engineer\r\n");
    expect(mine).toMatch(/\r\nUID:2026-04-05-quarterly@senior-engineer-[0-9a-z]{7}\.careerplan\.invalid\r\n/);
    const other = await exported({ ...seniorEngineerPlan, vision: { ...seniorEngineerPlan.vision, id: "Data Lead 2030", targetRole: undefined } });
    expect(other).toMatch(/\r\nUID:2026-04-05-quarterly@data-lead-2030-[0-9a-z]{7}\.careerplan\.invalid\r\n/);
    expect(other).toContain("X-WR-CALNAME:Career reviews: Become a senior software engineer at a product company…\r\n");
  });

  it("leaves out reviews before --from, keeping their dates anchored on the start date", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["schedule", "plan.json", "--from", "2026-11-22", "--until", "2027-04-30"], io)).toBe(0);
    expect(output().stdout).toBe("2027-01-05  quarterly + canvas + vision\n2027-04-05  quarterly\n");
  });

  it("prints the review dates without --ics", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["schedule", "plan.json", "--until", "2026-12-31"], io)).toBe(0);
    expect(output().stdout.split("\n")[0]).toBe("2026-04-05  quarterly");
  });
});

describe("careerplan demo, --help and --version", () => {
  it("runs the built-in plan end to end and prints the recorded demo", async () => {
    const { io, output } = fakeIo();
    expect(await runCli(["demo"], io)).toBe(0);
    const { stdout } = output();
    for (const heading of ["5W", "Milestones", "SMART", "70/20/10", "Alignment", "Reviews", "Progress", "one-page plan"]) {
      expect(stdout).toContain(heading);
    }
    await expect(stdout).toMatchFileSnapshot("./output/demo.txt");
  });

  it("prints the usage with --help and the version with --version", async () => {
    const help = fakeIo();
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.output().stdout).toContain("Usage: careerplan <command>");
    const shown = fakeIo();
    expect(await runCli(["--version"], shown.io)).toBe(0);
    expect(shown.output().stdout).toBe(`${version}\n`);
  });
});
