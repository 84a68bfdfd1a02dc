// Field schemas shared by the model's object schemas.
import * as z from "zod";
import { LIMITS } from "./limits.ts";

export const Id = z.string().min(1, { error: "must not be empty" });
export const Hours = z.number().min(0).max(LIMITS.effortHours);
export const Text = z.string();
