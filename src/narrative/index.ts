// Public functions of this area are re-exported here.
export { careerCanvas } from "./careerCanvas.ts";
export type { CareerCanvasOptions, CareerCanvasResult, CareerProfile } from "./careerCanvas.ts";
export type { CanvasCapability, CanvasGap, CanvasStep } from "./canvasTypes.ts";
export { interviewNarrative } from "./interviewNarrative.ts";
export type { Achievement, InterviewNarrativeOptions, InterviewNarrativeResult } from "./interviewNarrative.ts";
export { renderCanvasMarkdown } from "./renderCanvasMarkdown.ts";
