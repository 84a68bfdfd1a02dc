// The labelled corpus of career goal statements (test/fixtures/smart-corpus.json):
// every statement's verdict on specific, measurable and time-bound must match its label.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSmart } from "../../src/index.ts";

interface Entry {
  text: string;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  source: string;
}

const corpus = JSON.parse(readFileSync(new URL("../fixtures/smart-corpus.json", import.meta.url), "utf8")) as { asOf: string; goals: Entry[] };
const criteria = ["specific", "measurable", "timeBound"] as const;

describe("checkSmart on the career goal corpus", () => {
  it("holds at least 150 statements, vague and SMART", () => {
    expect(corpus.goals.length).toBeGreaterThanOrEqual(150);
    expect(corpus.goals.filter((goal) => !goal.specific).length).toBeGreaterThan(40);
    expect(corpus.goals.filter((goal) => goal.specific && goal.measurable && goal.timeBound).length).toBeGreaterThan(60);
  });

  it.each(criteria)("returns the labelled verdict for %s on every statement", (criterion) => {
    const wrong = corpus.goals
      .filter((goal) => (checkSmart(goal.text, { asOf: corpus.asOf }).criteria[criterion].status === "pass") !== goal[criterion])
      .map((goal) => `${goal[criterion] ? "pass" : "fail"} expected: ${goal.text}`);
    expect(wrong).toEqual([]);
  });

  it("passes measurable and time-bound on every draftGoals title", () => {
    for (const goal of corpus.goals.filter((entry) => entry.source === "draftGoals")) {
      const report = checkSmart(goal.text);
      expect([report.criteria.measurable.status, report.criteria.timeBound.status]).toEqual(["pass", "pass"]);
    }
  });
});
