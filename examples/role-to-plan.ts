// From a sentence about a destination role to a decomposed plan: find the O*NET®
// occupation it names, turn the role's most important skills (minus what you
// already have) into capabilities, and back-calculate milestones from them.
import { decomposeVision, formatIssue } from "careerplan";
import { capabilitiesForRole, findOccupations, ONET_ATTRIBUTION } from "careerplan/occupations";

const statement = "I want to become an Information Technology Project Manager in 5 years";

const [role] = findOccupations(statement, { limit: 1 });
if (!role) throw new Error("no occupation matches the statement");
console.log(`Destination role: ${role.title} (O*NET-SOC ${role.code}, match ${role.score})`);

// Where I stand today, on the O*NET 0–7 level scale.
const profile = { "Critical Thinking": 3, Writing: 4.5, Speaking: 3, "Active Listening": 3.5 };
const { source, capabilities, gaps, issues } = capabilitiesForRole(role.code, { top: 8, profile });
console.log(`Skills rated for: ${source?.title}${source?.fallback ? " (fallback)" : ""}`);
for (const issue of issues) console.log(`  ${issue.severity} ${issue.code}: ${formatIssue(issue)}`);

console.log("\nCapabilities to build (gaps only):");
capabilities.forEach((capability, index) => {
  const gap = gaps[index]!;
  console.log(`  ${(capability.kind ?? "core").padEnd(9)} ${capability.id.padEnd(34)} level ${gap.currentLevel} → ${gap.skill.level}  ${capability.effortHours} h`);
});

const vision = {
  id: "it-project-manager",
  statement,
  startDate: "2026-01-05",
  targetDate: "2030-12-31",
  targetRole: role.title,
  capabilities,
};
const plan = decomposeVision(vision, { hoursPerWeek: 8 });

console.log("\nMilestones (8 hours a week, 70/20/10):");
for (const milestone of plan.milestones) {
  console.log(`  ${milestone.dueDate}  ${milestone.title}`);
  console.log(`    ${milestone.capabilityIds?.length ? milestone.capabilityIds.join(", ") : "(consolidate)"}`);
}
for (const issue of plan.issues) console.log(`  ${issue.severity} ${issue.code}: ${formatIssue(issue)}`);

console.log(`\n${ONET_ATTRIBUTION}`);
