// `careerplan init`: a person's own plan from the role they aim at, in one
// command. The role (and the occupation they hold now) are found with
// careerplan/occupations, the vision is assembled from the answers, and
// createPlan makes the plan that is written. Flags answer everything; on a
// terminal, whatever they leave out is asked.
import { createPlan, scheduleReviews, type IsoDate, type Plan, type VisionInput } from "../index.ts";
import { capabilitiesForRole, findOccupations, type OccupationMatch } from "../occupations/index.ts";
import type { CliIo } from "./io.ts";
import { terminalText } from "./terminalText.ts";

/** The flags of `careerplan init`, as util.parseArgs gives them. */
export interface InitFlags {
  role?: string;
  from?: string;
  years?: string;
  hours?: string;
  why?: string;
  where?: string;
  who?: string;
  out?: string;
  yes?: boolean;
  force?: boolean;
}

/** The usage lines of `careerplan init`, for the CLI's help. */
export const INIT_USAGE = `  init                   start your own plan from the role you aim at (asks what the flags leave out)
      --role "<role>"      the role you want, as a job advert would name it
      --from <job>         the job you hold now: the plan covers the gap between them
      --years N            years to get there        --hours H   hours a week for it
      --why, --where, --who  the vision's other answers (optional)
      --out <plan.json>    where to write the plan (default plan.json; --force to overwrite)
      --yes                take a weak role match without asking
      --as-of YYYY-MM-DD   the plan's start (default: today)`;

/** The seeds' advice: 5–10 skills for the destination role. */
const CAPABILITIES = 8;
const DEFAULT_OUT = "plan.json";

/** What init needs answered, in the order it asks; the 5W questions of the vision among them. */
const QUESTIONS = [
  { flag: "role", required: true, question: "What role do you want to hold (what)? " },
  { flag: "from", required: false, question: "What is your job now? (Enter to skip) " },
  { flag: "years", required: true, question: "In how many years (when)? " },
  { flag: "hours", required: true, question: "How many hours a week can you give it? " },
  { flag: "why", required: false, question: "Why does it matter to you (why)? (Enter to skip) " },
  { flag: "where", required: false, question: "In what field, industry or kind of company (where)? (Enter to skip) " },
  { flag: "who", required: false, question: "Who will you work with or learn from (who)? (Enter to skip) " },
] as const;

export async function runInit(flags: InitFlags, asOf: IsoDate, io: CliIo): Promise<number> {
  const out = flags.out ?? DEFAULT_OUT;
  if (!flags.force && io.exists(out)) return fail(io, `${out} already exists: pass --force to overwrite it, or --out another file`);

  const answers: Record<string, string | undefined> = { role: flags.role, from: flags.from, years: flags.years, hours: flags.hours, why: flags.why, where: flags.where, who: flags.who };
  const missing = QUESTIONS.filter(({ flag, required }) => required && !answers[flag]?.trim());
  if (missing.length > 0) {
    if (!io.ask) return fail(io, `init needs ${listFlags(missing.map(({ flag }) => flag))} (there is no terminal to ask on)`);
    // On a terminal, the answers not given as flags are asked, the optional W's included.
    for (const { flag, question } of QUESTIONS) {
      if (answers[flag]?.trim()) continue;
      answers[flag] = (await io.ask(question)).trim() || undefined;
    }
  }

  const years = Number(answers.years);
  if (!(years > 0 && years <= 50)) return fail(io, `--years must be a number of years from 1 to 50, got "${answers.years ?? ""}"`);
  const hours = Number(answers.hours);
  if (!(hours > 0 && hours <= 168)) return fail(io, `--hours must be hours a week from 1 to 168, got "${answers.hours ?? ""}"`);

  const role = await chooseOccupation(answers.role!, "role", flags, io);
  if (typeof role === "number") return role;
  const current = answers.from ? await chooseOccupation(answers.from, "current occupation", flags, io) : undefined;
  if (typeof current === "number") return current;

  const gap = capabilitiesForRole(role.code, { top: CAPABILITIES, ...(current ? { from: current.code } : {}) });
  const targetDate = yearsAfter(asOf, years);
  const vision = visionFor(answers, role, asOf, targetDate, gap.capabilities);
  const { plan, issues } = createPlan(vision, { asOf, hoursPerWeek: hours });

  try {
    io.writeFile(out, `${JSON.stringify(plan, null, 2)}\n`);
  } catch (error) {
    return fail(io, `${out}: cannot write the file (${error instanceof Error ? error.message : String(error)})`);
  }
  io.out(summary(plan, { role, current, out, asOf, notes: [...gap.issues, ...issues].filter((issue) => issue.severity !== "info").map((issue) => issue.message) }));
  return 0;
}

/** The best match for what the person typed; a weak one is confirmed (on a terminal) or taken with --yes, and said. */
async function chooseOccupation(query: string, what: string, flags: InitFlags, io: CliIo): Promise<OccupationMatch | number> {
  const [match] = findOccupations(query, { limit: 1 });
  if (!match) return fail(io, `no O*NET occupation matches the ${what} "${query}": try the title a job advert would use`);
  if (!match.weak) return match;
  const guess = `"${query}" matches ${match.title} only weakly (through "${match.matchedTitle}")`;
  if (flags.yes) {
    io.err(`careerplan: ${terminalText(guess)}; taking it (--yes)\n`);
    return match;
  }
  if (!io.ask) return fail(io, `${guess}: pass --yes to take it, or a more precise --${what === "role" ? "role" : "from"}`);
  const answer = await io.ask(`${guess}. Use it? [y/N] `);
  return /^y(es)?$/i.test(answer.trim()) ? match : fail(io, `stopped: no ${what} chosen; try again with the title a job advert would use`);
}

function visionFor(answers: Record<string, string | undefined>, role: OccupationMatch, startDate: IsoDate, targetDate: IsoDate, capabilities: VisionInput["capabilities"]): VisionInput {
  const wanted = answers.role!.trim();
  const where = answers.where?.trim();
  const vision: VisionInput = {
    id: slug(wanted) || "my-vision",
    statement: `Work as a ${wanted}${where ? ` in ${where}` : ""} by ${targetDate.slice(0, 4)}`,
    startDate,
    targetDate,
    what: `${wanted} (O*NET: ${role.title})`,
    targetRole: wanted,
    capabilities: capabilities ?? [],
  };
  for (const key of ["why", "where", "who"] as const) {
    const value = answers[key]?.trim();
    if (value) vision[key] = value;
  }
  return vision;
}

interface SummaryFacts {
  role: OccupationMatch;
  current: OccupationMatch | undefined;
  out: string;
  asOf: IsoDate;
  notes: string[];
}

/** What a person reads after init: the role found and how sure, the milestones, this week, the next review, what to run next. */
function summary(plan: Plan, { role, current, out, asOf, notes }: SummaryFacts): string {
  const lines = [`Wrote ${out}: ${plan.vision.statement}.`, ""];
  lines.push(`Role: ${role.title} (O*NET ${role.code}), ${sureness(role)}.`);
  if (current) lines.push(`From: ${current.title} (O*NET ${current.code}), ${sureness(current)}.`);
  lines.push("", "Milestones:");
  for (const milestone of plan.milestones ?? []) lines.push(`  ${milestone.dueDate}  ${milestone.title}`);
  const weekEnd = daysAfter(asOf, 7);
  const goalsStarted = new Set((plan.goals ?? []).filter((goal) => (goal.startDate ?? asOf) < weekEnd).map((goal) => goal.id));
  const tasks = (plan.tasks ?? []).filter((task) => !task.done && goalsStarted.has(task.goalId)).slice(0, 5);
  lines.push("", "This week:");
  if (tasks.length === 0) lines.push("  nothing yet: the first goals start later");
  for (const task of tasks) lines.push(`  [ ] ${task.title} (${task.minutes} min)`);
  const [next] = scheduleReviews({ start: plan.vision.startDate, until: plan.vision.targetDate });
  if (next) lines.push("", `Next review: ${next.date} (${next.kinds.join(" + ")}).`);
  if (notes.length > 0) lines.push("", "Notes:", ...notes.map((note) => `  - ${note}`));
  lines.push("", "Next:", `  careerplan check ${out}`, `  careerplan schedule ${out} --ics reviews.ics`, `  careerplan render ${out} --format md`);
  return `${lines.map(terminalText).join("\n")}\n`;
}

function sureness(match: OccupationMatch): string {
  const through = match.matchedTitle === match.title ? "" : ` through "${match.matchedTitle}"`;
  return match.weak ? `a weak match${through}: check it is the job you mean` : `matched${through} (score ${match.score.toFixed(2)})`;
}

/** `asOf` plus whole months (years × 12), on the same day or the month's last. */
function yearsAfter(asOf: IsoDate, years: number): IsoDate {
  const [year, month, day] = asOf.split("-").map(Number) as [number, number, number];
  const months = year * 12 + (month - 1) + Math.round(years * 12);
  const target = new Date(Date.UTC(Math.floor(months / 12), months % 12, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10) as IsoDate;
}

function daysAfter(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
}

function listFlags(flags: readonly string[]): string {
  const named = flags.map((flag) => `--${flag}`);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}

function fail(io: CliIo, message: string): number {
  io.err(`careerplan: ${terminalText(message)}\n`);
  return 2;
}
