// Builds, packs and installs careerplan once for every browser test file
// (building in each file at once would race on dist/).
import type { TestProject } from "vitest/node";
import { packAndInstall, type InstalledPackage } from "./harness.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The packed careerplan, installed into a throwaway project. */
    careerplanInstall: InstalledPackage;
  }
}

export default function setup(project: TestProject): () => void {
  const installed = packAndInstall();
  project.provide("careerplanInstall", { project: installed.project, packageDir: installed.packageDir });
  return installed.remove;
}
