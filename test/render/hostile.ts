// Plan text written to break or inject into the diagrams, shared by the render
// tests and the browser proof.
import fc from "fast-check";
import type { PlanInput } from "../../src/index.ts";

/** Titles that end statements, start keywords, open directives, inject HTML or hide control characters. */
export const HOSTILE_TITLES = [
  'Q3: ship #1; "fast" 100% <b>bold</b> & `code`',
  "section Evil: a new section",
  "title Replaced the chart's title",
  "click g1 call alert()",
  "2027-01-01, 2027-12-31 dates first",
  "%%{init: {'theme': 'dark', 'securityLevel': 'loose'}}%%",
  "}}%% closes a directive",
  "line one\nsection two\n  task three :done, x, 2026-01-01, 1d",
  "\u0000NUL \u001b]0;PWNED\u0007 ESC \u009b C1",
  "#quot; #58; ﬂ°°60¶ß entity look-alikes",
  "<script>alert(1)</script><img src=x onerror=alert(2)>",
  "```\n# not a heading\n```",
  "accTitle: stolen",
  "Use https://evil.example, www.evil.example and me@evil.example",
  "Lone \ud800 surrogate",
  "A very long goal title that goes on and on about learning Kubernetes, Terraform, Go and observability in depth",
  "   ",
];

/** A short plan: its vision, its milestone and its goals (all under the milestone, in order) carry the given titles. */
export function planTitled(titles: readonly string[], milestoneTitle = titles.at(-1) ?? "Reach the next level"): PlanInput {
  return {
    vision: { id: "v", statement: titles[0] ?? "Become a staff engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
    milestones: [{ id: "m", title: milestoneTitle, dueDate: "2027-06-30", horizon: "18 months" }],
    goals: titles.map((title, index) => ({
      id: `g${index}`,
      title,
      milestoneId: "m",
      bucket: (["core", "auxiliary", "exploratory"] as const)[index % 3],
      startDate: "2026-02-01",
      dueDate: "2027-03-31",
      effortHours: 20,
      status: index % 5 === 4 ? "done" : "active",
    })),
  };
}

/** Any string, biased towards the characters Mermaid, Markdown and XML give a meaning. */
export const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...":#;%\"'`<>&{}[]()|\\\n\r\t\u0000\u001b ﬂ°¶ßabc12-"), maxLength: 40 }),
  fc.constantFrom(...HOSTILE_TITLES),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);
