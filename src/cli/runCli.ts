import { parseArgs } from "node:util";
import { checkAlignment, IsoDate, scheduleReviews, toICalendar } from "../index.ts";
import { calendarOptions } from "./calendarOptions.ts";
import { renderDemo } from "./demo.ts";
import { formatIssues } from "./formatIssues.ts";
import type { CliIo } from "./io.ts";
import type { ReadPlanResult } from "./readPlan.ts";
import { readPlan } from "./readPlan.ts";
import { INIT_USAGE, runInit } from "./init.ts";
import { RENDER_USAGE, runRender } from "./render.ts";
import { terminalText } from "./terminalText.ts";
import { version } from "../../package.json";

const USAGE = `Usage: careerplan <command> [options]

Commands:
${INIT_USAGE}
  check <plan.json>      check alignment and SMART goals; exit 1 when an error is found
      --as-of YYYY-MM-DD   the date to check against (default: today)
      --format text|json   output format (default: text)
  schedule <plan.json>   the review calendar from the vision's start date
      --from YYYY-MM-DD    first date (default: the vision's start date)
      --until YYYY-MM-DD   last date (default: the vision's target date)
      --ics <out.ics>      write an iCalendar file instead of printing the dates
      --as-of YYYY-MM-DD   the calendar's timestamp date (default: today)
${RENDER_USAGE}
  demo                   run the built-in example plan end to end
      --as-of YYYY-MM-DD   the date to run it at (default: 2026-11-22)

Options:
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no error found, 1 the plan has errors, 2 the command could not run.`;

/**
 * Runs the CLI on `args` (without node and script) and returns the exit code.
 * Every failure is one line on stderr and exit 2 (with `--format json`, also
 * one JSON object on stdout), whatever went wrong: a plan that makes a
 * library function throw is a failure to report, never a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // util.parseArgs explains "--" at length after the first sentence; the usage says enough.
    const message = describe(error).split(". ")[0]!;
    return fail(io, `${message[0]!.toLowerCase()}${message.slice(1)}`, { usage: true, json: asksForJson(args) });
  }
  const { values, positionals } = parsed;
  const json = values.format === "json";
  if (values.version) return print(io, `${version}\n`);
  const [command, file, ...extra] = positionals;
  if (values.help || command === undefined || command === "help") return print(io, `${USAGE}\n`);
  if (extra.length > 0) return fail(io, `unexpected argument "${extra[0]}"`, { json });
  if (command !== "render" && values.format !== undefined && values.format !== "text" && values.format !== "json") return fail(io, `--format must be text or json, got "${values.format}"`);

  const asOf = values["as-of"] ?? (command === "demo" ? undefined : io.today());
  if (asOf !== undefined && !IsoDate.safeParse(asOf).success) return fail(io, `--as-of must be a calendar date YYYY-MM-DD, got "${asOf}"`, { json });
  // init's --from names the job the person holds now; everywhere else it is a date.
  for (const option of command === "init" ? [] : (["from", "until"] as const)) {
    const date = values[option];
    if (date !== undefined && !IsoDate.safeParse(date).success) return fail(io, `--${option} must be a calendar date YYYY-MM-DD, got "${date}"`, { json });
  }
  if (command !== "init" && values.from !== undefined && values.until !== undefined && values.from > values.until) {
    return fail(io, `--from ${values.from} is after --until ${values.until}: the range holds no date`, { json });
  }

  try {
    switch (command) {
      case "demo":
        return print(io, renderDemo(asOf));
      case "init":
        if (file !== undefined) return fail(io, `unexpected argument "${file}": init takes flags only (careerplan init --role "<role>")`);
        return await runInit(values, asOf as IsoDate, io);
      case "render":
        return runRender(io, file, { asOf: asOf as IsoDate, format: values.format, out: values.out });
      case "check":
      case "schedule": {
        if (file === undefined) return fail(io, `${command} needs a plan file: careerplan ${command} <plan.json>`, { json });
        const read = readPlan(io, file);
        if (!read.ok) return failToRead(io, file, read, command === "check" && json);
        if (command === "check") {
          const report = checkAlignment(read.plan, { asOf: asOf! });
          io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatIssues(file, report.issues));
          return report.ok ? 0 : 1;
        }
        const { vision } = read.plan;
        const from = values.from ?? vision.startDate;
        const until = values.until ?? vision.targetDate;
        // Reviews stay anchored on the start date; --from only leaves out the earlier ones.
        const events = scheduleReviews({ start: vision.startDate, until }).filter((event) => event.date >= from);
        // An empty range is said, not printed as nothing: on stderr, so stdout still holds only dates.
        if (events.length === 0) io.err(`careerplan: no review falls between ${from} and ${until}\n`);
        if (values.ics === undefined) return print(io, events.map((event) => `${event.date}  ${event.kinds.join(" + ")}\n`).join(""));
        const calendar = toICalendar(events, calendarOptions(vision, asOf as IsoDate));
        try {
          io.writeFile(values.ics, calendar);
        } catch (error) {
          return fail(io, `${values.ics}: cannot write the file (${describe(error)})`);
        }
        return print(io, `Wrote ${events.length} review events to ${values.ics}\n`);
      }
      default:
        return fail(io, `unknown command "${command}"`, { usage: true, json });
    }
  } catch (error) {
    return fail(io, `${command} could not run: ${describe(error)}`, { json });
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      "as-of": { type: "string" },
      format: { type: "string" },
      from: { type: "string" },
      until: { type: "string" },
      ics: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      // init
      role: { type: "string" },
      years: { type: "string" },
      hours: { type: "string" },
      why: { type: "string" },
      where: { type: "string" },
      who: { type: "string" },
      yes: { type: "boolean", short: "y" },
      force: { type: "boolean" },
    },
  });
}

function print(io: CliIo, text: string): number {
  io.out(text);
  return 0;
}

/**
 * Exit 2 for a plan file that could not be checked: the one line on stderr as
 * for any other failure, then (text) every schema issue in check's linter
 * format, also on stderr since stdout carries results and there are none; or
 * (`check --format json`) one JSON object on stdout, so a program always gets
 * something to parse.
 */
function failToRead(io: CliIo, file: string, read: Extract<ReadPlanResult, { ok: false }>, json: boolean): number {
  io.err(`careerplan: ${terminalText(read.error)}\n`);
  if (json) {
    // The check report's `ok` and `issues` (in parsePlan's order, so issues[0] is the one the line names;
    // empty when the file can't be read or isn't JSON). `score` and `coverage` measure a checked plan and
    // this one never was, so they are left out rather than faked; `error`, never in a check report, tells
    // "could not check" (exit 2) from "checked, found errors" (exit 1).
    io.out(`${JSON.stringify({ ok: false, error: read.error, issues: read.issues }, null, 2)}\n`);
  } else if (read.issues.length > 0) {
    io.err(formatIssues(file, read.issues));
  }
  return 2;
}

/**
 * The one line on stderr and exit 2. Outside text in `message` (file names,
 * option values) is shown with control characters written out; with
 * `json`, stdout also gets `{ ok: false, error }` so a program always has
 * one object to parse.
 */
function fail(io: CliIo, message: string, { usage = false, json = false }: { usage?: boolean; json?: boolean } = {}): number {
  io.err(`careerplan: ${terminalText(message)}\n${usage ? `\n${USAGE}\n` : ""}`);
  if (json) io.out(`${JSON.stringify({ ok: false, error: message })}\n`);
  return 2;
}

/** Whether unparsable arguments still asked for JSON (`--format json` or `--format=json`). */
function asksForJson(args: readonly string[]): boolean {
  return args.some((arg, at) => arg === "--format=json" || (arg === "--format" && args[at + 1] === "json"));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
