// A role picker: find the destination role a user typed, and what it takes.
import { capabilitiesForRole, findOccupations } from "careerplan/occupations";

export default function occupations() {
  const [role] = findOccupations("I want to become an Information Technology Project Manager in 5 years", { limit: 1 });
  if (!role) throw new Error("no occupation matches the statement");
  const { source, capabilities, issues } = capabilitiesForRole(role.code, { top: 6 });
  return {
    role: { code: role.code, title: role.title },
    source: source ? { code: source.code, fallback: source.fallback } : null,
    capabilities: capabilities.map((capability) => ({ id: capability.id, name: capability.name, kind: capability.kind ?? "core", effortHours: capability.effortHours })),
    codes: issues.map((issue) => issue.code),
  };
}
