// The CLI's outside world, in memory: files to read, what was written, the
// two streams, a fixed today, and (when `answers` is given) a terminal that
// answers init's questions in order and records them.
import type { CliIo } from "../../src/cli/io.ts";

export function fakeIo(files: Record<string, string> = {}, { answers }: { answers?: string[] } = {}) {
  const written: Record<string, string> = {};
  const asked: string[] = [];
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    readFile: (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    },
    writeFile: (path, text) => {
      if (path.startsWith("/read-only/")) throw new Error("EACCES: permission denied");
      written[path] = text;
    },
    today: () => "2026-11-22",
    exists: (path) => path in files || path in written,
  };
  if (answers) {
    const queue = [...answers];
    io.ask = async (question) => {
      asked.push(question);
      return queue.shift() ?? "";
    };
  }
  return { io, written, asked, output: () => ({ stdout, stderr }) };
}
