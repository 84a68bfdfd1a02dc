import { describe, expect, it } from "vitest";
import { fakeIo } from "../cli/fakeIo.ts";
import { runCli } from "../../src/cli/runCli.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { xmlProblem } from "./xml.ts";


const PLAN = JSON.stringify(seniorEngineerPlan);

describe("careerplan render", () => {
  it("prints the Markdown page with its diagrams by default", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["render", "plan.json", "--as-of", "2026-11-22"], io)).toBe(0);
    expect(output().stdout).toMatch(/^# Become a senior software engineer/);
    expect(output().stdout).toMatch(/```mermaid\n---\n[^`]*\ngantt\n/);
    expect(output().stderr).toBe("");
  });

  it("prints the Mermaid gantt with --format mermaid and the SVG roadmap with --format svg", async () => {
    const mermaid = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["render", "plan.json", "--format", "mermaid", "--as-of", "2026-11-22"], mermaid.io)).toBe(0);
    expect(mermaid.output().stdout).toMatch(/^---\n[^`]*\ngantt\n/);
    const svg = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["render", "plan.json", "--format", "svg", "--as-of", "2026-11-22"], svg.io)).toBe(0);
    expect(svg.output().stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(xmlProblem(svg.output().stdout)).toBeUndefined();
  });

  it.each([
    ["roadmap.svg", /^<svg /, "SVG roadmap"],
    ["roadmap.mmd", /\ngantt\n/, "Mermaid gantt"],
    ["plan.md", /^# /, "Markdown page"],
  ])("writes %s in the format its extension names and says so", async (out, content, what) => {
    const { io, written, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["render", "plan.json", "--out", out], io)).toBe(0);
    expect(written[out]).toMatch(content);
    expect(output().stdout).toBe(`Wrote the ${what} to ${out}\n`);
  });

  it("uses --as-of for the statuses and the today line", async () => {
    const { io, output } = fakeIo({ "plan.json": PLAN });
    expect(await runCli(["render", "plan.json", "--format", "mermaid", "--as-of", "2027-06-01"], io)).toBe(0);
    expect(output().stdout).toContain("Today 2027-06-01 :vert, today, 2027-06-01, 0d");
  });

  it.each([
    [["render", "plan.json", "--format", "png"], 'careerplan: --format must be md, mermaid or svg, got "png"\n'],
    [["render"], "careerplan: render needs a plan file: careerplan render <plan.json>\n"],
    [["render", "missing.json"], "careerplan: missing.json: cannot read the file (no such file)\n"],
    [["render", "bad.json"], "careerplan: bad.json: not valid JSON"],
    [["render", "plan.json", "--as-of", "2026-02-30"], 'careerplan: --as-of must be a calendar date YYYY-MM-DD, got "2026-02-30"\n'],
    [["render", "plan.json", "--out", "/read-only/x.svg"], "careerplan: /read-only/x.svg: cannot write the file (EACCES: permission denied)\n"],
  ])("prints one clear line and exits 2 for %j", async (args, message) => {
    const { io, output } = fakeIo({ "plan.json": PLAN, "bad.json": "{ not json" });
    expect(await runCli(args, io)).toBe(2);
    expect(output().stderr.startsWith(message)).toBe(true);
    expect(output().stdout).toBe("");
  });

  it("lists every schema issue after the one line for a file that is not a valid plan", async () => {
    const { io, output } = fakeIo({ "invalid.json": JSON.stringify({ ...seniorEngineerPlan, hoursPerWeek: "six" }) });
    expect(await runCli(["render", "invalid.json"], io)).toBe(2);
    expect(output().stderr).toMatch(/^careerplan: invalid\.json: not a valid plan: [^\n]*\ninvalid\.json:hoursPerWeek {2}error {4}schema\/invalid {2}/);
  });

  it("is listed in --help", async () => {
    const { io, output } = fakeIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(output().stdout).toContain("render <plan.json>");
    expect(output().stdout).toContain("--format md|mermaid|svg");
  });
});
