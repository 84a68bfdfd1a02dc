// The living plan: ten years of daily log entries (3,650) on a plan of 500
// goals. Issue 18's target: recordProgress and measureProgress under 20 ms.
import { addDays } from "../src/_lib/dates.ts";
import { checkAlignment, type LogEntryInput, measureProgress, recordProgress } from "../src/index.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

const base = generatePlan(500, 2);
const asOf = "2036-12-31";
const log: LogEntryInput[] = Array.from({ length: 3650 }, (_, day) => ({
  date: addDays("2026-01-05", day),
  goalId: `g${day % 500}`,
  minutes: 30 + (day % 4) * 15,
  ...(day % 7 === 0 && { note: "Weekly check-in" }),
}));
const plan = { ...base, log };
const week = log.slice(0, 7).map((entry, day) => ({ ...entry, date: addDays("2035-12-20", day), taskId: `g${day}-t1`, done: true }));

export const suite: BenchSuite = {
  name: "log",
  tasks: [
    { name: "recordProgress (3,650 entries into 500 goals)", fn: () => recordProgress(base, log, { asOf }), itemsPerCall: 3650 },
    { name: "recordProgress (a week into a 3,650-entry log)", fn: () => recordProgress(plan, week, { asOf }), itemsPerCall: 7 },
    { name: "measureProgress (500 goals, 3,650 log entries)", fn: () => measureProgress(plan, { asOf }), itemsPerCall: 3650 },
    { name: "checkAlignment (500 goals, 3,650 log entries)", fn: () => checkAlignment(plan, { asOf }), itemsPerCall: 3650 },
  ],
};
