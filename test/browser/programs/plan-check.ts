// A plan editor: parse what the form sends (a hand-written vision from the
// seeds, "found a sustainable-energy tech company within 10 years") and report
// every break between this year's goals and the vision.
import { checkAlignment, parsePlan } from "careerplan";

const plan = {
  vision: {
    id: "energy-founder",
    statement: "Found a tech company in the sustainable energy sector within 10 years, making energy storage affordable for small manufacturers",
    startDate: "2026-01-05",
    targetDate: "2035-12-31",
    why: "Cheap storage lets small factories run on renewable power",
    what: "Energy storage technology, R&D project management and supply chain relationships",
    where: "The sustainable energy industry",
    who: "My manager as sponsor, an industry mentor and future co-founders",
    targetRole: "Founder",
    capabilities: [
      { id: "storage-tech", name: "New energy storage technology", kind: "core", effortHours: 120 },
      { id: "project-management", name: "R&D project management", kind: "auxiliary", effortHours: 80 },
      { id: "market-analysis", name: "Competitive analysis", kind: "core", effortHours: 40 },
    ],
  },
  milestones: [
    { id: "m-6m", title: "Join the company's new energy projects and write 3 competitive analysis reports", dueDate: "2026-07-05", horizon: "6m", capabilityIds: ["market-analysis"] },
    { id: "m-1y", title: "Complete advanced courses in energy storage and lead a cross-departmental project", dueDate: "2027-01-05", horizon: "1y", capabilityIds: ["storage-tech", "project-management"] },
    { id: "m-3y", title: "R&D project manager at a leading energy company", dueDate: "2029-01-05", horizon: "3y" },
  ],
  goals: [
    { id: "g-reports", title: "Write 3 competitive analysis reports on energy storage vendors by June 30, 2026", milestoneId: "m-6m", bucket: "core", capabilityIds: ["market-analysis"], startDate: "2026-01-05", dueDate: "2026-06-30", effortHours: 40 },
    { id: "g-course", title: "Complete 2 advanced courses in energy storage technology by December 31, 2026", milestoneId: "m-1y", bucket: "core", capabilityIds: ["storage-tech"], startDate: "2026-02-01", dueDate: "2026-12-31", effortHours: 120 },
    { id: "g-lead", title: "Lead one cross-departmental project from kickoff to delivery by December 31, 2026", milestoneId: "m-1y", bucket: "auxiliary", capabilityIds: ["project-management"], startDate: "2026-03-01", dueDate: "2026-12-31", effortHours: 60 },
  ],
  hoursPerWeek: 6,
};

export default function planCheck() {
  const parsed = parsePlan(plan);
  if (!parsed.ok) return { parsed: false, issues: parsed.issues };
  const report = checkAlignment(parsed.plan, { asOf: "2026-03-02" });
  const broken = parsePlan({ ...plan, goals: [{ ...plan.goals[0], dueDate: "2027-02-30" }] });
  return {
    parsed: true,
    ok: report.ok,
    score: report.score,
    issues: report.issues.map((issue) => ({ code: issue.code, severity: issue.severity, path: issue.path })),
    brokenDate: broken.ok ? null : broken.issues.map((issue) => ({ code: issue.code, path: issue.path })),
  };
}
