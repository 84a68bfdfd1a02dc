// Every program in examples/ runs here, importing `careerplan` by name (the
// tsconfig `paths` point it at src/), and its output must match the recorded
// one: an example that breaks or drifts fails the suite.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLES = readdirSync(`${ROOT}examples`).filter((file) => file.endsWith(".ts")).sort();

describe("examples", () => {
  it("has examples to run", () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
  });

  it.each(EXAMPLES)("runs examples/%s and prints the recorded output", async (file) => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", `examples/${file}`], { cwd: ROOT, env: { ...process.env, TZ: "UTC" } });
    await expect(stdout).toMatchFileSnapshot(`./output/${file.replace(/\.ts$/, ".txt")}`);
  }, 30_000);
});
