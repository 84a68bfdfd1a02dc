// Builds and packs careerplan once for every browser test file; each file
// installs the same tarball into its own throwaway project.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
import { packTarball } from "./harness.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Path of the careerplan tarball `npm pack` made from the current source. */
    careerplanTarball: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const tarball = await packTarball();
  project.provide("careerplanTarball", tarball);
  return () => rmSync(dirname(tarball), { recursive: true, force: true });
}
