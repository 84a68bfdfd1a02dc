// Every text scan is linear: doubling a text made of one lexicon word, or of a
// pair of them, about doubles the time of parseDeadline and checkSmart
// ("next ".repeat(20000) took seconds when a filler loop rescanned from every
// position). The time of each size is the fastest of several runs (the least
// disturbed by other work on a shared machine), and the bound is loose: a
// quadratic scan gives a ratio of 4 and more.
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkSmart, parseDeadline } from "../../src/index.ts";
import { WORDS } from "../../src/smart/vocabulary.ts";

const AS_OF = "2026-11-22";
const RUNS = 3;
const REPEATS = 400;
const MAX_RATIO = 3.5;
// Besides the lexicon: numbers, dates, symbols and capitalised names the scan reads.
const PIECES = [...WORDS.keys(), "3", "2027", "31st", "3/31/2027", "2027-03-31", "31.03.2027", "Q3", "H1", "$", "%", "/", ",", "-", "AWS", "(", '"'];

function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    parseDeadline(text, { asOf: AS_OF });
    checkSmart(text, { asOf: AS_OF });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How much longer a text of twice the repeats takes (0.05 ms of slack for timer resolution). */
function doublingRatio(unit: string): number {
  const single = fastest(unit.repeat(REPEATS));
  const double = fastest(unit.repeat(REPEATS * 2));
  return (double + 0.05) / (single + 0.05);
}

describe("text scans are linear", () => {
  it("keeps the doubling ratio near 2 for every lexicon word repeated", () => {
    const slow = PIECES.map((piece) => [piece, doublingRatio(`${piece} `)] as const).filter(([, ratio]) => ratio >= MAX_RATIO);
    // A ratio over the bound once may be the machine; a quadratic word stays over it when measured again.
    const confirmed = slow.filter(([piece]) => doublingRatio(`${piece} `) >= MAX_RATIO);
    expect(confirmed).toEqual([]);
  }, 120_000);

  it("keeps the doubling ratio near 2 for pairs of lexicon words", () => {
    const pairs = fc.sample(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES)), { numRuns: 150, seed: 15 });
    const slow = pairs.filter(([first, second]) => doublingRatio(`${first} ${second} `) >= MAX_RATIO);
    const confirmed = slow.filter(([first, second]) => doublingRatio(`${first} ${second} `) >= MAX_RATIO);
    expect(confirmed).toEqual([]);
  }, 120_000);

  it("reads 'next' repeated 20,000 times in well under a second", () => {
    const started = performance.now();
    parseDeadline("next ".repeat(20_000), { asOf: AS_OF });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
