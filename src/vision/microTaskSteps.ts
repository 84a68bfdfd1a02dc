// Private: the short steps a goal's work falls into when the caller names none,
// chosen by what the goal is about ("System design course: chapter notes").
// English word lists, kept apart from the logic so another language can be added.

const STUDY = new Set("course book chapter chapters study studying read reading knowledge regulation regulations theory summary exam certification certificate module syllabus literacy".split(" "));
const PEOPLE = new Set("mentor mentoring mentee coach coaching interview interviews informational network networking stakeholder stakeholders talk talks meetup conversation conversations sponsor community".split(" "));
const BUILD = new Set("build building code coding tool tools use using sql python prototype demo app dashboard pipeline query queries data technology".split(" "));

const STEPS = {
  study: ["chapter notes", "practice questions", "what applies at work"],
  people: ["prepare questions", "the conversation", "notes and follow-up"],
  build: ["set up and first exercise", "build one small piece", "write up what worked"],
  practice: ["pick the next piece of real work", "do the work", "ask for feedback"],
} as const;

/** The default steps for work described by `text`: study, people, building or practice. */
export function defaultSteps(text: string): readonly string[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((word) => PEOPLE.has(word))) return STEPS.people;
  if (words.some((word) => STUDY.has(word))) return STEPS.study;
  if (words.some((word) => BUILD.has(word))) return STEPS.build;
  return STEPS.practice;
}
