// Every relative link in the committed Markdown (README, guides, the generated
// API reference) must reach a committed file, and an anchor into a Markdown
// file must name one of its headings: these pages are read on a code host and
// on npm, where nothing is built first.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { headingSlug, markdownAnchors, markdownLinks, relativeTarget } from "./markdownLinks.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const COMMITTED = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
const COMMITTED_FILES = new Set(COMMITTED);
const COMMITTED_DIRECTORIES = new Set(COMMITTED.flatMap((file) => file.split("/").slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join("/"))));
const MARKDOWN = COMMITTED.filter((file) => file.endsWith(".md"));

/** The broken links of one committed Markdown file, as "line: target (why)". */
function brokenLinks(file: string, text = readFileSync(`${ROOT}${file}`, "utf8")): string[] {
  const broken: string[] = [];
  for (const { target, line } of markdownLinks(text)) {
    const relative = relativeTarget(target);
    if (relative === undefined) continue;
    const resolved = relative.path === "" ? file : posix.normalize(posix.join(posix.dirname(file), relative.path)).replace(/\/$/, "");
    if (relative.path !== "" && !COMMITTED_FILES.has(resolved) && !COMMITTED_DIRECTORIES.has(resolved)) {
      broken.push(`${line}: ${target} (no committed file ${resolved})`);
      continue;
    }
    if (relative.anchor === undefined || relative.anchor === "" || !resolved.endsWith(".md")) continue;
    const anchors = markdownAnchors(resolved === file ? text : readFileSync(`${ROOT}${resolved}`, "utf8"));
    if (!anchors.has(relative.anchor)) broken.push(`${line}: ${target} (no heading #${relative.anchor} in ${resolved})`);
  }
  return broken;
}

describe("links in the committed Markdown", () => {
  it("covers the README, every guide in docs/ and the generated API reference", () => {
    expect(MARKDOWN).toContain("README.md");
    expect(MARKDOWN).toContain("docs/README.md");
    expect(MARKDOWN).toContain("docs/api/README.md");
    expect(MARKDOWN.filter((file) => /^docs\/[^/]+\.md$/.test(file)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(MARKDOWN)("%s: every relative link resolves to a committed file and heading", (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it("points the README's API links at the committed Markdown reference, not at built HTML", () => {
    const apiLinks = markdownLinks(readFileSync(`${ROOT}README.md`, "utf8")).filter(({ target }) => target.includes("docs/api"));
    expect(apiLinks.length).toBeGreaterThanOrEqual(27);
    for (const { target } of apiLinks) expect(target).toMatch(/\.md(#|$)/);
  });

  it("reports a missing file, a missing heading and a link in code as it should (the probe works)", () => {
    const page = [
      "# Guide",
      "[ok](./README.md) [self](#guide) [missing](./docs/nowhere.md) [bad anchor](./README.md#no-such-heading)",
      "`[in code](./nowhere.md)` [web](https://example.com/x.md)",
      "```md",
      "[in a fence](./nowhere.md)",
      "```",
    ].join("\n");
    expect(brokenLinks("GUIDE.md", page)).toEqual([
      "2: ./docs/nowhere.md (no committed file docs/nowhere.md)",
      "2: ./README.md#no-such-heading (no heading #no-such-heading in README.md)",
    ]);
  });
});

describe("headingSlug", () => {
  it.each([
    ["Issue codes", "issue-codes"],
    ["The `careerplan` command", "the-careerplan-command"],
    ["Model — [guide](./docs/README.md#the-model)", "model--guide"],
    ["What does the destination role need? — [guide](./docs/occupations.md)", "what-does-the-destination-role-need--guide"],
    ["Function: allocateEffort()", "function-allocateeffort"],
    ["70/20/10 allocation", "702010-allocation"],
  ])("gives %j the anchor a code host gives it (%s)", (heading, slug) => {
    expect(headingSlug(heading)).toBe(slug);
  });

  it("numbers a repeated heading as a code host does", () => {
    expect([...markdownAnchors("## Throws\n\n## Throws\n\n## Throws")]).toEqual(["throws", "throws-1", "throws-2"]);
  });
});
