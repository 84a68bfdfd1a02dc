// Field schemas shared by the model's object schemas.
import * as z from "zod";

export const Id = z.string().min(1, { error: "must not be empty" });
export const Hours = z.number().min(0).max(1_000_000);
export const Text = z.string();
