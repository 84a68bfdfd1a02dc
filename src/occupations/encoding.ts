// The one place the generated data's encoding is defined: the build writes it,
// the catalog reads it, so the two cannot disagree.

/** Characters that stand for an index into the rating value table (0 → "0", 10 → "a" …). */
export const RATING_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Two of these stand for a skill the build skipped (absent, suppressed or not relevant). */
export const SKIPPED = "-";

/** Separates the fields of a table line. */
export const FIELD = "|";
