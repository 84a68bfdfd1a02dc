// Validate a plan that arrives as JSON (from a file, a form or an API) and
// print what is wrong with it, path by path.
import { formatIssue, parsePlan } from "careerplan";

const json = `{
  "vision": {
    "id": "medical-ai-lead",
    "statement": "Become a product lead in the medical AI field within 5 years",
    "startDate": "2026-01-05",
    "targetDate": "2030-12-31"
  },
  "goals": [
    { "id": "g1", "title": "Complete a course on medical device regulation by March 2027", "dueDate": "2027-03-31" },
    { "id": "g2", "title": "Lead a cross-departmental project by June 2027", "dueDate": "2027-06-31", "bucket": "side" }
  ]
}`;

const result = parsePlan(JSON.parse(json));
if (result.ok) {
  console.log(`The plan is valid: ${result.plan.goals?.length ?? 0} goals.`);
} else {
  console.log(`The plan has ${result.issues.length} problems:`);
  for (const issue of result.issues) console.log(`  ${issue.code}  ${formatIssue(issue)}${issue.hint ? `  (${issue.hint})` : ""}`);
}
