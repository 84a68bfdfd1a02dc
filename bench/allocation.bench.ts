import { allocateEffort, measureAllocation } from "../src/index.ts";
import type { BenchSuite } from "./suite.ts";

const BUCKETS = ["core", "auxiliary", "exploratory"] as const;
// 100,000 logged activities, deterministic: a 60/25/15-ish mix of 15–120 minute blocks.
const entries = Array.from({ length: 100_000 }, (_, index) => ({
  bucket: BUCKETS[index % 20 < 12 ? 0 : index % 20 < 17 ? 1 : 2],
  minutes: 15 + ((index * 37) % 106),
}));
const custom = { ratios: { core: 0.6, auxiliary: 0.3, exploratory: 0.1 }, unitMinutes: 15 };
let hours = 0;

export const suite: BenchSuite = {
  name: "allocation",
  tasks: [
    // The hours vary so the call cannot be folded into a constant.
    { name: "allocateEffort (default 70/20/10)", fn: () => allocateEffort((hours = (hours + 0.5) % 80)) },
    { name: "allocateEffort (custom ratios, 15-min unit)", fn: () => allocateEffort((hours = (hours + 0.25) % 80), custom) },
    { name: "measureAllocation (100k entries)", fn: () => measureAllocation(entries), itemsPerCall: 100_000 },
  ],
};
