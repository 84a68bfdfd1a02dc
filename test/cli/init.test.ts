import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/index.ts";
import { runCli } from "../../src/cli/runCli.ts";
import { fakeIo } from "./fakeIo.ts";

const NURSE = ["init", "--role", "data analyst", "--from", "registered nurse", "--years", "4", "--hours", "6", "--as-of", "2026-11-22"];

/** `careerplan check` on what init wrote, as the person would run it next. */
async function check(plan: string) {
  const { io, output } = fakeIo({ "plan.json": plan });
  return { code: await runCli(["check", "plan.json", "--as-of", "2026-11-22"], io), ...output() };
}

describe("careerplan init with every answer given as a flag", () => {
  it("asks nothing, writes a plan that careerplan check passes with exit 0", async () => {
    const { io, written, asked, output } = fakeIo({}, { answers: [] });
    expect(await runCli([...NURSE, "--where", "hospital analytics", "--why", "to improve patient care with data"], io)).toBe(0);
    expect(asked).toEqual([]);
    const parsed = parsePlan(JSON.parse(written["plan.json"]!));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.vision).toMatchObject({ startDate: "2026-11-22", targetDate: "2030-11-22", targetRole: "data analyst", where: "hospital analytics" });
    expect(parsed.plan.hoursPerWeek).toBe(6);
    expect(await check(written["plan.json"]!)).toMatchObject({ code: 0, stdout: "✔ no problems\n" });
    expect(output().stderr).toBe("");
  });

  it("plans the gap from the current job: data technologies, not the nursing skills already held", async () => {
    const { io, written } = fakeIo();
    await runCli(NURSE, io);
    const names = JSON.parse(written["plan.json"]!).vision.capabilities.map((capability: { name: string }) => capability.name).join(" | ");
    expect(names).toMatch(/SQL|query language/i);
    expect(names).not.toMatch(/Active Listening|Service Orientation/);
  });

  it("prints the role found and how sure the match is, the milestones, this week's tasks, the next review and the next commands", async () => {
    const { io, output } = fakeIo();
    await runCli(NURSE, io);
    const { stdout } = output();
    expect(stdout).toMatch(/^Wrote plan\.json: Work as a data analyst by 2030\./);
    expect(stdout).toMatch(/^Role: .+ \(O\*NET \d{2}-\d{4}\.\d{2}\), matched through "Data Analyst" \(score 1\.00\)\.$/m);
    expect(stdout).toMatch(/^From: Registered Nurses \(O\*NET 29-1141\.00\)/m);
    expect(stdout).toMatch(/Milestones:\n(  \d{4}-\d{2}-\d{2}  .+\n)+/);
    expect(stdout).not.toMatch(/\d+-month milestone/);
    expect(stdout).toMatch(/This week:\n(  \[ \] .+ \(\d+ min\)\n)+/);
    expect(stdout).toContain("Next review: 2027-02-22 (quarterly).");
    expect(stdout).toContain("careerplan check plan.json");
  });

  it("writes to --out, and never overwrites an existing file without --force", async () => {
    const taken = fakeIo({ "mine.json": "{}" });
    expect(await runCli([...NURSE, "--out", "mine.json"], taken.io)).toBe(2);
    expect(taken.output().stderr).toBe("careerplan: mine.json already exists: pass --force to overwrite it, or --out another file\n");
    expect(taken.written).toEqual({});
    const forced = fakeIo({ "mine.json": "{}" });
    expect(await runCli([...NURSE, "--out", "mine.json", "--force"], forced.io)).toBe(0);
    expect(JSON.parse(forced.written["mine.json"]!).vision.targetRole).toBe("data analyst");
  });
});

describe("careerplan init without a terminal", () => {
  it("names every missing answer in one line and exits 2", async () => {
    const { io, written, output } = fakeIo();
    expect(await runCli(["init", "--role", "data analyst"], io)).toBe(2);
    expect(output()).toEqual({ stdout: "", stderr: "careerplan: init needs --years and --hours (there is no terminal to ask on)\n" });
    expect(written).toEqual({});
  });

  it("refuses a weak role match unless --yes takes it, and says so either way", async () => {
    const weak = ["init", "--role", "chief happiness officer", "--years", "3", "--hours", "5", "--as-of", "2026-11-22"];
    const refused = fakeIo();
    expect(await runCli(weak, refused.io)).toBe(2);
    expect(refused.output().stderr).toMatch(/^careerplan: "chief happiness officer" matches .+ only weakly \(through ".+"\): pass --yes to take it, or a more precise --role\n$/);
    const taken = fakeIo();
    expect(await runCli([...weak, "--yes"], taken.io)).toBe(0);
    expect(taken.output().stderr).toMatch(/only weakly .*; taking it \(--yes\)\n$/);
    expect(taken.output().stdout).toMatch(/a weak match through ".+": check it is the job you mean/);
    expect((await check(taken.written["plan.json"]!)).code).toBe(0);
  });

  it("rejects years and hours that are not numbers in range, naming the flag", async () => {
    const { io, output } = fakeIo();
    expect(await runCli(["init", "--role", "data analyst", "--years", "four", "--hours", "6"], io)).toBe(2);
    expect(output().stderr).toBe('careerplan: --years must be a number of years from 1 to 50, got "four"\n');
  });
});

describe("careerplan init on a terminal", () => {
  it("asks what the flags leave out, the vision's 5W questions among them, and uses the answers", async () => {
    const answers = ["product manager", "marketing coordinator", "3", "5", "I like turning customer problems into products", "B2B software", "the product team I shadow"];
    const { io, written, asked } = fakeIo({}, { answers });
    expect(await runCli(["init", "--as-of", "2026-11-22"], io)).toBe(0);
    expect(asked).toHaveLength(7);
    expect(asked.join("\n")).toMatch(/\(what\)[\s\S]*\(when\)[\s\S]*hours a week[\s\S]*\(why\)[\s\S]*\(where\)[\s\S]*\(who\)/);
    const { vision } = JSON.parse(written["plan.json"]!);
    expect(vision).toMatchObject({ targetRole: "product manager", targetDate: "2029-11-22", why: "I like turning customer problems into products", where: "B2B software", who: "the product team I shadow" });
    expect((await check(written["plan.json"]!)).code).toBe(0);
  });

  it("asks to confirm a weak match and stops on no", async () => {
    const { io, written, asked, output } = fakeIo({}, { answers: ["n"] });
    expect(await runCli(["init", "--role", "chief happiness officer", "--years", "3", "--hours", "5"], io)).toBe(2);
    expect(asked.at(-1)).toMatch(/only weakly .*Use it\? \[y\/N\] $/);
    expect(output().stderr).toMatch(/^careerplan: stopped: no role chosen/);
    expect(written).toEqual({});
  });

  it("runs in a real pseudo-terminal: questions on screen, answers typed, plan written", () => {
    const dir = mkdtempSync(join(tmpdir(), "careerplan-init-"));
    const cli = join(import.meta.dirname, "../../src/cli/main.ts");
    const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
    const typed = ["product manager", "", "3", "5", "", "", ""].join("\n") + "\n";
    // `script` gives the command a terminal (stdin and stdout are TTYs) and types what it reads into it.
    const result = spawnSync("script", ["-qec", `"${tsx}" "${cli}" init --as-of 2026-11-22`, "/dev/null"], { cwd: dir, input: typed, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("What role do you want to hold (what)?");
    expect(result.stdout).toContain("Wrote plan.json: Work as a product manager by 2029.");
    expect(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")).vision.targetRole).toBe("product manager");
  }, 60_000);
});
