// Reads the links and heading anchors of a Markdown file the way a code host
// renders them, so a test can tell a dead link before a reader finds it.

/** A link written in a Markdown file: where it points and the line it is on. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/** A relative link split into the file it names (may be empty) and its anchor. */
export interface RelativeTarget {
  path: string;
  anchor: string | undefined;
}

// Code is not prose: links and headings inside it are examples, not navigation.
const FENCE = /^\s*(```|~~~)/;
const CODE_SPAN = /`[^`\n]*`/g;
// [text](target "title") and ![alt](target); the text may hold one nested [..].
const INLINE_LINK = /!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/;
const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const HTML_ANCHOR = /<a\s+(?:id|name)="([^"]+)"/g;

/** Every link of a Markdown text outside code, in order. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseLines(markdown).forEach(({ text, line }) => {
    const prose = text.replace(CODE_SPAN, "");
    for (const found of prose.matchAll(INLINE_LINK)) links.push({ target: found[1]!, line });
    const definition = REFERENCE_DEFINITION.exec(prose);
    if (definition) links.push({ target: definition[1]!, line });
  });
  return links;
}

/** The anchors a code host gives a Markdown text: one per heading, plus explicit `<a id>`s. */
export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    for (const found of text.matchAll(HTML_ANCHOR)) anchors.add(found[1]!);
    const heading = ATX_HEADING.exec(text);
    if (!heading) continue;
    const slug = headingSlug(heading[1]!);
    // A repeated heading gets -1, -2… in the order it appears, as on GitHub.
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** GitHub's anchor for a heading: its visible text, lower-cased, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  const visible = heading
    .replace(/!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`/g, "")
    .replace(/(\*\*|__|\*)/g, "");
  return visible
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** The file and anchor a link names, or undefined for a link that leaves the repository (a URL, mailto:). */
export function relativeTarget(target: string): RelativeTarget | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return undefined;
  const hash = target.indexOf("#");
  const path = hash === -1 ? target : target.slice(0, hash);
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  return { path: decodeURIComponent(path.split("?")[0]!), anchor };
}

function proseLines(markdown: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  markdown.split("\n").forEach((text, index) => {
    const marker = FENCE.exec(text)?.[1];
    if (marker !== undefined && (fence === undefined || marker === fence)) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ text, line: index + 1 });
  });
  return lines;
}
