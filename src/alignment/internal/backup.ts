// Private: the seeds' risk anticipation — a short-term core goal can be undone
// by a company change or a skill gone obsolete, so it should carry a backup plan.
import { addMonths, isIsoDate } from "../../_lib/dates.ts";
import { createIssue } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import type { AlignmentIndex } from "./planIndex.ts";

/** How far ahead a core goal counts as short-term and needs a backup. */
const SHORT_TERM_MONTHS = 6;

/** Pushes a `goal/no-backup` info for each active core goal due within six months of asOf without a backup. */
export function checkBackups(index: AlignmentIndex, issues: Issue[]): void {
  const { goals, buckets, asOf } = index;
  const horizon = addMonths(asOf, SHORT_TERM_MONTHS);
  goals.forEach((goal, at) => {
    if (buckets[at] !== "core" || !isIsoDate(goal.dueDate) || goal.dueDate < asOf || goal.dueDate > horizon) return;
    if (typeof goal.backup === "string" && goal.backup.trim() !== "") return;
    issues.push(
      createIssue(
        "goal/no-backup",
        "info",
        ["goals", at],
        `core goal due ${goal.dueDate} has no backup plan`,
        "Add backup: what you would do instead if a company change or an obsolete skill made the goal impossible.",
      ),
    );
  });
}
