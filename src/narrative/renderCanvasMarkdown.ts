import { markdownTable, markdownText } from "../_lib/markdown.ts";
import type { CareerCanvasResult } from "./careerCanvas.ts";

/**
 * Renders a career canvas as a Markdown page: the vision as title, then the
 * capabilities held, the resources, a table of the gaps (capability, kind,
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
 * const markdown = renderCanvasMarkdown(careerCanvas(plan, { capabilities: [] }, "2026-11-22"));
 * markdown.split("\n")[0]; //=> "# Career canvas: Become a senior software engineer in 5 years"
 * ```
 *
 * @category Narrative
 */
export function renderCanvasMarkdown(canvas: Readonly<CareerCanvasResult>): string {
  if (typeof canvas !== "object" || canvas === null) {
    throw new TypeError(`renderCanvasMarkdown: canvas must be an object from careerCanvas, got ${canvas === null ? "null" : typeof canvas}`);
  }
  const vision = markdownText(canvas.vision ?? "");
  const lines = [vision === "" ? "# Career canvas" : `# Career canvas: ${vision}`, "", `As of ${canvas.asOf}. Next update: ${canvas.nextUpdate}.`, ""];
  lines.push("## Capabilities held", "");
  lines.push(...bullets(canvas.held.map((capability) => `${markdownText(capability.name)} (${capability.source === "goals" ? "goals done" : "profile"})`)));
  lines.push("## Resources", "");
  lines.push(...bullets(canvas.resources.map(markdownText)));
  lines.push("## Gaps to the vision", "");
  if (canvas.gaps.length === 0) lines.push("None yet.", "");
  else {
    const rows = canvas.gaps.map((gap) => [
      markdownText(gap.name),
      gap.kind,
      gap.milestoneTitle === undefined ? "none" : markdownText(gap.milestoneTitle),
      gap.dueDate ?? "",
      gap.goalIds.length === 0 ? "none" : gap.goalIds.map(markdownText).join(", "),
    ]);
    lines.push(...markdownTable(["Capability", "Kind", "Milestone", "Due", "Goals"], rows), "");
  }
  lines.push("## Next steps", "");
  if (canvas.nextSteps.length === 0) lines.push("None yet.", "");
  else {
    canvas.nextSteps.forEach((step, index) => {
      const minutes = step.minutes === undefined ? "" : ` (${step.minutes} min)`;
      lines.push(`${index + 1}. ${markdownText(step.text)}${minutes}`);
    });
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function bullets(items: readonly string[]): string[] {
  return items.length === 0 ? ["None yet.", ""] : [...items.map((item) => `- ${item}`), ""];
}
