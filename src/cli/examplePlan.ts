// The built-in example plan (the seeds' "Become a senior software engineer in 5 years")
// that `careerplan demo` runs end to end; the test suites share it as a fixture.
import type { PlanInput } from "../model/index.ts";

export const SENIOR_ENGINEER_AS_OF = "2026-11-22";

export const seniorEngineerPlan: PlanInput = {
  vision: {
    id: "senior-engineer",
    statement:
      "Become a senior software engineer at a product company within 5 years, designing fault-tolerant systems for global users and mentoring the engineers around me",
    startDate: "2026-01-05",
    targetDate: "2030-12-31",
    why: "I value building systems people can rely on and helping colleagues grow",
    what: "System design, end-to-end feature ownership, mentoring and technical leadership",
    where: "Software engineering at a product company with global users",
    who: "My team lead as sponsor, a senior mentor, and the junior engineers I coach",
    targetRole: "Senior Software Engineer",
    industry: "Software",
    capabilities: [
      { id: "system-design", name: "System design", kind: "core", effortHours: 60, evidence: "A side project applying the course" },
      { id: "feature-ownership", name: "End-to-end feature ownership", kind: "core", effortHours: 120, requires: ["system-design"] },
      { id: "mentoring", name: "Mentoring", kind: "auxiliary", effortHours: 40 },
      { id: "technical-leadership", name: "Technical leadership", kind: "core", effortHours: 150, requires: ["feature-ownership"] },
    ],
  },
  milestones: [
    { id: "m-6m", title: "Complete an advanced system design course", dueDate: "2026-07-05", horizon: "6m", capabilityIds: ["system-design"] },
    { id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y", capabilityIds: ["feature-ownership"] },
    {
      id: "m-3y",
      title: "Mentor a junior engineer and drive a reliability initiative",
      dueDate: "2029-01-05",
      horizon: "3y",
      capabilityIds: ["mentoring", "technical-leadership"],
      indicators: [{ metric: "dashboard load time", unit: "s", baseline: 5, target: 3 }],
    },
    { id: "m-final", title: "Senior software engineer", dueDate: "2030-12-31", horizon: "final" },
  ],
  goals: [
    {
      id: "g-system-design",
      title: "Complete one advanced course in system design and apply 3 of its concepts in a side project by June 30, 2026",
      milestoneId: "m-6m",
      bucket: "core",
      capabilityIds: ["system-design"],
      startDate: "2026-01-05",
      dueDate: "2026-06-30",
      effortHours: 60,
      status: "done",
    },
    {
      id: "g-lead-feature",
      title: "Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026",
      milestoneId: "m-1y",
      bucket: "core",
      capabilityIds: ["feature-ownership"],
      startDate: "2026-07-01",
      dueDate: "2026-12-31",
      effortHours: 100,
    },
    {
      id: "g-mentor",
      title: "Mentor one junior engineer every week for 6 months and document 5 team best practices by June 30, 2027",
      milestoneId: "m-3y",
      bucket: "auxiliary",
      capabilityIds: ["mentoring"],
      startDate: "2026-07-01",
      dueDate: "2027-06-30",
      effortHours: 60,
    },
    {
      id: "g-load-time",
      title: "Cut the dashboard load time by 40%, from 5 s to 3 s, and present the results by December 31, 2027",
      milestoneId: "m-3y",
      bucket: "core",
      capabilityIds: ["technical-leadership"],
      startDate: "2026-10-01",
      dueDate: "2027-12-31",
      effortHours: 110,
      metric: { metric: "dashboard load time", unit: "s", baseline: 5, current: 4.2, target: 3 },
    },
    {
      id: "g-explore-ai",
      title: "Build 2 prototypes with an AI coding assistant by March 31, 2027",
      bucket: "exploratory",
      startDate: "2026-04-01",
      dueDate: "2027-03-31",
      effortHours: 30,
    },
    {
      id: "g-promotion",
      title: "Present a promotion case with 3 design documents to my manager by December 31, 2030",
      milestoneId: "m-final",
      bucket: "core",
      capabilityIds: ["technical-leadership"],
      startDate: "2029-01-06",
      dueDate: "2030-12-31",
      effortHours: 20,
    },
  ],
  tasks: [
    { id: "g-lead-feature-1", goalId: "g-lead-feature", title: "Write the feature's design document", minutes: 60, done: true },
    { id: "g-lead-feature-2", goalId: "g-lead-feature", title: "Agree the rollout plan with QA", minutes: 45, done: false },
    { id: "g-mentor-1", goalId: "g-mentor", title: "Message one potential mentee", minutes: 30, done: true },
  ],
  reviews: [
    { id: "r-2026-04", date: "2026-04-05", kind: "quarterly", decisions: [{ goalId: "g-system-design", outcome: "keep" }] },
    { id: "r-2026-07", date: "2026-07-05", kind: "canvas" },
    {
      id: "r-2026-10",
      date: "2026-10-05",
      kind: "quarterly",
      decisions: [
        { goalId: "g-lead-feature", outcome: "tweak", note: "The feature was re-scoped after a reorg", changes: { effortHours: 100 } },
      ],
    },
  ],
  hoursPerWeek: 6,
  ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.1 },
};
