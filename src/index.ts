export * from "./model/index.ts";
export * from "./vision/index.ts";
export * from "./smart/index.ts";
export * from "./allocation/index.ts";
export * from "./alignment/index.ts";
export * from "./review/index.ts";
export * from "./progress/index.ts";
export * from "./narrative/index.ts";
