// Plan a week with the 70/20/10 principle, then check how the week really went.
// A senior-engineer-to-be has 6 hours a week for career work.
import { allocateEffort, formatIssue, measureAllocation } from "careerplan";

const plan = allocateEffort(6, { ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.1 }, unitMinutes: 30 });
console.log("Planned week (6 h in 30-minute blocks):");
console.log(`  core         ${plan.core} min  (system design, feature ownership)`);
console.log(`  auxiliary    ${plan.auxiliary} min  (mentoring)`);
console.log(`  exploratory  ${plan.exploratory} min  (AI coding assistants)`);
console.log(`  unallocated  ${plan.unallocatedMinutes} min`);

// What the week's log actually shows: mentoring and a fun prototype crowded out the core work.
const week = measureAllocation([
  { bucket: "core", minutes: 90 }, // system design course, lecture 4
  { bucket: "auxiliary", minutes: 60 }, // weekly session with the junior engineer
  { bucket: "core", minutes: 60 }, // design document for the feature
  { bucket: "exploratory", minutes: 90 }, // prototype with an AI coding assistant
  { bucket: "auxiliary", minutes: 60 }, // writing up a team best practice
]);

console.log(`\nActual week (${week.totalMinutes} min):`);
for (const bucket of ["core", "auxiliary", "exploratory"] as const) {
  console.log(`  ${bucket.padEnd(12)} ${String(week.minutes[bucket]).padStart(3)} min  ${(week.shares[bucket] * 100).toFixed(1)}%`);
}
console.log(week.withinTolerance ? "\nThe mix is within 5 points of 70/20/10." : "\nThe mix is off 70/20/10:");
for (const issue of week.issues) console.log(`  ${issue.code}  ${formatIssue(issue)}`);
// The rebalance aims at exact 70/20/10 of the minutes spent (whole minutes, not 30-minute blocks).
console.log("\nNext week, rebalance:");
for (const move of week.rebalance) console.log(`  move ${move.minutes} min from ${move.from} to ${move.to}`);
