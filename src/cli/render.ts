// `careerplan render`: the plan as a Markdown page, Mermaid text or an SVG
// roadmap, printed or written to a file.
import { type IsoDate, renderPlanMarkdown, renderPlanMermaid, renderRoadmapSvg } from "../index.ts";
import { formatIssues } from "./formatIssues.ts";
import type { CliIo } from "./io.ts";
import { readPlan } from "./readPlan.ts";
import { terminalText } from "./terminalText.ts";

const FORMATS = ["md", "mermaid", "svg"] as const;
type Format = (typeof FORMATS)[number];

export const RENDER_USAGE = `  render <plan.json>     the plan as a Markdown page, Mermaid text or an SVG roadmap
      --format md|mermaid|svg  what to write (default: from --out's extension, else md)
      --as-of YYYY-MM-DD   the day the picture shows (default: today)
      --out <file>         write to this file instead of printing`;

export interface RenderOptions {
  asOf: IsoDate;
  format: string | undefined;
  out: string | undefined;
}

/** Runs `careerplan render <file>`; returns the exit code (0, or 2 with one line on stderr). */
export function runRender(io: CliIo, file: string | undefined, options: RenderOptions): number {
  const format = options.format ?? formatOf(options.out);
  if (!isFormat(format)) return fail(io, `--format must be md, mermaid or svg, got "${format}"`);
  if (file === undefined) return fail(io, "render needs a plan file: careerplan render <plan.json>");
  const read = readPlan(io, file);
  if (!read.ok) {
    fail(io, read.error);
    if (read.issues.length > 0) io.err(formatIssues(file, read.issues));
    return 2;
  }
  const { asOf } = options;
  const text =
    format === "svg" ? renderRoadmapSvg(read.plan, { asOf }) : format === "mermaid" ? renderPlanMermaid(read.plan, { asOf }) : renderPlanMarkdown(read.plan, { asOf });
  if (options.out === undefined) {
    io.out(text);
    return 0;
  }
  try {
    io.writeFile(options.out, text);
  } catch (error) {
    return fail(io, `${options.out}: cannot write the file (${error instanceof Error ? error.message : String(error)})`);
  }
  io.out(`Wrote the ${format === "md" ? "Markdown page" : format === "mermaid" ? "Mermaid gantt" : "SVG roadmap"} to ${terminalText(options.out)}\n`);
  return 0;
}

/** The format an output file's extension names: .svg, .mmd or .mermaid; anything else is Markdown. */
function formatOf(out: string | undefined): Format {
  const extension = out?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return extension === "svg" ? "svg" : extension === "mmd" || extension === "mermaid" ? "mermaid" : "md";
}

function isFormat(format: string): format is Format {
  return (FORMATS as readonly string[]).includes(format);
}

/** The one line on stderr and exit 2; file names and option values are shown with control characters written out. */
function fail(io: CliIo, message: string): number {
  io.err(`careerplan: ${terminalText(message)}\n`);
  return 2;
}
