// Helpers shared by the progress and narrative tests.
import { micromark } from "micromark";
import type { GoalInput, PlanInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

export { frozenCopy } from "../fixtures/deepFreeze.ts";

/** A copy of the senior-engineer plan with some fields replaced. */
export function seniorPlanWith(changes: Partial<PlanInput>): PlanInput {
  return { ...structuredClone(seniorEngineerPlan), ...changes };
}

/** A plan with only a vision (2026-01-01 to 2030-12-31) and the given goals. */
export function planWithGoals(goals: GoalInput[], extra: Partial<PlanInput> = {}): PlanInput {
  return { vision: { id: "v", statement: "Become a staff engineer", startDate: "2026-01-01", targetDate: "2030-12-31" }, goals, ...extra };
}

/** The lines of a Markdown page that belong to GFM tables, grouped by table. */
export function markdownTables(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) {
      if (!current) tables.push((current = []));
      current.push(line);
    } else current = undefined;
  }
  return tables;
}

/** The cells of a table row, splitting on pipes not escaped with a backslash. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let index = 1; index < row.length; index++) {
    const char = row[index]!;
    if (char === "\\" && index + 1 < row.length) {
      cell += char + row[index + 1];
      index++;
    } else if (char === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  return cells;
}

/** Whether every table is well formed: rows start and end with a pipe, a separator row second, the same cell count throughout. */
export function tablesAreWellFormed(markdown: string): boolean {
  return markdownTables(markdown).every((table) => {
    const width = tableCells(table[0]!).length;
    const separator = table[1] !== undefined && tableCells(table[1]).every((cell) => /^:?-{3,}:?$/.test(cell));
    return separator && table.every((row) => row.endsWith("|") && tableCells(row).length === width);
  });
}

/** The page as HTML, rendered by micromark (CommonMark). */
export function toHtml(markdown: string): string {
  return micromark(markdown);
}
