// Private: how every area writes a list into a sentence.

/** "a", "a and b", "a, b and c"; another conjunction ("or") when given. */
export function listWords(items: readonly string[], conjunction = "and"): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)!}` : items.join("");
}
