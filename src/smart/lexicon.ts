// The English vocabulary of the SMART text check, kept apart from the logic.
// Words are lowercase; phrases are space-separated words matched token by token
// (no regex).

/**
 * Every word of the lists below but the stop words, gathered by the helpers as
 * each list is made: the words the scan compares tokens with (see vocabulary.ts).
 */
export const LIST_WORDS = new Set<string>();
const listed = (text: string): string[] => {
  const list = text.split(" ");
  for (const word of list) LIST_WORDS.add(word);
  return list;
};
const words = (text: string): ReadonlySet<string> => new Set(listed(text));
/** The comma-separated phrases of `text`; their words are listed too. */
const phrases = (text: string): readonly string[] => {
  const list = text.split(", ");
  for (const phrase of list) listed(phrase);
  return list;
};
/** Every word of `text` paired with `value`. */
const valued = <Value>(text: string, value: Value): [string, Value][] => listed(text).map((word) => [word, value]);
/** The words of the n-th comma-separated group of `text` get `first + n × step`. */
const numbered = (text: string, first = 0, step = 1): [string, number][] =>
  phrases(text).flatMap((group, index) => valued(group, first + index * step));

/** Spelled-out numbers ("three", "dozen"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...numbered(
    "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty",
  ),
  ...numbered("thirty, forty, fifty, sixty, seventy, eighty, ninety", 30, 10),
  ...valued("hundred", 100), ...valued("thousand", 1000), ...valued("dozen", 12), ...valued("single", 1), ...valued("couple", 2), ...valued("half", 0.5),
]);
/** Month names and abbreviations → month number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  numbered("january jan, february feb, march mar, april apr, may, june jun, july jul, august aug, september sep sept, october oct, november nov, december dec", 1),
);
/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(numbered("monday, tuesday, wednesday, thursday, friday, saturday, sunday", 1));
/** Calendar units of a relative span → the days and months one of them lasts. */
export const SPAN_UNITS: ReadonlyMap<string, Span> = new Map([
  ...valued<Span>("day days", [1, 0]), ...valued<Span>("week weeks", [7, 0]), ...valued<Span>("fortnight fortnights", [14, 0]),
  ...valued<Span>("month months", [0, 1]), ...valued<Span>("quarter quarters", [0, 3]), ...valued<Span>("year years", [0, 12]),
]);
type Span = readonly [days: number, months: number];
/** Words that open a relative span ("in 8 weeks", "within 6 months"). */
export const SPAN_OPENERS = words("in within next over for after");
/** Words between an opener and the number ("the next", "the coming"). */
export const SPAN_FILLERS = words("the next coming following upcoming");
/** Words that put a deadline in front of a bare year ("by 2027", "end of 2027"). */
export const YEAR_OPENERS = words("by in of before until till during through");
/** Words that put a deadline in front of a day or month without a year ("by June 30", "on 15 March", "by June"). */
export const DAY_OPENERS = words("by on before until till through due");
/** "this" or "next" period, for period ends ("by the end of next quarter"). */
export const PERIOD_SHIFT: ReadonlyMap<string, number> = new Map(numbered("this the, next following"));
/** Periods whose end a phrase can name ("end of next month"). */
export const PERIODS = words("week month quarter year");
/** The word "end" and its synonyms ("end of 2027"). */
export const END_WORDS = words("end close");
/** Events that bound a goal without a calendar date ("by the next session"). */
export const EVENT_DEADLINES = words("session meeting review appraisal checkin call appointment visit sprint");
/** Words that make a weekday a deadline ("by Friday", "next Sunday"). */
export const WEEKDAY_OPENERS = words("by on next this before until");
/** Words that bound an event deadline ("by", "before"). */
export const DEADLINE_WORDS = words("by before until till at");
/** Units of effort or duration → hours. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ...valued("minute minutes min mins", 1 / 60), ...valued("hour hours hr hrs h", 1), ...valued("second seconds", 1 / 3600),
]);
/** Single words that state a frequency ("daily", "twice"). */
export const FREQUENCY_WORDS = words("daily everyday nightly weekly biweekly fortnightly monthly quarterly yearly annually hourly once twice thrice");
/** Words that turn the next period word into a frequency ("every", "per"). */
export const FREQUENCY_OPENERS = words("every each per");
/** Periods that follow a frequency opener ("week", "monday", "morning"). */
export const FREQUENCY_PERIODS = words(
  "day days week weeks month months year quarter sprint morning mornings evening evenings night nights " +
    "afternoon weekday weekdays weekend weekends monday tuesday wednesday thursday friday saturday sunday " +
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays meal session other",
);
/** Words that mark a number as a confidence rating, not an outcome. */
export const RATING_WORDS = words("confidence confident sure certain certainty likely likelihood chance chances probability");
/** Words after a number that make it a clock time ("am", "pm"). */
export const CLOCK_WORDS = words("am pm a.m p.m o'clock oclock");
/** Verbs whose object is an observable deliverable ("complete", "publish"). */
export const COMPLETION_VERBS = words(
  "complete finish publish ship launch release deliver submit pass earn obtain gain get present give write " +
    "build create sign enrol enroll register apply attend schedule book host organize organise run lead " +
    "send file deploy migrate implement document draft produce record teach mentor coach hire close " +
    "secure win achieve land found start automate read watch solve contribute merge open upload post take",
);
/** Singular nouns that name one observable deliverable ("course", "certification"). */
export const DELIVERABLES = words(
  "course documentation company business startup class program programme bootcamp certification certificate exam degree diploma module workshop " +
    "talk presentation article post blog paper report thesis book chapter newsletter feature project " +
    "prototype app website portfolio demo release product mvp migration document doc proposal study review " +
    "plan roadmap test screening appointment interview application contract deal tutorial video podcast " +
    "episode speech meetup conference hackathon poc pilot initiative rollout kata challenge",
);
/** Verbs whose completion is observable whatever their object ("ship", "publish"). */
export const OBSERVABLE_VERBS = words("ship publish launch release deploy submit pass earn obtain found migrate automate");
/** Particles a completion verb may take before its object ("sign up for"). */
export const PARTICLES = words("up in out for on to");
/** Words that end a verb's object (prepositions, conjunctions). */
export const OBJECT_STOPS = words("and or but of on in at with from to by about into during before after through within until using via if when while");
/** Soft verbs ("explore", "improve") that need a quantity or method to be specific. */
export const SOFT_VERBS = words(
  "explore try focus maintain continue keep improve enhance develop grow understand learn know consider " +
    "think look work get strengthen deepen broaden expand boost adjust control avoid manage handle become",
);

/** Phrases by the evidence they give; each list is matched token by token. */
export const PHRASES = {
  /** Observable on their own ("end to end", "get certified"). */
  deliverable: phrases("end to end, get certified, become certified, be certified"),
  /** Vague whatever else the goal says. */
  vague: phrases(
    "get better, getting better, be more, become more, read more, do more, network more, more often, become better, be better, do better, become an expert, be an expert, " +
      "become a better, be a better, learn more, know more, improve myself, better myself, be successful, " +
      "become successful, be more successful, do my best, work harder, find a balance, make progress, " +
      "try different, try new things, be mindful, being mindful, be more mindful, in general, as much as possible, and so on, someday, some day, " +
      "eventually, at some point, one of these days, stuff, things, somehow",
  ),
  /** Give a soft verb its concrete method or scope ("such as", "including"). */
  concrete: phrases("such as, including, for example, for instance, e.g, i.e"),
  /** Sound like a deadline but are none ("soon", "someday"). */
  vagueTime: phrases(
    "soon, someday, some day, one day, eventually, asap, as soon as possible, at some point, later, " +
      "in the future, sometime, some time, in due course, when possible, when i can",
  ),
} as const;

/** Words that carry no topic, skipped when comparing a goal with the vision. */
export const STOP_WORDS: ReadonlySet<string> = new Set((
  "a an the and or but of to in on at by for from with within into onto over under about as is are be been " +
    "being am was were i me my mine we our us you your he she it its they their them this that these those " +
    "will would should could can may might must shall do does did done have has had not no so than then " +
    "very more most less least much many some any each every per all both own up down out off one two " +
    "new next last first year years month months week weeks day days end time"
).split(" "));
/** Word endings removed before lookups and comparisons, longest first. */
export const SUFFIXES: readonly string[] = ["ing", "ies", "ed", "es", "s"];

/**
 * Every regular expression the SMART check uses, so a test can vet each one
 * for catastrophic backtracking. Only letters outside ASCII need one.
 */
export const SMART_PATTERNS: readonly RegExp[] = [/\p{L}/u];
