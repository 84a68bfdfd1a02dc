// A quarter of a living plan (the seeds' feedback loop): log the work of
// December 2026, measure progress and the 70/20/10 mix on the time actually
// spent, hold the quarterly review (keep / tweak / replace), re-plan the path
// when the field shifts toward technology commercialization while keeping the
// vision, then update the career canvas and the interview story.
import { readFileSync } from "node:fs";
import {
  applyReview,
  careerCanvas,
  checkAlignment,
  formatIssue,
  interviewNarrative,
  type LogEntryInput,
  measureProgress,
  parsePlan,
  type PlanInput,
  recordProgress,
  replan,
} from "careerplan";

const parsed = parsePlan(JSON.parse(readFileSync(new URL("./senior-engineer.plan.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join("\n"));
let plan: PlanInput = parsed.plan;

// 1. The log: five hours a week in the rollout crunch, most of it on the feature.
const weeks = ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"];
const entries: LogEntryInput[] = weeks.flatMap((monday): LogEntryInput[] => [
  { date: monday, goalId: "g-lead-feature", minutes: 180 },
  { date: monday, goalId: "g-load-time", minutes: 60 },
  { date: monday, goalId: "g-mentor", minutes: 30 },
  { date: monday, goalId: "g-explore-ai", minutes: 30 },
]);
entries.push(
  { date: "2026-12-10", taskId: "g-lead-feature-2", done: true, note: "QA signed off the rollout plan" },
  { date: "2026-12-15", goalId: "g-load-time", value: 3.8 },
  { date: "2026-12-18", goalId: "g-mentor", evidence: "My mentee shipped her first feature on her own" },
  { date: "2026-12-22", goalId: "g-lead-feature", done: true, evidence: "Rolled the billing export out to every customer" },
);
const recorded = recordProgress(plan, entries, { asOf: "2026-12-31" });
if (recorded.issues.length > 0) throw new Error(recorded.issues.map((issue) => issue.message).join("\n"));
plan = recorded.plan;
console.log(`1. Logged ${entries.length} entries; the log now holds ${plan.log?.length}.\n`);

// 2. Progress on the quarterly review day, from the log.
const asOf = "2027-01-05";
console.log(`2. Progress on ${asOf}`);
for (const row of measureProgress(plan, { asOf }).goals.filter((goal) => goal.status !== "done")) {
  const logged = row.loggedMinutes ? `, ${row.loggedMinutes / 60} h logged` : "";
  const checkIns = row.checkIns ? `, ${row.checkIns} check-in` : "";
  console.log(`   ${row.id}: ${Math.round(row.progress * 100)}% (${row.basis}${logged}${checkIns}), ${row.status}${row.forecast ? `, done by ${row.forecast} at this pace` : ""}`);
}
const alignment = checkAlignment(plan, { asOf });
console.log("   Checks on the time actually spent:");
for (const issue of alignment.issues.filter((item) => ["allocation/drift", "goal/no-backup", "review/overdue"].includes(item.code))) console.log(`   - ${issue.code}: ${formatIssue(issue)}`);

// 3. The quarterly review: keep, tweak, replace.
const reviewed = applyReview(plan, {
  id: "r-2027-01",
  date: asOf,
  kind: "quarterly",
  decisions: [
    { goalId: "g-mentor", outcome: "keep" },
    { goalId: "g-load-time", outcome: "tweak", note: "The caching work moved into the spring", changes: { dueDate: "2027-09-30", title: "Cut the dashboard load time by 40%, from 5 s to 3 s, and present the results by September 30, 2027" } },
    {
      goalId: "g-explore-ai",
      outcome: "replace",
      note: "AI assistants now write most of our boilerplate; what the team needs is someone who can sell what they make possible",
      replacement: { id: "g-ai-business-case", title: "Write 2 business cases for AI features with the product team by June 30, 2027", bucket: "exploratory", dueDate: "2027-06-30", effortHours: 20 },
    },
  ],
});
if (reviewed.issues.some((issue) => issue.severity === "error")) throw new Error(reviewed.issues.map((issue) => issue.message).join("\n"));
plan = reviewed.plan;
console.log(`\n3. Review ${asOf}: ${reviewed.issues.length === 0 ? "every new title passes the SMART check" : "the SMART check of the new titles says:"}`);
for (const issue of reviewed.issues) console.log(`   - ${issue.code}: ${formatIssue(issue)}`);
for (const goal of plan.goals ?? []) if (goal.startDate === asOf) console.log(`   ${goal.id} starts ${goal.startDate}, due ${goal.dueDate}: ${goal.title}`);

// 4. The field shifts: keep the vision, move the path toward technology commercialization.
const replanned = replan(plan, {
  asOf,
  capabilities: [
    { id: "product-discovery", name: "Product discovery with customers", kind: "core", effortHours: 60, evidence: "3 customer interviews written up" },
    { id: "commercialization", name: "Technology commercialization", kind: "core", effortHours: 100, requires: ["product-discovery"], evidence: "a business case the product team funds" },
  ],
});
plan = replanned.plan;
console.log("\n4. Re-planned from the vision, kept as it was:");
for (const move of replanned.moves) console.log(`   ${move.capabilityId} → ${move.to ? `${move.to.milestoneId} (due ${move.to.dueDate})` : "does not fit before the target"}`);
for (const id of replanned.addedGoalIds) console.log(`   new goal: ${plan.goals?.find((goal) => goal.id === id)?.title}`);

// 5. The career canvas, six-monthly.
const canvas = careerCanvas(plan, { capabilities: [], resources: ["A senior mentor", "My team lead as sponsor"] }, { asOf });
console.log(`\n5. Career canvas on ${canvas.asOf} (next update ${canvas.nextUpdate})`);
for (const held of canvas.held) console.log(`   held: ${held.name}${held.evidence ? ` (evidence: ${held.evidence.join("; ")})` : ""}`);
for (const gap of canvas.gaps) console.log(`   gap: ${gap.name}${gap.milestoneTitle ? ` for "${gap.milestoneTitle}" (${gap.dueDate})` : ""}`);
console.log(`   next step: ${canvas.nextSteps[0]?.text}`);

// 6. The interview story, told from what is done.
const story = interviewNarrative(
  plan,
  { title: "Billing export", result: "I led the billing export from design document to a rollout to every customer", capabilityId: "feature-ownership" },
  { asOf },
);
console.log(`\n6. Interview story\n   ${story.text}\n   Flexibility: ${story.frame.flexibility}\n   Bonus details: ${story.frame.bonusDetails}`);
