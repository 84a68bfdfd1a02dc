// The seeds' "Example of a Balanced Narrative": the dashboard load time
// improved by 40%, told in three steps (past/present, bridge, future) on the
// senior-engineer plan, with the interview answer frame drawn from the plan.
import { readFileSync } from "node:fs";
import { formatIssue, interviewNarrative, parsePlan, type PlanInput } from "careerplan";

// The seeds' senior-engineer plan (the one `careerplan demo` runs).
const parsed = parsePlan(JSON.parse(readFileSync(new URL("./senior-engineer.plan.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
const plan: PlanInput = parsed.plan;

const story = interviewNarrative(
  plan,
  {
    title: "Dashboard load time",
    result: "I improved the load time of our main dashboard by 40%",
    capabilityId: "technical-leadership",
    learned: "efficient data retrieval patterns and microservice orchestration",
  },
  { asOf: "2026-11-22" },
);

console.log('Before: "I recently improved the load time of our main dashboard by 40%."\n');
console.log("Three-step framing");
console.log(`  Past/present: ${story.pastPresent}`);
console.log(`  Bridge:       ${story.bridge}`);
console.log(`  Future:       ${story.future}\n`);
console.log("After:");
console.log(`  "${story.text}"\n`);
console.log("Answer frame");
console.log(`  Vision anchor:         ${story.frame.visionAnchor}`);
console.log(`  Deconstruction logic:  ${story.frame.deconstruction}`);
console.log(`  Flexibility:           ${story.frame.flexibility}`);
console.log(`  Bonus details:         ${story.frame.bonusDetails}`);
for (const issue of story.issues) console.log(`  ${issue.code}: ${formatIssue(issue)}`);
