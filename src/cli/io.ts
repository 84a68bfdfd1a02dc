// The CLI's only contact with the outside world, injected so tests can run it
// in-process and the rest of the CLI stays pure.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a UTF-8 file; throws a Node error (ENOENT …) when it can't. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** Today's calendar date where the user is, `YYYY-MM-DD`: the default `--as-of`. */
  today(): string;
  /** Whether a file (or folder) is there: `init` never overwrites one without `--force`. */
  exists(path: string): boolean;
  /** Asks one question on the terminal and gives the answer; absent when there is no terminal to ask on. */
  ask?: (question: string) => Promise<string>;
}
