// Trims the O*NET® files in ../shared/data/ (or the folder given as the first
// argument, holding onet-29.0/, onet-29.3/ and onet-30.0/) to the committed copy in
// scripts/occupations/source/, which is all the build needs: a user's clone has no
// ../shared.
//
//   npx tsx scripts/occupations/trim.ts [data-folder]
//
// 29.0 (skills):
//   occupations.tsv — code and title of every occupation (descriptions dropped).
//   elements.tsv    — element id and name of each skill.
//   skills.tsv      — one row per rated occupation, one column per skill, each cell
//                     "IM LV" plus " S" when a row is flagged Recommend Suppress and
//                     " R" when flagged Not Relevant (empty when the skill is absent).
// 29.3 (knowledge, reported titles):
//   knowledge-elements.tsv, knowledge.tsv — the same two tables for knowledge areas.
//   reported-titles.tsv — code and reported job title.
// 30.0 (alternate titles, technologies, job zones):
//   alternate-titles.tsv — code, alternate title, short title ("" when none).
//   technologies.tsv     — code, example, commodity title, hot (Y/N), in demand (Y/N).
//   job-zones.tsv        — code and job zone (1–5).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = process.argv[2] ?? fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const to = fileURLToPath(new URL("./source/", import.meta.url));
mkdirSync(to, { recursive: true });

const occupationRows = readRows(`${from}/onet-29.0/Occupation Data.txt`);
writeFileSync(`${to}occupations.tsv`, toTsv([["O*NET-SOC Code", "Title"], ...occupationRows.map((row) => [row[0]!, row[1]!])]));
const skills = widen(readRows(`${from}/onet-29.0/Skills.tsv`).map(([code, id, name, scale, value, suppress, notRelevant]) => [code!, id!, name!, scale!, value!, suppress!, notRelevant!]));
writeFileSync(`${to}elements.tsv`, skills.elements);
writeFileSync(`${to}skills.tsv`, skills.ratings);
// Knowledge.tsv carries N and Standard Error between the value and the flags.
const knowledge = widen(readRows(`${from}/onet-29.3/Knowledge.tsv`).map(([code, id, name, scale, value, , , suppress, notRelevant]) => [code!, id!, name!, scale!, value!, suppress!, notRelevant ?? ""]));
writeFileSync(`${to}knowledge-elements.tsv`, knowledge.elements);
writeFileSync(`${to}knowledge.tsv`, knowledge.ratings);
writeFileSync(`${to}reported-titles.tsv`, toTsv([["O*NET-SOC Code", "Reported Job Title"], ...readRows(`${from}/onet-29.3/Sample of Reported Titles.tsv`).map((row) => [row[0]!, row[1]!])]));
writeFileSync(`${to}alternate-titles.tsv`, toTsv([["O*NET-SOC Code", "Alternate Title", "Short Title"], ...readRows(`${from}/onet-30.0/Alternate Titles.tsv`).map((row) => [row[0]!, row[1]!, row[2] === "n/a" ? "" : row[2]!])]));
writeFileSync(`${to}technologies.tsv`, toTsv([["O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand"], ...readRows(`${from}/onet-30.0/Technology Skills.tsv`)]));
writeFileSync(`${to}job-zones.tsv`, toTsv([["O*NET-SOC Code", "Job Zone"], ...readRows(`${from}/onet-30.0/Job Zones.tsv`).map((row) => [row[0]!, row[1]!])]));
copyFileSync(`${from}/onet-29.0/Read Me.txt`, `${to}Read Me.txt`);
copyFileSync(`${from}/onet-29.3/Read Me.txt`, `${to}Read Me 29.3.txt`);
console.log(`trimmed ${occupationRows.length} occupations, ${skills.count} with skills, ${knowledge.count} with knowledge into ${to}`);

/** Long rows (code, element, name, IM/LV, value, suppress, not relevant) to one row per occupation. */
function widen(rows: string[][]): { elements: string; ratings: string; count: number } {
  const elements = new Map<string, string>();
  const cells = new Map<string, Map<string, { IM?: string; LV?: string; suppress: boolean; notRelevant: boolean }>>();
  for (const [code, elementId, elementName, scale, value, suppress, notRelevant] of rows) {
    elements.set(elementId!, elementName!);
    let row = cells.get(code!);
    if (!row) cells.set(code!, (row = new Map()));
    const cell = row.get(elementId!) ?? { suppress: false, notRelevant: false };
    if (scale !== "IM" && scale !== "LV") throw new Error(`unexpected scale ${scale}`);
    cell[scale] = value!;
    cell.suppress ||= suppress === "Y";
    cell.notRelevant ||= notRelevant === "Y";
    row.set(elementId!, cell);
  }
  const elementIds = [...elements.keys()].sort(compareText);
  const wide = [["O*NET-SOC Code", ...elementIds]];
  for (const code of [...cells.keys()].sort(compareText)) {
    const row = cells.get(code)!;
    wide.push([code, ...elementIds.map((id) => formatCell(row.get(id)))]);
  }
  return { elements: toTsv([["Element ID", "Element Name"], ...elementIds.map((id) => [id, elements.get(id)!])]), ratings: toTsv(wide), count: cells.size };
}

function formatCell(cell: { IM?: string; LV?: string; suppress: boolean; notRelevant: boolean } | undefined): string {
  if (!cell) return "";
  return [cell.IM ?? "", cell.LV ?? "", cell.suppress ? "S" : "", cell.notRelevant ? "R" : ""].filter(Boolean).join(" ");
}

function readRows(path: string): string[][] {
  return readFileSync(path, "utf8").replace(/\r/g, "").trim().split("\n").slice(1).map((line) => line.split("\t"));
}

function toTsv(rows: string[][]): string {
  return `${rows.map((row) => row.join("\t")).join("\n")}\n`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
