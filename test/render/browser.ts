// Pages for the render proofs and the screenshot script: a blank local page
// in the browser harness's Chromium that may load nothing from the network,
// with Mermaid's browser bundle when asked.
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../browser/harness.ts";
const MERMAID = fileURLToPath(new URL("../../node_modules/mermaid/dist/mermaid.min.js", import.meta.url));

/** A rendered diagram: Mermaid's SVG, or the error it threw. */
export type Rendered = { svg: string; error?: undefined } | { svg?: undefined; error: string };

export interface LocalPage {
  page: Page;
  close(): Promise<void>;
}

/** A blank page in a fresh headless Chromium; every request that is not local is aborted. */
export async function openLocalPage(viewport = { width: 1000, height: 800 }, deviceScaleFactor = 1): Promise<LocalPage> {
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport, deviceScaleFactor });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith("file:") || url.startsWith("about:") || url.startsWith("data:") ? route.continue() : route.abort();
  });
  await page.goto("about:blank");
  return { page, close: () => browser.close() };
}

/** A page with Mermaid's browser bundle loaded and initialised (no auto-start, strict security). */
export async function openMermaidPage(): Promise<LocalPage & { render(source: string): Promise<Rendered> }> {
  const local = await openLocalPage();
  await local.page.addScriptTag({ path: MERMAID });
  await local.page.evaluate(() => (globalThis as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }));
  let count = 0;
  const render = (source: string) =>
    local.page.evaluate(
      async ({ id, source }) => {
        const mermaid = (globalThis as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        try {
          return { svg: (await mermaid.render(id, source)).svg };
        } catch (error) {
          return { error: String((error as Error)?.message ?? error) };
        }
      },
      { id: `diagram${++count}`, source },
    );
  return { ...local, render };
}

/** Parses `svg` with the browser's strict XML parser: the parser's error text, or undefined when it is well-formed. */
export async function xmlError(page: Page, svg: string): Promise<string | undefined> {
  return page.evaluate((text) => {
    type Parsed = { getElementsByTagName(name: string): { textContent: string | null }[] };
    const Parser = (globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): Parsed } }).DOMParser;
    const error = new Parser().parseFromString(text, "image/svg+xml").getElementsByTagName("parsererror")[0];
    return error ? (error.textContent ?? "parse error") : undefined;
  }, svg);
}
