import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { uidDomain } from "../../src/cli/calendarOptions.ts";
import { fakeIo } from "./fakeIo.ts";
import { runCli } from "../../src/cli/runCli.ts";
import { terminalText } from "../../src/cli/terminalText.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";


const PLAN = JSON.stringify(seniorEngineerPlan);
// Anything a terminal would act on: C0/C1 controls, DEL, bidi overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("the CLI's text output never passes control characters from a plan to the terminal", () => {
  it("shows an ESC sequence in an id written out, so the terminal title is not changed", async () => {
    const hostile = { ...seniorEngineerPlan, goals: [{ id: "g1", title: "Ship the billing API by March 2027", milestoneId: "m\u001b]0;PWNED\u0007" }] };
    const { io, output } = fakeIo({ "plan.json": JSON.stringify(hostile) });
    expect(await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io)).toBe(1);
    const { stdout } = output();
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain("\\u001b]0;PWNED\\u0007");
  });

  it("keeps one issue on one line when an id holds a newline (no forged linter lines)", async () => {
    const forged = "x\nplan.json:goals[9]  error    ref/unknown  forged";
    const hostile = { ...seniorEngineerPlan, goals: [{ id: forged, title: "Ship the billing API by March 2027", milestoneId: forged }] };
    const { io, output } = fakeIo({ "plan.json": JSON.stringify(hostile) });
    await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io);
    const lines = output().stdout.split("\n");
    expect(lines.filter((line) => line.startsWith("plan.json:goals[9]"))).toEqual([]);
    expect(output().stdout).toContain("x\\u000aplan.json:goals[9]");
  });

  it("keeps --format json exact: the id comes back byte for byte", async () => {
    const id = "g\u001b]0;PWNED\u0007";
    const hostile = { ...seniorEngineerPlan, goals: [{ id: "g1", title: "Ship the billing API by March 2027", milestoneId: id }] };
    const { io, output } = fakeIo({ "plan.json": JSON.stringify(hostile) });
    await runCli(["check", "plan.json", "--as-of", "2026-11-22", "--format", "json"], io);
    const report = JSON.parse(output().stdout);
    expect(report.issues.some((issue: { path: unknown[] }) => issue.path.includes("milestoneId"))).toBe(true);
    expect(JSON.stringify(report)).toContain("\\u001b]0;PWNED\\u0007");
  });

  it("writes out control characters in file names and option values on stderr", async () => {
    const { io, output } = fakeIo();
    expect(await runCli(["check", "evil\u001b[2J.json"], io)).toBe(2);
    expect(output().stderr).not.toMatch(CONTROL);
    expect(output().stderr).toContain("evil\\u001b[2J.json");
  });

  it("writes out every control character and nothing else, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(CONTROL);
        expect(shown).not.toContain("\n");
        // Reversible: JSON reads the escapes back to the original text (after escaping backslashes and quotes).
        const escaped = terminalText(text.replaceAll("\\", "\\\\").replaceAll('"', '\\"'));
        expect(JSON.parse(`"${escaped}"`)).toBe(text);
      }),
    );
  });
});

describe("the CLI keeps its promises on awkward input", () => {
  it("reads a UTF-8 file that starts with a byte order mark", async () => {
    const { io, output } = fakeIo({ "plan.json": `\uFEFF${PLAN}` });
    expect(await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io)).toBe(0);
    expect(output().stdout).toBe("✔ no problems\n");
  });

  it("says the range is empty when --from is after --until, and exits 2", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["schedule", "plan.json", "--from", "2027-06-01", "--until", "2027-01-01"], io)).toBe(2);
    expect(output()).toEqual({ stdout: "", stderr: "careerplan: --from 2027-06-01 is after --until 2027-01-01: the range holds no date\n" });
  });

  it("says so when no review falls in the range, on stderr, and exits 0", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["schedule", "plan.json", "--from", "2027-01-06", "--until", "2027-02-01"], io)).toBe(0);
    expect(output()).toEqual({ stdout: "", stderr: "careerplan: no review falls between 2027-01-06 and 2027-02-01\n" });
  });

  it.each([
    [["check", "plan.json", "--as-of", "2026-02-30", "--format", "json"], '--as-of must be a calendar date YYYY-MM-DD, got "2026-02-30"'],
    [["check", "plan.json", "extra", "--format", "json"], 'unexpected argument "extra"'],
    [["check", "plan.json", "--colour", "--format=json"], "unknown option '--colour'"],
  ])("prints one JSON object on stdout with --format json when %j fails", async (args, error) => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(args, io)).toBe(2);
    expect(JSON.parse(output().stdout)).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(output().stderr.split("\n")[0]).toBe(`careerplan: ${JSON.parse(output().stdout).error}`);
  });

  it("reports a demo that cannot run at the end of the calendar in one line, exit 2, no stack trace", async () => {
    const { io, output } = fakeIo();
    const code = await runCli(["demo", "--as-of", "9999-12-31"], io);
    if (code === 0) return; // the demo may handle the date itself; then there is nothing to report
    expect(code).toBe(2);
    expect(output().stderr).toMatch(/^careerplan: [^\n]*\n$/);
    expect(output().stderr).not.toMatch(/\n\s+at /);
  });
});

describe("calendar UID domains", () => {
  it("gives different domains to ids that read the same as a slug", () => {
    const ids = ["Senior Engineer", "senior_engineer", "senior-engineer", "Senior-Engineer", "ведущий инженер", "高级工程师", "x".repeat(60) + "a", "x".repeat(60) + "b"];
    const domains = ids.map(uidDomain);
    expect(new Set(domains).size).toBe(ids.length);
    expect(uidDomain("senior-engineer")).toMatch(/^senior-engineer-[0-9a-z]{7}\.careerplan\.invalid$/);
    expect(uidDomain("高级工程师")).toMatch(/^plan-[0-9a-z]{7}\.careerplan\.invalid$/);
  });

  it("is stable for one id and a valid DNS name for any id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (id) => {
        const domain = uidDomain(id);
        expect(uidDomain(id)).toBe(domain);
        for (const label of domain.split(".")) expect(label).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
      }),
    );
  });
});

describe("the careerplan command as a process", () => {
  const cli = join(import.meta.dirname, "../../src/cli/main.ts");
  const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");

  it("ends quietly when the reader closes the pipe (| head -1)", () => {
    const dir = mkdtempSync(join(tmpdir(), "careerplan-pipe-"));
    const long = { ...seniorEngineerPlan, vision: { ...seniorEngineerPlan.vision, targetDate: "2999-12-31" } };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(long));
    const result = spawnSync("bash", ["-o", "pipefail", "-c", `"${tsx}" "${cli}" schedule plan.json | head -1`], { cwd: dir, encoding: "utf8" });
    expect(result.stdout).toBe("2026-04-05  quarterly\n");
    expect(result.stderr).not.toMatch(/EPIPE|Error|\bat /);
  }, 30_000);

  it("prints its usage as a program", () => {
    expect(execFileSync(tsx, [cli, "--help"], { encoding: "utf8" })).toContain("Usage: careerplan");
  }, 30_000);
});
