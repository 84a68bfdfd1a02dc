// A program that fails in the page: the harness must report it, not pass.
import { allocateEffort } from "careerplan";

export default function throws(): never {
  allocateEffort(6);
  throw new Error("no plan for this week");
}
