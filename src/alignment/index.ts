// Public functions of this area are re-exported here.
export { checkAlignment, type AlignmentReport, type CheckAlignmentOptions } from "./checkAlignment.ts";
export { keyQuestions } from "./keyQuestions.ts";
