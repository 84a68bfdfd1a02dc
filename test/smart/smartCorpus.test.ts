// The labelled corpus of career goal statements (test/fixtures/smart-corpus.json):
// a tune part the rules were tuned on and a held-out part written apart from
// them. Each statement carries a label per criterion and a one-line reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSmart } from "../../src/index.ts";

interface Entry {
  text: string;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  reason: string;
  source: string;
}

const corpus = JSON.parse(readFileSync(new URL("../fixtures/smart-corpus.json", import.meta.url), "utf8")) as { asOf: string; tune: Entry[]; heldOut: Entry[] };
const criteria = ["specific", "measurable", "timeBound"] as const;

function accuracy(entries: readonly Entry[], criterion: (typeof criteria)[number] | "overall"): number {
  let right = 0;
  for (const entry of entries) {
    const report = checkSmart(entry.text, { asOf: corpus.asOf });
    const passes = (name: (typeof criteria)[number]) => report.criteria[name].status === "pass";
    const predicted = criterion === "overall" ? criteria.every(passes) : passes(criterion);
    const label = criterion === "overall" ? criteria.every((name) => entry[name]) : entry[criterion];
    if (predicted === label) right++;
  }
  return right / entries.length;
}

describe("checkSmart on the career goal corpus", () => {
  it("holds at least 500 labelled statements with a reason each, vague and SMART, in a tune and a held-out part", () => {
    const all = [...corpus.tune, ...corpus.heldOut];
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(corpus.heldOut.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((entry) => entry.text)).size).toBe(all.length);
    expect(all.every((entry) => entry.reason.trim() !== "" && !entry.reason.includes("\n"))).toBe(true);
    expect(all.filter((entry) => !entry.specific).length).toBeGreaterThan(120);
    expect(all.filter((entry) => entry.specific && entry.measurable && entry.timeBound).length).toBeGreaterThan(200);
  });

  it.each([...criteria, "overall" as const])("returns the labelled verdict for %s on at least 95% of the tune part", (criterion) => {
    expect(accuracy(corpus.tune, criterion)).toBeGreaterThanOrEqual(0.95);
  });

  it.each([...criteria, "overall" as const])("returns the labelled verdict for %s on at least 80% of the held-out part", (criterion) => {
    expect(accuracy(corpus.heldOut, criterion)).toBeGreaterThanOrEqual(0.8);
  });

  it("passes measurable and time-bound on every draftGoals title", () => {
    for (const goal of corpus.tune.filter((entry) => entry.source === "draftGoals")) {
      const report = checkSmart(goal.text);
      expect([report.criteria.measurable.status, report.criteria.timeBound.status]).toEqual(["pass", "pass"]);
    }
  });
});
