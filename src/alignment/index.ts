// Public functions of this area are re-exported here.
export { checkAlignment, type CheckAlignmentResult, type CheckAlignmentOptions } from "./checkAlignment.ts";
export { keyQuestions, type KeyQuestionsOptions } from "./keyQuestions.ts";
