import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS, singular, stem } from "../../src/_lib/words.ts";
import { titleWords } from "../../src/occupations/words.ts";
import { TOPIC_FREE_WORDS } from "../../src/smart/lexicon.ts";

// Lowercase words built to reach every rule: a random start and an English ending.
const ENDINGS = ["", "s", "es", "ies", "ied", "ing", "ed", "eed", "e", "ee", "ll", "ss", "us", "is", "ches", "inged", "ings", "eds", "led", "nned"];
const word = fc
  .tuple(fc.stringMatching(/^[a-z]{0,9}$/), fc.constantFrom(...ENDINGS))
  .map(([start, ending]) => start + ending)
  .filter((text) => text.length > 0);
// Possessives of the irregular plurals ("Children's" → "childrens") fold once, to
// "children", as occupation titles always have: folding them further would move
// the scores of every "Children's …" and "Women's …" title.
const IRREGULAR_POSSESSIVES = new Set(["mens", "womens", "childrens", "peoples"]);

describe("singular", () => {
  it("folds English plurals and keeps words that only look plural", () => {
    const table: [string, string][] = [
      ["technologies", "technology"], ["coaches", "coach"], ["developers", "developer"], ["nurses", "nurse"], ["boxes", "box"],
      ["wishes", "wish"], ["classes", "class"], ["analysts", "analyst"], ["women", "woman"], ["men", "man"], ["children", "child"],
      ["people", "person"], ["business", "business"], ["status", "status"], ["analysis", "analysis"], ["bus", "bus"], ["gas", "gas"],
      ["design", "design"], ["designing", "designing"],
    ];
    expect(table.map(([plural]) => [plural, singular(plural)])).toEqual(table);
  });

  test.prop([word], { numRuns: 2000 })("is idempotent: singular(singular(w)) is singular(w)", (text) => {
    fc.pre(!IRREGULAR_POSSESSIVES.has(text));
    expect(singular(singular(text))).toBe(singular(text));
  });

  it("folds the possessive of an irregular plural once, as titles always have", () => {
    expect(singular("childrens")).toBe("children");
  });
});

describe("stem", () => {
  it("gives the forms of one word one stem", () => {
    const families = [
      ["designing", "designed", "designs", "design"],
      ["studies", "studied", "studying", "study"],
      ["managing", "managed", "manages", "manage"],
      ["planning", "planned", "plans", "plan"],
      ["coaching", "coached", "coaches", "coach"],
      ["nursing", "nurses", "nurse"],
      ["releasing", "released", "releases", "release"],
      ["closing", "closed", "close"],
      ["modelling", "modeling", "modelled", "models", "model"],
      ["analysing", "analysed", "analyse"],
      ["technologies", "technology"],
      ["engineering", "engineers", "engineer"],
      ["applying", "applied", "applies", "apply"],
      ["shipping", "shipped", "ships", "ship"],
      ["focusing", "focused", "focuses", "focus"],
      ["exceeding", "exceeds", "exceed"],
      ["processing", "processed", "processes", "process"],
      ["programming", "programme", "programs", "program"],
      ["writing", "writes", "write"],
      ["agreeing", "agrees", "agree"],
    ];
    expect(families.map((forms) => forms.map(stem))).toEqual(families.map((forms) => forms.map(() => stem(forms.at(-1)!))));
  });

  it("keeps whole the words an inflection would cut to nonsense or to another word", () => {
    const whole = ["need", "red", "bed", "shed", "bring", "thing", "string", "spring", "sing", "being", "speed", "exceed", "succeed", "during",
      "evening", "morning", "hundred", "business", "status", "analysis", "data", "bus", "agree", "employee", "design", "study", "plan", "focus"];
    expect(whole.map((text) => [text, stem(text)])).toEqual(whole.map((text) => [text, text]));
  });

  it("keeps apart words that only end alike", () => {
    expect(stem("evening")).not.toBe(stem("even"));
    expect(stem("morning")).not.toBe(stem("morn"));
    expect(stem("needed")).not.toBe(stem("ne"));
    expect(stem("things")).toBe("thing");
  });

  test.prop([word], { numRuns: 2000 })("is idempotent: stem(stem(w)) is stem(w)", (text) => {
    expect(stem(stem(text))).toBe(stem(text));
  });

  test.prop([word], { numRuns: 2000 })("folds plurals first: stem(w) is stem(singular(w)), never empty", (text) => {
    expect(stem(text)).toBe(stem(singular(text)));
    expect(stem(text).length).toBeGreaterThan(0);
  });
});

describe("FUNCTION_WORDS", () => {
  it("holds articles, prepositions, conjunctions and the first person singular", () => {
    for (const text of ["the", "a", "an", "of", "for", "with", "and", "or", "but", "i", "my"]) expect(FUNCTION_WORDS.has(text), text).toBe(true);
  });

  it("leaves out the words that name something in a job title", () => {
    // "IT Director", "US Customs", "AM Radio", "Mine Superintendent", "Can Supplier", "Under Sheriff", "Stand Up Comedian", "Pay Per Click".
    for (const text of ["it", "us", "am", "mine", "can", "will", "over", "under", "up", "per", "through", "all", "other", "except"]) {
      expect(FUNCTION_WORDS.has(text), text).toBe(false);
    }
  });

  it("is skipped by the occupation search, which adds only the catch-all words", () => {
    expect([...FUNCTION_WORDS].flatMap((text) => titleWords(text))).toEqual([]);
    expect(titleWords("Computer Occupations, All Other")).toEqual(["computer", "occupation"]);
    expect(titleWords("Entertainment and Recreation Managers, Except Gambling")).toEqual(["entertainment", "recreation", "manager", "gambling"]);
    expect(titleWords("IT Director")).toEqual(["it", "director"]);
    expect(titleWords("Mine Superintendent")).toEqual(["mine", "superintendent"]);
  });

  it("is topic-free for the SMART check, which adds pronouns, auxiliaries, quantity and time words", () => {
    expect([...FUNCTION_WORDS].filter((text) => !TOPIC_FREE_WORDS.has(text))).toEqual([]);
    for (const text of ["it", "we", "will", "have", "not", "more", "each", "year", "time"]) expect(TOPIC_FREE_WORDS.has(text), text).toBe(true);
  });
});
