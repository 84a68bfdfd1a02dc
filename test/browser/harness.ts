// Runs small programs against careerplan as a browser app gets it: the packed
// tarball installed into a throwaway project, bundled by esbuild for the
// browser, executed in headless Chromium (Debian's, driven by playwright-core:
// nothing is downloaded). A program is a module whose default export returns
// (or resolves to) JSON-safe data; the page writes that data into the DOM and
// the harness hands it back to the test.
//
// Reuse: under `npm run test:browser`, globalSetup.ts packs and installs once
// and `inject("careerplanInstall")` gives the install; elsewhere call
// packAndInstall() (test/build/tarball.ts, re-exported here). Then
// `const session = await openBrowserSession(install)`,
// `(await session.run(programFile)).result`, and `await session.close()`.
// A program may import other packages too (they resolve from this repository).
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import type { InstalledTarball } from "../build/tarball.ts";

export { packAndInstall, type InstalledTarball } from "../build/tarball.ts";

const PACKAGE_NAME = "careerplan";
/** Debian's chromium package; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where the packed careerplan is installed (plain data, so vitest's globalSetup can hand it to test files). */
export type InstalledPackage = Pick<InstalledTarball, "project" | "packageDir">;

/** A program bundled for the browser. */
export interface BundledProgram {
  /** The ES module to load in the page. */
  code: string;
  /** Absolute paths of every file esbuild put in the bundle. */
  inputs: string[];
}

/** What running a program in the page produced, besides its result. */
export interface BrowserRun<Result = unknown> {
  result: Result;
  /** Requests the page tried to make outside 127.0.0.1 (all blocked). */
  blockedRequests: string[];
  /** Console errors the page printed. */
  consoleErrors: string[];
}

/** How to run a program in the page. */
export interface RunInBrowserOptions {
  /** IANA zone the page runs in (default: the host's), to show dates do not shift with it. */
  timeZone?: string;
  /** How long the program may take (default 30 s). */
  timeoutMs?: number;
}

/** A Chromium and an installed package, to run any number of programs against. */
export interface BrowserSession {
  installed: InstalledPackage;
  browser: Browser;
  /** Bundles the program file from the installed package and runs it in a fresh page. */
  run<Result = unknown>(programFile: string, options?: RunInBrowserOptions): Promise<BrowserRun<Result> & { bundle: BundledProgram }>;
  close(): Promise<void>;
}

/**
 * Bundles a program (format esm, platform browser) with every `careerplan` and
 * `careerplan/…` import resolved from the installed package, never from src/.
 * The entry runs the program's default export and writes its JSON into the page.
 */
export async function bundleProgram(installed: InstalledPackage, programFile: string): Promise<BundledProgram> {
  const entry = [
    `import program from ${JSON.stringify(resolve(programFile))};`,
    `const output = document.getElementById("result");`,
    `Promise.resolve().then(() => program()).then(`,
    `  (value) => { output.textContent = JSON.stringify(value === undefined ? null : value); output.dataset.status = "ok"; },`,
    `  (error) => { output.textContent = String((error && error.stack) || error); output.dataset.status = "error"; },`,
    `);`,
  ].join("\n");
  const result = await build({
    stdin: { contents: entry, resolveDir: installed.project, sourcefile: "browser-entry.js", loader: "js" },
    absWorkingDir: installed.project,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [fromInstalledPackage(installed)],
  });
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs).map((input) => resolve(installed.project, input)),
  };
}

/** Launches Debian's Chromium headless through playwright-core (no browser download). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`launchChromium: no Chromium at ${CHROMIUM_PATH}; install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
}

/**
 * Serves the bundle from 127.0.0.1 as a module script, loads it in a fresh
 * page, blocks every request to any other host, and returns the program's
 * JSON. Throws with the page's errors when the program throws or never ends.
 */
export async function runInBrowser<Result = unknown>(browser: Browser, bundle: BundledProgram, options: RunInBrowserOptions = {}): Promise<BrowserRun<Result>> {
  const { timeoutMs = 30_000, timeZone } = options;
  const files: Record<string, { type: string; body: string }> = {
    "/": { type: "text/html; charset=utf-8", body: '<!doctype html><meta charset="utf-8"><title>careerplan</title><pre id="result"></pre><script type="module" src="/program.js"></script>' },
    "/program.js": { type: "text/javascript; charset=utf-8", body: bundle.code },
  };
  const server = createServer((request, response) => {
    const file = files[request.url ?? ""];
    response.writeHead(file ? 200 : 404, { "content-type": file?.type ?? "text/plain" });
    response.end(file?.body ?? "not found");
  });
  const origin = await listenOnLoopback(server);
  const context = await browser.newContext(timeZone === undefined ? {} : { timezoneId: timeZone });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blockedRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    await page.goto(`${origin}/`);
    const finished = await page
      .waitForSelector("#result[data-status]", { state: "attached", timeout: timeoutMs })
      .then(() => true, () => false);
    const status = finished ? await page.getAttribute("#result", "data-status") : "timeout";
    const text = (await page.textContent("#result")) ?? "";
    if (status !== "ok") {
      throw new Error(`the program did not finish in the browser (${status}):\n${[text, ...pageErrors, ...consoleErrors].filter(Boolean).join("\n")}`);
    }
    return { result: JSON.parse(text) as Result, blockedRequests, consoleErrors };
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
  }
}

/** Launches Chromium for an installed package: `session.run(file)` bundles and runs one program. */
export async function openBrowserSession(installed: InstalledPackage): Promise<BrowserSession> {
  const browser = await launchChromium();
  return {
    installed,
    browser,
    async run<Result = unknown>(programFile: string, options?: RunInBrowserOptions) {
      const bundle = await bundleProgram(installed, programFile);
      return { ...(await runInBrowser<Result>(browser, bundle, options)), bundle };
    },
    close: () => browser.close(),
  };
}

function fromInstalledPackage(installed: InstalledPackage): Plugin {
  return {
    name: "careerplan-from-tarball",
    setup(build) {
      const specifier = new RegExp(`^${PACKAGE_NAME}(/.*)?$`);
      build.onResolve({ filter: specifier }, async ({ path, kind, pluginData }) => {
        // build.resolve runs this callback again: the marker lets esbuild's own resolver answer.
        if (pluginData === "installed") return undefined;
        const resolved = await build.resolve(path, { kind, resolveDir: installed.project, pluginData: "installed" });
        return resolved.errors.length > 0 ? { errors: resolved.errors } : resolved;
      });
    },
  };
}

async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
