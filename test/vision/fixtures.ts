// The seeds' three visions, as the vision area's tests use them.
import type { VisionInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

/** "Found a tech company in the sustainable energy sector within 10 years", with the seed's 6-month, 1-year and 3-year steps. */
export const sustainableEnergyFounder: VisionInput = {
  id: "energy-founder",
  statement: "Found a tech company in the sustainable energy sector within 10 years",
  startDate: "2026-01-05",
  targetDate: "2035-12-31",
  why: "Clean, affordable energy storage matters to me and to the grid's transition",
  what: "Energy storage technology, R&D project management, patents and supply chain resources",
  where: "Sustainable energy, energy storage",
  who: "My current company's new energy team, a leading industry company, future co-founders and investors",
  targetRole: "Founder and CEO",
  industry: "Sustainable energy",
  capabilities: [
    { id: "energy-projects", name: "New energy project experience", kind: "core", effortHours: 80, evidence: "Contributions to the company's existing new energy projects" },
    { id: "competitive-analysis", name: "Competitive analysis", kind: "auxiliary", effortHours: 36, evidence: "3 competitive analysis reports" },
    { id: "energy-storage", name: "New energy storage technology", kind: "core", effortHours: 120, requires: ["energy-projects"], evidence: "Certificates of the advanced courses" },
    { id: "cross-team-leadership", name: "Cross-departmental project leadership", kind: "auxiliary", effortHours: 40, evidence: "One cross-departmental project led to delivery" },
    { id: "rd-management", name: "R&D project management", kind: "core", effortHours: 300, requires: ["energy-storage"], evidence: "An R&D project manager role at a leading industry company" },
    { id: "patents", name: "Technical patents", kind: "core", effortHours: 200, requires: ["energy-storage"], evidence: "2 patent filings" },
    { id: "supply-chain", name: "Supply chain resources", kind: "auxiliary", effortHours: 100, requires: ["cross-team-leadership"], evidence: "10 supplier contacts" },
    { id: "venture-building", name: "Company founding and fundraising", kind: "core", effortHours: 600, requires: ["rd-management", "patents"], evidence: "A seed round closed" },
  ],
};

/** "Become a product lead in the medical AI field within 5 years", with the seed's 5W answers. */
export const medicalAiProductLead: VisionInput = {
  id: "medical-ai-lead",
  statement: "Become a product lead in the medical AI field within 5 years, leading a project that brings AI diagnosis to underserved clinics",
  startDate: "2026-01-05",
  targetDate: "2030-12-31",
  why: "Democratizing medical resources",
  what: "Interdisciplinary collaboration and regulatory knowledge",
  where: "Medical AI",
  who: "Clinicians, data scientists and regulators, and the patients of underserved clinics",
  targetRole: "Product Lead",
  industry: "Healthcare",
  capabilities: [
    { id: "clinical-domain", name: "Clinical workflow knowledge", kind: "core", effortHours: 80, evidence: "Shadowing notes from 5 clinic visits" },
    { id: "regulation", name: "Medical device regulation", kind: "core", effortHours: 120, evidence: "A certificate in medical device regulation" },
    { id: "collaboration", name: "Interdisciplinary collaboration", kind: "auxiliary", effortHours: 60, evidence: "A joint project with a clinical team" },
    { id: "product-discovery", name: "AI product discovery", kind: "core", effortHours: 150, requires: ["clinical-domain"] },
    { id: "project-lead", name: "Leading a medical AI project", kind: "core", effortHours: 300, requires: ["regulation", "product-discovery", "collaboration"], evidence: "One medical AI project led to launch" },
  ],
};

/** The seeds' "Become a senior software engineer in 5 years" vision (from the shared plan). */
export const seniorEngineer: VisionInput = seniorEngineerPlan.vision;

export { frozenCopy } from "../fixtures/deepFreeze.ts";
