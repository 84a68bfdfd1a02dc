// From a sentence about a destination role to a decomposed plan: find the O*NET®
// occupation it names, list what separates it from the occupation you are in now
// (skills, knowledge and technologies, minus what transfers), and back-calculate
// milestones from those capabilities.
import { decomposeVision, formatIssue } from "careerplan";
import { capabilitiesForRole, findOccupations, ONET_ATTRIBUTION } from "careerplan/occupations";

const statement = "I want to become an Information Technology Project Manager in 5 years";

const [role] = findOccupations(statement, { limit: 1 });
if (!role) throw new Error("no occupation matches the statement");
console.log(`Destination role: ${role.title} (O*NET-SOC ${role.code}, matched "${role.matchedTitle}", score ${role.score})`);

// Where I stand today: a web developer who already knows SQL and Python.
const { capabilities, gaps, held, jobZones, issues } = capabilitiesForRole(role.code, { from: "web developer", profile: { SQL: true, Python: true } });
console.log(`Job Zone ${jobZones.from?.zone} → ${jobZones.target?.zone}`);
for (const issue of issues) console.log(`  ${issue.severity} ${issue.code}: ${formatIssue(issue)}`);
console.log(`What transfers: ${held.map((capability) => capability.name).join(", ")}`);

console.log("\nCapabilities to build (gaps only):");
capabilities.forEach((capability, index) => {
  const gap = gaps[index]!;
  const levels = gap.skill ? `level ${gap.currentLevel} → ${gap.skill.level}` : "new tool";
  console.log(`  ${(capability.kind ?? "core").padEnd(9)} ${capability.source.padEnd(10)} ${capability.name.padEnd(42)} ${levels.padEnd(18)} ${capability.effortHours} h`);
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
