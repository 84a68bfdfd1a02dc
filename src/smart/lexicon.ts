// The English vocabulary of the SMART text check, kept apart from the logic so
// another language can be added: plain Sets and Maps of lowercase words, built
// once from the constant lists below. Phrases are space-separated words matched
// token by token (no regex).
import { FUNCTION_WORDS } from "../_lib/words.ts";

const words = (text: string): ReadonlySet<string> => new Set(text.split(" "));
/** The words of the n-th comma-separated group of `text` get `first + n × step`. */
const numbered = (text: string, first = 0, step = 1): [string, number][] =>
  text.split(", ").flatMap((group, index) => group.split(" ").map((word): [string, number] => [word, first + index * step]));

/** Spelled-out numbers ("three", "dozen"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...numbered(
    "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty",
  ),
  ...numbered("thirty, forty, fifty, sixty, seventy, eighty, ninety", 30, 10),
  ["hundred", 100], ["thousand", 1000], ["dozen", 12], ["single", 1], ["couple", 2], ["half", 0.5],
]);
/** Ordinal words → their number ("third quarter", "the first half"). "last" is the fourth quarter or second half. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(numbered("first, second, third, fourth", 1));
/** Month names and abbreviations → month number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  numbered("january jan, february feb, march mar, april apr, may, june jun, july jul, august aug, september sep sept, october oct, november nov, december dec", 1),
);
/** Month abbreviations, which may be written with a full stop ("Dec. 31"). */
export const MONTH_ABBREVIATIONS = words("jan feb mar apr jun jul aug sep sept oct nov dec");
/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(numbered("monday mon, tuesday tue tues, wednesday wed, thursday thu thurs, friday fri, saturday, sunday", 1));
/** Words that make a weekday a deadline ("by Friday", "next Sunday"). */
export const WEEKDAY_OPENERS = words("by on before until till this next due");
/** Calendar units of a relative span → the days and months one of them lasts. */
export const SPAN_UNITS: ReadonlyMap<string, readonly [days: number, months: number]> = new Map([
  ["day", [1, 0]], ["days", [1, 0]], ["week", [7, 0]], ["weeks", [7, 0]], ["fortnight", [14, 0]], ["fortnights", [14, 0]],
  ["month", [0, 1]], ["months", [0, 1]], ["quarter", [0, 3]], ["quarters", [0, 3]], ["year", [0, 12]], ["years", [0, 12]],
]);
/** Words that open a relative span ("in 8 weeks", "within 6 months"). */
export const SPAN_OPENERS = words("in within next over for after");
/** Words between an opener and the number ("the next", "the coming"); at most two are read. */
export const SPAN_FILLERS = words("the next coming following upcoming");
/** Words that put a deadline in front of a bare year ("by 2027", "end of 2027", "before 2029"). */
export const YEAR_OPENERS = words("by in of before until till during through throughout end");
/** Words that put a deadline in front of a day, month or holiday without a year ("by June 30", "before Christmas"). */
export const DAY_OPENERS = words("by on before until till through due");
/** Words that open a month without a year ("in September"); a day after it is not read ("in March 5 times"). */
export const MONTH_OPENERS = words("in during");
/** "this" or "next" period, for period ends ("by the end of next quarter"). */
export const PERIOD_SHIFT: ReadonlyMap<string, number> = new Map(numbered("this the current, next following coming"));
/** Periods whose end a phrase can name ("end of next month"), and their length in months (0: a week). */
export const PERIODS: ReadonlyMap<string, number> = new Map([["week", 0], ["month", 1], ["quarter", 3], ["year", 12]]);
/** Abbreviated period ends ("EOY"). */
export const PERIOD_END_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([["eow", "week"], ["eom", "month"], ["eoq", "quarter"], ["eoy", "year"]]);
/** The word "end" and its synonyms ("end of 2027"). */
export const END_WORDS = words("end close rest");
/** The start of a period ("by the start of Q2"). */
export const START_WORDS = words("start beginning");
/**
 * Parts of a year or of a month: "early 2027" is June 30 and "early March" the
 * 10th; "mid" June 30 / the 15th; "late" December 31 / the month's last day (0).
 */
export const PART_WORDS: ReadonlyMap<string, { readonly yearMonth: number; readonly yearDay: number; readonly monthDay: number }> = new Map([
  ["early", { yearMonth: 6, yearDay: 30, monthDay: 10 }], ["mid", { yearMonth: 6, yearDay: 30, monthDay: 15 }],
  ["middle", { yearMonth: 6, yearDay: 30, monthDay: 15 }], ["late", { yearMonth: 12, yearDay: 31, monthDay: 0 }],
]);
/** Holidays with a fixed date → [month, day] (day 0: the fourth Thursday, Thanksgiving). */
export const HOLIDAYS: ReadonlyMap<string, readonly [month: number, day: number]> = new Map([
  ["christmas", [12, 25]], ["xmas", [12, 25]], ["halloween", [10, 31]], ["thanksgiving", [11, 0]], ["valentine's", [2, 14]], ["valentines", [2, 14]],
]);
/** Seasons (northern meteorological) → the month that ends them. */
export const SEASONS: ReadonlyMap<string, number> = new Map([["spring", 5], ["summer", 8], ["fall", 11], ["autumn", 11]]);
/** Words that make a season a deadline ("this summer", "by fall 2027"). */
export const SEASON_OPENERS = words("by before until till in during this next over");
/** Events that bound a goal without a calendar date ("by the next session"); academic terms are among them (no date is read). */
export const EVENT_DEADLINES = words("session meeting review appraisal checkin call appointment visit sprint semester term trimester");
/** Words that bound an event deadline ("by", "before"). */
export const DEADLINE_WORDS = words("by before until till at");
/** "now", "today": what "3 weeks from now" counts from. */
export const NOW_WORDS = words("now today");
/** Units of effort or duration → hours. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ["minute", 1 / 60], ["minutes", 1 / 60], ["min", 1 / 60], ["mins", 1 / 60], ["hour", 1], ["hours", 1], ["hr", 1], ["hrs", 1], ["h", 1],
  ["second", 1 / 3600], ["seconds", 1 / 3600],
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
    "secure win achieve land found start automate read watch solve contribute merge open upload post take " +
    "find ask update rewrite translate renew switch change move join speak",
);
/** Singular nouns that name one observable deliverable ("course", "certification"). */
export const DELIVERABLES = words(
  "course documentation company business startup class program programme bootcamp certification certificate exam degree diploma module workshop " +
    "talk presentation article post blog paper report thesis book chapter newsletter feature project dashboard " +
    "prototype app website portfolio demo release product mvp migration document doc proposal study review " +
    "plan roadmap test screening appointment interview application contract deal tutorial video podcast " +
    "episode speech meetup conference hackathon poc pilot initiative rollout kata challenge " +
    "job jobs role position internship promotion raise mentor license licence resume cv career careers guide training fellowship client offer " +
    "assessment pipeline script tool api model integration association club group committee council someone mba phd cert session event seminar webinar",
);
/** Verbs whose completion is observable whatever their object ("ship", "publish"). */
export const OBSERVABLE_VERBS = words("ship publish launch release deploy submit pass earn obtain found migrate automate");
/** Verbs that finish a named work: "read", "present", "pass" a capitalised or quoted title is a deliverable. */
export const NAMED_WORK_VERBS = words("read finish complete present pass take publish ship launch release watch get earn obtain land secure");
/** Past participles that name an observable change of status ("promoted to senior engineer"). */
export const STATUS_PARTICIPLES = words("promoted certified hired accepted admitted licensed");
/** Other verbs that open a goal's object ("find a job", "update my resume"). */
export const OTHER_VERBS = words(
  "find update change switch join seek pursue apply expand grow refresh polish improve revamp rewrite make have do be got gotten " +
    "go move transition advance step land secure attain reach",
);
/** Particles a completion verb may take before its object ("sign up for", "move into"). */
export const PARTICLES = words("up in out for on to into over as at");
/** Words that end a verb's object (prepositions, conjunctions). */
export const OBJECT_STOPS = words("and or but of on in at with from to by about into during before after through within until using via if when while");
/** Soft verbs ("explore", "improve") that need a quantity or method to be specific. */
export const SOFT_VERBS = words(
  "explore try focus maintain continue keep improve enhance develop grow understand learn know consider " +
    "think look work get strengthen deepen broaden expand boost adjust control avoid manage handle become",
);
/**
 * Generic career objects: a coach asks "which one?" until a qualifier names it
 * (a proper name, a level, a field, a number, a named artefact).
 */
export const GENERIC_OBJECTS = words(
  "certificate certificates certification certifications course courses class classes training job jobs role roles position positions " +
    "internship internships promotion raise network networking connections contacts skills skill skillset resume resumes cv cvs " +
    "portfolio mentor mentors mentorship degree degrees qualification qualifications career careers opportunity opportunities " +
    "experience profile salary income language languages interview interviews team " +
    "talk talks presentation conference conferences project projects business deal deals license licence blog client clients " +
    "program programme association someone somebody people manager managers lead leader director engineer analyst designer developer " +
    "plan plans feature features group groups module modules cert certs diploma diplomas something anything " +
    "session sessions event events workshop workshops seminar seminars webinar webinars professionals colleagues peers experts " +
    "promoted certified hired licensed",
);
/** Verbs whose object is a role: becoming one is observable ("become a team lead"). */
export const ROLE_VERBS = words("become becomes became becoming");
/** Verbs that frame a change of role ("become", "move into", "transition to"): they name no topic a goal could share with the vision. */
export const ROLE_CHANGE_VERBS = words("become move transition switch get");
/** Role nouns: a noun of a compound ("the team lead role"), not the verb "lead". */
export const ROLE_NOUNS = words("lead manager director engineer analyst designer developer mentor coach");
/** Verbs that are also generic objects: networking names no people until it says which or how many. */
export const GENERIC_VERBS = words("network networking");
/** Modifiers that do not say which one ("a new job", "a better role"). */
export const NON_QUALIFIERS = words(
  "a an the my our your his her their its this that these those some any another other new better good great decent nice side own big small large top " +
    "industry field area company organization organisation workplace office " +
    "higher bigger first next dream different stable full part time full-time part-time paid unpaid remote summer entry " +
    "well-paid well paying permanent professional online more real proper right suitable relevant current personal " +
    "few several many certain basic general overall strong solid",
);
/** Prepositions after a generic object that bring its qualifier ("an internship in data analytics", "promoted to lead"). */
export const QUALIFYING_PREPOSITIONS = words("in at for on with around about from as to into covering focused focusing using like through within of");
/** Words written with a capital that name no particular thing ("I", "I'm"). */
export const NOT_NAMES = words("i i'm i'll i've i'd");

/** Phrases by the evidence they give; each list is matched token by token. */
export const PHRASES = {
  /** Observable on their own ("end to end", "get certified"). */
  deliverable: ["end to end", "get certified", "become certified", "be certified"],
  /** Vague whatever else the goal says. */
  vague: (
    "get better, getting better, be more, become more, read more, do more, network more, more often, become better, be better, do better, become an expert, be an expert, " +
    "become a better, be a better, learn more, know more, improve myself, better myself, be successful, " +
    "become successful, be more successful, do my best, work harder, find a balance, make progress, " +
    "try different, try new things, be mindful, being mindful, be more mindful, in general, as much as possible, and so on, someday, some day, " +
    "eventually, at some point, one of these days, stuff, things, somehow, find my passion, find my purpose, find my calling, do something, think about, look into, get my life together"
  ).split(", "),
  /** Give a soft verb its concrete method or scope ("such as", "including"). */
  concrete: ["such as", "including", "for example", "for instance", "e.g", "i.e"],
  /** Sound like a deadline but are none ("soon", "someday"). */
  vagueTime: (
    "soon, someday, some day, one day, eventually, asap, as soon as possible, at some point, later, " +
    "in the future, sometime, some time, in due course, when possible, when i can, in the coming weeks, in the coming months, in the coming years"
  ).split(", "),
} as const;

/**
 * What a goal says around its topic, besides the shared function words:
 * pronouns and determiners, auxiliaries and negation, degree adverbs, particles,
 * quantity and time words. They stay out of the shared set because some of them
 * name things in job titles ("IT Director", "US Customs", "Mine Superintendent",
 * "Stand Up Comedian", "Pay Per Click Specialist").
 */
const GOAL_FILLER_WORDS = words(
  "mine we our us you your he she it its they their them this that these those " +
    "is are be been being am was were will would should could can may might must shall do does did done have has had not no " +
    "then very over under per up down out off " +
    "more most less least much many some any each every all both own one two " +
    "new next last first year years month months week weeks day days end time",
);
/** Words that carry no topic: skipped when comparing a goal with the vision, and when reading what names a goal's object. */
export const TOPIC_FREE_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...GOAL_FILLER_WORDS]);

/**
 * Every regular expression the SMART check uses, so a test can vet each one
 * for catastrophic backtracking. Only letters outside ASCII need one.
 */
export const SMART_PATTERNS: readonly RegExp[] = [/\p{L}/u];
