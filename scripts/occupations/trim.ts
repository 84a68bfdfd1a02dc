// Trims the O*NET® 29.0 files in ../shared/data/onet-29.0/ (or the folder given as
// the first argument) to the committed copy in scripts/occupations/source/, which
// is all the build needs: a user's clone has no ../shared.
//
//   npx tsx scripts/occupations/trim.ts [onet-folder]
//
// occupations.tsv — code and title of every occupation (descriptions dropped).
// elements.tsv    — element id and name of each skill.
// skills.tsv      — one row per rated occupation, one column per skill, each cell
//                   "IM LV" plus " S" when a row is flagged Recommend Suppress and
//                   " R" when flagged Not Relevant (empty when the skill is absent).
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = process.argv[2] ?? fileURLToPath(new URL("../../../shared/data/onet-29.0/", import.meta.url));
const to = fileURLToPath(new URL("./source/", import.meta.url));

const occupationRows = readRows(`${from}/Occupation Data.txt`);
writeFileSync(`${to}occupations.tsv`, toTsv([["O*NET-SOC Code", "Title"], ...occupationRows.map((row) => [row[0]!, row[1]!])]));

const skillRows = readRows(`${from}/Skills.tsv`);
const elements = new Map<string, string>();
const cells = new Map<string, Map<string, { IM?: string; LV?: string; suppress: boolean; notRelevant: boolean }>>();
for (const [code, elementId, elementName, scale, value, suppress, notRelevant] of skillRows) {
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
writeFileSync(`${to}elements.tsv`, toTsv([["Element ID", "Element Name"], ...elementIds.map((id) => [id, elements.get(id)!])]));

const wide = [["O*NET-SOC Code", ...elementIds]];
for (const code of [...cells.keys()].sort(compareText)) {
  const row = cells.get(code)!;
  wide.push([code, ...elementIds.map((id) => formatCell(row.get(id)))]);
}
writeFileSync(`${to}skills.tsv`, toTsv(wide));
copyFileSync(`${from}/Read Me.txt`, `${to}Read Me.txt`);
console.log(`trimmed ${occupationRows.length} occupations, ${cells.size} rated, ${elementIds.length} skills into ${to}`);

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
