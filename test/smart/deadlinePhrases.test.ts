// The labelled table of deadline phrases (test/fixtures/deadline-phrases.json):
// each phrase resolves to its labelled date, or to none.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DateOrder, parseDeadline } from "../../src/index.ts";

interface Phrase {
  text: string;
  asOf?: string;
  dateOrder?: DateOrder;
  expected: string | null;
}

const { phrases } = JSON.parse(readFileSync(new URL("../fixtures/deadline-phrases.json", import.meta.url), "utf8")) as { phrases: Phrase[] };

describe("parseDeadline on the labelled phrase table", () => {
  it("holds at least 200 phrases, dated and undated", () => {
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(phrases.filter((phrase) => phrase.expected === null).length).toBeGreaterThan(40);
  });

  it.each(phrases.map((phrase) => [phrase.text, phrase.asOf ?? "none", phrase.dateOrder ?? "MDY", phrase] as const))(
    "reads %j (asOf %s, %s) as labelled",
    (_text, _asOf, _order, phrase) => {
      const options: { asOf?: string; dateOrder?: DateOrder } = {};
      if (phrase.asOf !== undefined) options.asOf = phrase.asOf;
      if (phrase.dateOrder !== undefined) options.dateOrder = phrase.dateOrder;
      expect(parseDeadline(phrase.text, options) ?? null).toBe(phrase.expected);
    },
  );
});
