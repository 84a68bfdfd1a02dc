// `careerplan demo`: the built-in example plan taken through every step, from
// the 5W check of the vision to the printable one-page plan.
import {
  allocateEffort,
  checkAlignment,
  checkSmart,
  checkVisionClarity,
  decomposeVision,
  draftGoals,
  formatIssue,
  measureProgress,
  renderPlanMarkdown,
  scheduleReviews,
  splitIntoMicroTasks,
} from "../index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan as plan } from "./examplePlan.ts";

/** The demo's whole output; `asOf` defaults to the example's own date so the output is reproducible. */
export function renderDemo(asOf: string = SENIOR_ENGINEER_AS_OF): string {
  const { vision } = plan;
  const hoursPerWeek = plan.hoursPerWeek ?? 6;
  const out: string[] = [];
  const section = (title: string) => out.push("", `## ${title}`, "");

  out.push(`# careerplan demo — "${vision.statement}"`, "", `As of ${asOf}, with ${hoursPerWeek} hours a week for career work.`);

  section("1. Is the vision clear? (the 5W method)");
  const clarity = checkVisionClarity(vision);
  const answered = Object.entries(clarity.answered).map(([w, yes]) => `${w} ${yes ? "✔" : "✖"}`);
  out.push(`Clarity ${Math.round(clarity.score * 100)}%: ${answered.join("  ")}`);
  for (const issue of clarity.issues) out.push(`- ${issue.code}: ${formatIssue(issue)}`);

  section(`2. Milestones back-calculated from the vision (planned on ${vision.startDate})`);
  const decomposition = decomposeVision(vision, { hoursPerWeek });
  for (const milestone of decomposition.milestones) out.push(`- ${milestone.dueDate}  ${milestone.title}`);
  for (const issue of decomposition.issues) out.push(`- ${issue.code}: ${formatIssue(issue)}`);
  out.push("", "A starting point: sections 5 to 8 check the plan as the person wrote it from here, with milestones of their own.");

  // Sections 2 and 3 replay the planning done on the vision's start date;
  // sections 5 to 8 check the plan as it stands on `asOf`.
  section(`3. SMART goal drafts for the first milestone (drafted on ${vision.startDate}) and its first micro-tasks`);
  const first = decomposition.milestones[0];
  const drafts = first ? draftGoals(first, vision, { asOf: vision.startDate }) : [];
  for (const draft of drafts) {
    const report = checkSmart(draft, { asOf: vision.startDate, plan });
    out.push(`- ${draft.title}`, `  SMART ${report.score}/5${report.ok ? "" : ` (${report.issues.map((issue) => issue.code).join(", ")})`}`);
  }
  const firstCapability = vision.capabilities?.find((capability) => capability.id === drafts[0]?.capabilityIds?.[0]);
  const tasks = drafts[0] ? splitIntoMicroTasks(drafts[0], { label: firstCapability?.name ?? drafts[0].id }).tasks.slice(0, 3) : [];
  for (const task of tasks) out.push(`  - [ ] ${task.title} (${task.minutes} min)`);

  section("4. This week's 70/20/10 split");
  const week = allocateEffort(hoursPerWeek);
  out.push(`core ${week.core} min · auxiliary ${week.auxiliary} min · exploratory ${week.exploratory} min`);

  section("5. Alignment check of the whole plan");
  const alignment = checkAlignment(plan, { asOf });
  out.push(`${alignment.ok ? "No errors" : "Errors found"}; score ${alignment.score.toFixed(2)}; ${alignment.issues.length} issues`);
  for (const issue of alignment.issues) out.push(`- ${issue.severity} ${issue.code}: ${formatIssue(issue)}`);

  section("6. Reviews in the next 12 months");
  for (const event of scheduleReviews({ start: vision.startDate, until: oneYearAfter(asOf) }).filter((event) => event.date > asOf)) {
    out.push(`- ${event.date}  ${event.kinds.join(" + ")}`);
  }

  section("7. Progress");
  const progress = measureProgress(plan, { asOf });
  out.push(`Vision: ${Math.round(progress.vision.progress * 100)}% done, ${Math.round(progress.vision.expected * 100)}% of the time gone (${progress.vision.status})`);

  section("8. The one-page plan");
  out.push(renderPlanMarkdown(plan, { asOf, diagrams: false }).trimEnd());
  return `${out.join("\n")}\n`;
}

/** The same day a year later (February 29 becomes February 28): the demo's calendar horizon. */
function oneYearAfter(date: string): string {
  const next = `${String(Number(date.slice(0, 4)) + 1).padStart(4, "0")}${date.slice(4)}`;
  return next.endsWith("-02-29") ? `${next.slice(0, -2)}28` : next;
}
