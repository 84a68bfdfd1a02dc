// The SMART scan reuses its token buffers between calls for speed; these tests
// hold that no call can see the tokens of an earlier one.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it, vi } from "vitest";
import { checkSmart, parseDeadline } from "../../src/index.ts";

const AS_OF = "2026-11-22";
// Words and symbols the scan looks past: dates, numbers, frequencies, ratings, spans.
const PIECES = [
  "every", "week", "daily", "5", "March", "2027", "x", "y", "by", "end", "of", "the", "next", "quarter", "Q3", "within", "8",
  "weeks", "out", "10", "/", "-", "to", "30", "minutes", "run", "complete", "the course", ",", "at", "9", "am", "on", "Monday",
  "tomorrow", "2027-03-31", "Friday", "in", "3", "months", "hours", "$", "500", "publish", "talk", "31st", "2 quarters",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(" "));

function results(statement: string) {
  return { deadline: parseDeadline(statement, { asOf: AS_OF }), report: checkSmart(statement, { asOf: AS_OF }) };
}

describe("results do not depend on earlier calls", () => {
  it("reads '5 March' the same after a text that ended in a year", () => {
    const alone = parseDeadline("5 March", { asOf: AS_OF });
    parseDeadline("x y 2027", { asOf: AS_OF });
    expect(parseDeadline("5 March", { asOf: AS_OF })).toBe(alone);
  });

  it("does not take a lone 'every' for a frequency after 'every week'", () => {
    checkSmart("Call my mother every week");
    expect(checkSmart("Call my mother every").criteria.measurable.status).toBe("fail");
  });

  it("gives the same result as a freshly loaded library", async () => {
    results("Walk 5 km every week until 31 March 2027, out of 10 at 9 am on Monday");
    const later = results("Run 5 March, every");
    vi.resetModules();
    const fresh = (await import("../../src/index.ts")) as typeof import("../../src/index.ts");
    expect(later).toEqual({ deadline: fresh.parseDeadline("Run 5 March, every", { asOf: AS_OF }), report: fresh.checkSmart("Run 5 March, every", { asOf: AS_OF }) });
  });

  test.prop([text, text, text], { numRuns: 500 })("the same text checks the same after any other", (statement, first, second) => {
    results(first);
    const afterFirst = results(statement);
    results(second);
    expect(results(statement)).toEqual(afterFirst);
  });
});
