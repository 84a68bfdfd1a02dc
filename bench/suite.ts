// The shape every bench/<area>.bench.ts exports as `suite`; bench/run.ts runs them all.

export interface BenchTask {
  /** Unique within its suite. */
  name: string;
  fn: () => unknown;
  /** Items one call handles (goals, statements …), to report items per second. */
  itemsPerCall?: number;
}

export interface BenchRatio {
  /** What the ratio means, e.g. "parsePlan / bare safeParse". */
  label: string;
  /** Task names: median time of `numerator` divided by median time of `denominator`. */
  numerator: string;
  denominator: string;
  /** The target the issue set, e.g. "< 1.3", shown beside the figure. */
  target?: string;
  /**
   * Time the two tasks in alternation (numerator, denominator, numerator …) instead of taking
   * their figures from the table: each then runs on the same heap. Run one after the other,
   * the second of two big plans pays the first one's garbage collection.
   */
  alternate?: boolean;
}

export interface BenchSuite {
  name: string;
  tasks: BenchTask[];
  ratios?: BenchRatio[];
  /** Minimum runs per task (default 10) and minimum time per task in ms (default 500). */
  iterations?: number;
  time?: number;
}
