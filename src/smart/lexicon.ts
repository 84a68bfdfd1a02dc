// The English vocabulary of the SMART text check, kept apart from the logic:
// another language is another object of the same shape. Words are lowercase;
// phrases are space-separated words matched token by token (no regex).

/** Words and phrases the SMART scanner looks up; one object per language. */
export interface SmartLexicon {
  /** Spelled-out numbers ("three", "dozen"). */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Month names and abbreviations → month number 1-12. */
  readonly months: ReadonlyMap<string, number>;
  /** Calendar units of a time span → [unit, how many of it]. */
  readonly spanUnits: ReadonlyMap<string, readonly [SpanUnit, number]>;
  /** Words that open a relative span ("in 8 weeks", "within 6 months"). */
  readonly spanOpeners: ReadonlySet<string>;
  /** Words between an opener and the number ("the next", "the coming"). */
  readonly spanFillers: ReadonlySet<string>;
  /** Words that put a deadline in front of a bare year ("by 2027", "end of 2027"). */
  readonly yearOpeners: ReadonlySet<string>;
  /** Words naming "this"/"next" for period ends ("by the end of next quarter"). */
  readonly periodShift: ReadonlyMap<string, number>;
  /** Period names for "end of next month|quarter|year|week". */
  readonly periods: ReadonlyMap<string, PeriodUnit>;
  /** The word "end" and its synonyms ("end of 2027"). */
  readonly endWords: ReadonlySet<string>;
  /** Events that bound a goal without a calendar date ("by the next session"). */
  readonly eventDeadlines: ReadonlySet<string>;
  /** Weekday names → ISO weekday (1 = Monday). */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Words that make a weekday a deadline ("by Friday", "next Sunday"). */
  readonly weekdayOpeners: ReadonlySet<string>;
  /** Words that bound an event deadline ("by", "before"). */
  readonly deadlineWords: ReadonlySet<string>;
  /** Units of effort or duration ("minutes", "hours"). */
  readonly durationUnits: ReadonlyMap<string, number>;
  /** Single words that state a frequency ("daily", "twice"). */
  readonly frequencyWords: ReadonlySet<string>;
  /** Words that turn the next period word into a frequency ("every", "per"). */
  readonly frequencyOpeners: ReadonlySet<string>;
  /** Periods that follow a frequency opener ("week", "monday", "morning"). */
  readonly frequencyPeriods: ReadonlySet<string>;
  /** Words that make a number a count of occurrences ("times", "sessions"). */
  readonly repetitionWords: ReadonlySet<string>;
  /** Words that mark a number as a confidence rating, not an outcome. */
  readonly ratingWords: ReadonlySet<string>;
  /** Words after a number that make it a clock time ("am", "pm"). */
  readonly clockWords: ReadonlySet<string>;
  /** Currency words after a number ("dollars", "k"). */
  readonly moneyWords: ReadonlySet<string>;
  /** Verbs whose object is an observable deliverable ("complete", "publish"). */
  readonly completionVerbs: ReadonlySet<string>;
  /** Singular nouns that name one observable deliverable ("course", "certification"). */
  readonly deliverables: ReadonlySet<string>;
  /** Particles a completion verb may take before its object ("sign up for"). */
  readonly particles: ReadonlySet<string>;
  /** Words that end a verb's object (prepositions, conjunctions). */
  readonly objectStops: ReadonlySet<string>;
  /** Verbs whose completion is observable whatever their object ("ship", "publish"). */
  readonly observableVerbs: ReadonlySet<string>;
  /** Phrases that are observable on their own ("end to end", "get certified"). */
  readonly deliverablePhrases: readonly string[];
  /** Phrases that make a goal vague whatever else it says. */
  readonly vaguePhrases: readonly string[];
  /** Soft verbs ("explore", "improve") that need a quantity or method to be specific. */
  readonly softVerbs: ReadonlySet<string>;
  /** Words that give a soft verb its concrete method or scope ("such as", "including"). */
  readonly concretePhrases: readonly string[];
  /** Time words that sound like a deadline but are none ("soon", "someday"). */
  readonly vagueTimePhrases: readonly string[];
  /** Words that carry no topic, skipped when comparing a goal with the vision. */
  readonly stopWords: ReadonlySet<string>;
  /** Word endings removed before lookups and comparisons, longest first. */
  readonly suffixes: readonly string[];
}

/** A calendar unit of a relative span. */
export type SpanUnit = "day" | "month";
/** A calendar period whose end a phrase names. */
export type PeriodUnit = "week" | "month" | "quarter" | "year";

const words = (text: string): ReadonlySet<string> => new Set(text.split(" "));
const phrases = (text: string): readonly string[] => text.split(", ");

const NUMBER_WORDS: [string, number][] = [
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
  ["hundred", 100], ["thousand", 1000], ["dozen", 12], ["single", 1], ["couple", 2], ["half", 0.5],
];

const MONTHS: [string, number][] = [
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sep", 9], ["sept", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
];

/** The English lexicon. */
export const ENGLISH: SmartLexicon = {
  numberWords: new Map(NUMBER_WORDS),
  months: new Map(MONTHS),
  spanUnits: new Map<string, readonly [SpanUnit, number]>([
    ["day", ["day", 1]], ["days", ["day", 1]], ["week", ["day", 7]], ["weeks", ["day", 7]],
    ["fortnight", ["day", 14]], ["fortnights", ["day", 14]], ["month", ["month", 1]], ["months", ["month", 1]],
    ["quarter", ["month", 3]], ["quarters", ["month", 3]], ["year", ["month", 12]], ["years", ["month", 12]],
  ]),
  spanOpeners: words("in within next over for after"),
  spanFillers: words("the next coming following upcoming"),
  yearOpeners: words("by in of before until till during through"),
  periodShift: new Map([["this", 0], ["the", 0], ["next", 1], ["following", 1]]),
  periods: new Map<string, PeriodUnit>([["week", "week"], ["month", "month"], ["quarter", "quarter"], ["year", "year"]]),
  endWords: words("end close"),
  eventDeadlines: words("session meeting review appraisal check-in checkin call appointment visit sprint"),
  weekdays: new Map([
    ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6], ["sunday", 7],
  ]),
  weekdayOpeners: words("by on next this before until"),
  deadlineWords: words("by before until till at"),
  durationUnits: new Map([
    ["minute", 1 / 60], ["minutes", 1 / 60], ["min", 1 / 60], ["mins", 1 / 60], ["hour", 1], ["hours", 1],
    ["hr", 1], ["hrs", 1], ["h", 1], ["second", 1 / 3600], ["seconds", 1 / 3600],
  ]),
  frequencyWords: words("daily everyday nightly weekly biweekly fortnightly monthly quarterly yearly annually hourly once twice thrice"),
  frequencyOpeners: words("every each per"),
  frequencyPeriods: words(
    "day days week weeks month months year quarter sprint morning mornings evening evenings night nights " +
      "afternoon weekday weekdays weekend weekends monday tuesday wednesday thursday friday saturday sunday " +
      "mondays tuesdays wednesdays thursdays fridays saturdays sundays meal session other",
  ),
  repetitionWords: words("times time x sessions session days day rounds sets"),
  ratingWords: words("confidence confident sure certain certainty likely likelihood chance chances probability"),
  clockWords: words("am pm a.m p.m o'clock oclock"),
  moneyWords: words("dollars dollar usd eur euros euro gbp pounds k"),
  completionVerbs: words(
    "complete finish publish ship launch release deliver submit pass earn obtain gain get present give write " +
      "build create sign enrol enroll register apply attend schedule book host organize organise run lead " +
      "send file deploy migrate implement document draft produce record teach mentor coach hire close " +
      "secure win achieve land found start automate read watch solve contribute merge open upload post take",
  ),
  deliverables: words(
    "course documentation company business startup class program programme bootcamp certification certificate exam degree diploma module workshop " +
      "talk presentation article post blog paper report thesis book chapter newsletter feature project " +
      "prototype app website portfolio demo release product mvp migration document doc proposal study review " +
      "plan roadmap test screening appointment interview application contract deal tutorial video podcast " +
      "episode speech meetup conference hackathon poc pilot initiative rollout kata challenge",
  ),
  observableVerbs: words("ship publish launch release deploy submit pass earn obtain found migrate automate"),
  particles: words("up in out for on to"),
  objectStops: words("and or but of on in at with from to by about into during before after through within until using via if when while"),
  deliverablePhrases: phrases("end to end, get certified, become certified, be certified"),
  vaguePhrases: phrases(
    "get better, getting better, be more, become more, read more, do more, network more, more often, become better, be better, do better, become an expert, be an expert, " +
      "become a better, be a better, learn more, know more, improve myself, better myself, be successful, " +
      "become successful, be more successful, do my best, work harder, find a balance, make progress, " +
      "try different, try new things, be mindful, being mindful, be more mindful, in general, as much as possible, and so on, someday, some day, " +
      "eventually, at some point, one of these days, stuff, things, somehow",
  ),
  softVerbs: words(
    "explore try focus maintain continue keep improve enhance develop grow understand learn know consider " +
      "think look work get strengthen deepen broaden expand boost adjust control avoid manage handle become",
  ),
  concretePhrases: phrases("such as, including, for example, for instance, e.g, i.e"),
  vagueTimePhrases: phrases(
    "soon, someday, some day, one day, eventually, asap, as soon as possible, at some point, later, " +
      "in the future, sometime, some time, in due course, when possible, when i can",
  ),
  stopWords: words(
    "a an the and or but of to in on at by for from with within into onto over under about as is are be been " +
      "being am was were i me my mine we our us you your he she it its they their them this that these those " +
      "will would should could can may might must shall do does did done have has had not no so than then " +
      "very more most less least much many some any each every per all both own up down out off one two " +
      "new next last first year years month months week weeks day days end time", 
  ),
  suffixes: ["ing", "ies", "ed", "es", "s"],
};

/**
 * Every regular expression the SMART check uses, so a test can vet each one
 * for catastrophic backtracking. Only letters outside ASCII need one.
 */
export const SMART_PATTERNS: readonly RegExp[] = [/\p{L}/u];
