// The three careers createPlan is read against (and examples/ shows): a backend
// developer aiming at staff engineer in 7 years, a nurse moving into
// health-data analytics in 4, a marketing coordinator aiming at product manager
// in 3 years and head of product in 10. Hand-written capabilities.
import type { VisionInput } from "../../src/index.ts";

export const PERSONA_AS_OF = "2026-12-07";
const asOf = PERSONA_AS_OF;

export const backendToStaff: VisionInput = {
  id: "staff-engineer", statement: "Become a staff engineer at a product company within 7 years, leading the architecture of systems millions rely on",
  startDate: asOf, targetDate: "2033-12-07",
  why: "I want to build systems people can rely on and help other engineers grow", what: "Distributed systems design, technical strategy, cross-team influence and mentoring",
  where: "Platform engineering at a product company", who: "The junior engineers I mentor, my engineering manager as sponsor, and the staff engineers I learn from",
  targetRole: "Staff engineer", industry: "Software",
  capabilities: [
    { id: "distributed-systems", name: "Distributed systems design", effortHours: 120, source: "skill", evidence: "A design doc for a sharded service, reviewed by 2 senior engineers" },
    { id: "observability", name: "OpenTelemetry", source: "technology", effortHours: 40 },
    { id: "tech-strategy", name: "Technical strategy", effortHours: 150, requires: ["distributed-systems"], evidence: "A 12-month technical roadmap adopted by my org" },
    { id: "influence", name: "Cross-team influence", kind: "auxiliary", effortHours: 80, requires: ["distributed-systems"] },
    { id: "senior-role", name: "Get promoted to senior engineer", source: "custom", effortHours: 30, requires: ["distributed-systems"], by: "2029-06-30" },
    { id: "staff-role", name: "Hold a staff engineer role", source: "custom", effortHours: 40, requires: ["tech-strategy", "influence", "senior-role"] },
  ],
};
export const nurseToHealthData: VisionInput = {
  id: "health-data-analyst", statement: "Move from bedside nursing into health-data analytics within 4 years, using data to make wards safer",
  startDate: asOf, targetDate: "2030-12-07",
  why: "I have seen how much avoidable harm better data could prevent", what: "SQL, statistics, dashboards and clinical data standards",
  where: "Health-data analytics in a hospital", who: "The clinical informatics team, the ward managers I work with, and a data analyst mentor",
  targetRole: "Health data analyst", industry: "Healthcare",
  capabilities: [
    { id: "sql", name: "SQL", effortHours: 60, evidence: "10 queries answering real ward questions, reviewed by an analyst" },
    { id: "statistics", name: "Statistics for healthcare", source: "knowledge", effortHours: 80 },
    { id: "dashboards", name: "Power BI dashboards", source: "technology", effortHours: 60, requires: ["sql"], evidence: "A falls-risk dashboard used by my ward" },
    { id: "fhir", name: "Clinical data standards (HL7 FHIR)", source: "knowledge", effortHours: 40 },
    { id: "stakeholders", name: "Stakeholder management", kind: "auxiliary", effortHours: 30 },
    { id: "analyst-role", name: "Land a health data analyst role", source: "custom", effortHours: 40, requires: ["dashboards", "statistics"] },
  ],
};
export const marketingToProduct: VisionInput = {
  id: "head-of-product", statement: "Become a product manager within 3 years and head of product within 10 years at a consumer software company",
  startDate: asOf, targetDate: "2036-12-07",
  why: "I want to decide what gets built, not only how it is sold", what: "Product discovery, analytics, roadmapping and leading a product team",
  where: "Consumer software product management", who: "The product managers I shadow, my marketing director as sponsor, and the customers I interview",
  targetRole: "Head of product", industry: "Consumer software",
  capabilities: [
    { id: "discovery", name: "Product discovery", effortHours: 80, evidence: "60 customer interviews synthesised into 3 opportunity briefs" },
    { id: "analytics", name: "Product analytics with Amplitude", source: "technology", effortHours: 50 },
    { id: "pm-role", name: "Land a product manager role", source: "custom", effortHours: 40, requires: ["discovery", "analytics"], by: "2029-12-07" },
    { id: "roadmapping", name: "Roadmapping and prioritisation", effortHours: 100, requires: ["pm-role"], evidence: "A roadmap my team ships against for 2 quarters" },
    { id: "stakeholders", name: "Stakeholder management", kind: "auxiliary", effortHours: 60 },
    { id: "leadership", name: "Leading a product team", effortHours: 200, requires: ["roadmapping"], evidence: "A team of 3 product managers I lead" },
    { id: "head-role", name: "Become head of product", source: "custom", effortHours: 60, requires: ["leadership"] },
  ],
};
