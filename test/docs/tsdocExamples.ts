// Reads the `@example` blocks of a TypeScript source's TSDoc comments, as
// TypeDoc renders them, so a test can run what the API reference shows.

/** One runnable code block of an `@example`. */
export interface TsdocExample {
  /** The declaration the comment documents (`createPlan`), or `module` for a module comment. */
  exportName: string;
  /** 1-based count of this block among the blocks documenting the same declaration. */
  index: number;
  /** The 1-based line of the source file the block's first line is on. */
  line: number;
  code: string;
}

const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;
const DECLARATION =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;
const TAG = /^@\w+/;
const FENCE = /^\s*```\s*(\w*)\s*$/;
// A fence in another language (json, text, sh) is shown, not run.
const RUNNABLE = new Set(["", "ts", "typescript", "js", "javascript"]);

/** Every runnable `@example` block of a source file, in order. */
export function tsdocExamples(source: string): TsdocExample[] {
  const examples: TsdocExample[] = [];
  const counts = new Map<string, number>();
  for (const comment of source.matchAll(DOC_COMMENT)) {
    const firstLine = source.slice(0, comment.index).split("\n").length;
    const after = source.slice(comment.index + comment[0].length);
    const exportName = DECLARATION.exec(after)?.[1] ?? "module";
    for (const block of commentExamples(comment[0], firstLine)) {
      const index = (counts.get(exportName) ?? 0) + 1;
      counts.set(exportName, index);
      examples.push({ exportName, index, ...block });
    }
  }
  return examples;
}

interface Line {
  text: string;
  line: number;
}

/** The code blocks of one comment's `@example` sections. */
function commentExamples(comment: string, firstLine: number): { line: number; code: string }[] {
  const lines = comment.split("\n").map((text, offset): Line => ({ text: commentText(text), line: firstLine + offset }));
  const blocks: { line: number; code: string }[] = [];
  let section: Line[] | undefined;
  const closeSection = () => {
    if (section) blocks.push(...sectionBlocks(section));
    section = undefined;
  };
  let inFence = false;
  for (const entry of lines) {
    if (FENCE.test(entry.text)) inFence = !inFence;
    if (!inFence && TAG.test(entry.text)) {
      closeSection();
      // Text after `@example` on its line is the example's title, not code.
      if (entry.text.startsWith("@example")) section = [];
      continue;
    }
    section?.push(entry);
  }
  closeSection();
  return blocks;
}

/** A comment line without its ` * ` margin (and without the `/**` or `*\/` of its first and last lines). */
function commentText(text: string): string {
  return text
    .replace(/^\s*\/\*\*\s?/, "")
    .replace(/\s*\*\/\s*$/, "")
    .replace(/^\s*\*(?: |$)/, "");
}

/** The fenced blocks of an `@example` section; a section with no fence is one block, as TypeDoc shows it. */
function sectionBlocks(section: Line[]): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  let open: { runnable: boolean; lines: Line[] } | undefined;
  for (const entry of section) {
    const fence = FENCE.exec(entry.text);
    if (fence && !open) open = { runnable: RUNNABLE.has(fence[1]!.toLowerCase()), lines: [] };
    else if (fence && open) {
      if (open.runnable && open.lines.length > 0) blocks.push(toBlock(open.lines));
      open = undefined;
    } else open?.lines.push(entry);
  }
  const fenced = section.some((entry) => FENCE.test(entry.text));
  if (!fenced) {
    const code = section.filter((entry) => entry.text.trim() !== "");
    if (code.length > 0) blocks.push(toBlock(section.slice(section.indexOf(code[0]!))));
  }
  return blocks;
}

function toBlock(lines: Line[]): { line: number; code: string } {
  return { line: lines[0]!.line, code: `${lines.map((entry) => entry.text).join("\n").trimEnd()}\n` };
}
