// A weekly planner: split 6 hours 70/20/10, then compare with the week as logged.
import { allocateEffort, measureAllocation } from "careerplan";

export default function allocation() {
  const planned = allocateEffort(6);
  const logged = measureAllocation([
    { bucket: "core", minutes: 90 },
    { bucket: "auxiliary", minutes: 120 },
    { bucket: "exploratory", minutes: 90 },
  ]);
  return {
    planned,
    logged: { totalMinutes: logged.totalMinutes, withinTolerance: logged.withinTolerance, codes: logged.issues.map((issue) => issue.code), rebalance: logged.rebalance },
  };
}
