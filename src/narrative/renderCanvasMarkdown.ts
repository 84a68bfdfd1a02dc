import { requireObject } from "../_lib/args.ts";
import { markdownTable, markdownText } from "../_lib/markdown.ts";
import type { CareerCanvasResult } from "./careerCanvas.ts";

/**
 * Renders a career canvas as a Markdown page: the vision as title, then the
 * capabilities held (with the evidence earned), the resources, a table of the gaps (capability, kind,
 * milestone, due date, goals) and the next steps as a numbered list.
 *
 * Text from the plan is escaped, so a title such as `Ship v2 | *fast* #1`
 * prints as written (no emphasis, heading or extra table cell). The output is
 * CommonMark; the gaps table is a GitHub-flavoured Markdown table. Empty
 * sections say "None yet."
 *
 * @param canvas - A canvas from {@link careerCanvas}.
 * @returns The Markdown page, ending with a newline.
 * @throws {TypeError} `canvas` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "v",
 *     statement: "Become a senior software engineer in 5 years",
 *     startDate: "2026-01-05",
 *     targetDate: "2030-12-31",
 *     capabilities: [{ id: "mentoring", name: "Mentoring" }],
 *   },
 * };
 * const markdown = renderCanvasMarkdown(careerCanvas(plan, { capabilities: [] }, { asOf: "2026-11-22" }));
 * markdown.split("\n")[0]; //=> "# Career canvas: Become a senior software engineer in 5 years"
 * ```
 *
 * @category Narrative
 */
export function renderCanvasMarkdown(canvas: Readonly<CareerCanvasResult>): string {
  requireObject("renderCanvasMarkdown", "canvas", canvas);
  const vision = markdownText(canvas.vision);
  const gapRows = canvas.gaps.map((gap) => [
    markdownText(gap.name),
    gap.kind,
    gap.milestoneTitle === undefined ? "none" : markdownText(gap.milestoneTitle),
    gap.dueDate ?? "",
    gap.goalIds.map(markdownText).join(", ") || "none",
  ]);
  return `# Career canvas${vision && `: ${vision}`}

As of ${canvas.asOf}. Next update: ${canvas.nextUpdate}.

## Capabilities held

${section(canvas.held.map((capability) => `- ${markdownText(capability.name)} (${capability.source === "goals" ? "goals done" : "profile"})${evidenceOf(capability.evidence)}`))}

## Resources

${section(canvas.resources.map((resource) => `- ${markdownText(resource)}`))}

## Gaps to the vision

${section(gapRows.length === 0 ? [] : markdownTable(["Capability", "Kind", "Milestone", "Due", "Goals"], gapRows))}

## Next steps

${section(canvas.nextSteps.map((step, index) => `${index + 1}. ${markdownText(step.text)}${step.minutes === undefined ? "" : ` (${step.minutes} min)`}`))}
`;
}

/** ": evidence one; evidence two" after a held capability, or nothing. */
function evidenceOf(evidence: readonly string[] | undefined): string {
  return evidence?.length ? `: ${evidence.map(markdownText).join("; ")}` : "";
}

/** A section's lines, or "None yet." when it has none. */
function section(lines: readonly string[]): string {
  return lines.length === 0 ? "None yet." : lines.join("\n");
}
