// Packs careerplan the way `npm publish` would and installs the tarball into a
// throw-away project, so the build tests see exactly what users install.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface InstalledTarball {
  /** The throw-away project: `careerplan` resolves from here as from a user's app. */
  project: string;
  /** Where the package was unpacked: `<project>/node_modules/careerplan`. */
  packageDir: string;
  /** The tarball's size, and its paths relative to the package root. */
  tarballBytes: number;
  unpackedBytes: number;
  files: string[];
  /** Deletes the project and its tarball. */
  remove(): void;
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/**
 * Builds (the same `npm run build` that `prepack` runs), packs with `npm pack`,
 * and unpacks the tarball into `<tmp>/node_modules/careerplan`. The run-time
 * dependencies are linked from this repository's node_modules instead of
 * installed, so the tests need no network and take seconds, not a minute.
 */
export function packAndInstall(): InstalledTarball {
  run("npm", ["run", "build"], ROOT);
  const project = mkdtempSync(join(tmpdir(), "careerplan-tarball-"));
  try {
    // --ignore-scripts: the build above is prepack's, and its log would corrupt the JSON on stdout.
    const [packed] = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", project], ROOT)) as PackResult[];
    if (!packed) throw new Error("npm pack reported no tarball");
    const packageDir = join(project, "node_modules", "careerplan");
    mkdirSync(packageDir, { recursive: true });
    run("tar", ["-xzf", join(project, packed.filename), "-C", packageDir, "--strip-components=1"], project);
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      const target = join(project, "node_modules", dependency);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", dependency), target, "dir");
    }
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "careerplan-user", private: true, type: "module" })}\n`);
    return {
      project,
      packageDir,
      tarballBytes: packed.size,
      unpackedBytes: packed.unpackedSize,
      files: packed.files.map((file) => file.path),
      remove: () => rmSync(project, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(project, { recursive: true, force: true });
    throw error;
  }
}

/** Runs a command to completion and returns its stdout; a failure throws with its stderr. */
export function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}
