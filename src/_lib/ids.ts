// Private: the lookups by id every area builds over a plan's lists.

/**
 * Maps each id to `valueOf` of its first item; later items with the same id
 * are never looked up (the alignment checks report them). Items without a
 * string id are left out, so a reference that is missing (`undefined`) finds
 * nothing instead of an item that lacks an id.
 */
export function firstById<T extends { readonly id?: unknown }, V>(items: readonly T[], valueOf: (item: T, index: number) => V): Map<string, V> {
  const byId = new Map<string, V>();
  // Backwards, so the first item is written last: one hash operation per item on lists of 100,000.
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]!;
    if (typeof item.id === "string") byId.set(item.id, valueOf(item, index));
  }
  return byId;
}

/** {@link firstById} with the item's index as the value, without a callback per item (lists of 200,000 micro-tasks). */
export function firstIndexById(items: readonly { readonly id?: unknown }[]): Map<string, number> {
  const byId = new Map<string, number>();
  for (let index = items.length - 1; index >= 0; index--) {
    const id = items[index]!.id;
    if (typeof id === "string") byId.set(id, index);
  }
  return byId;
}

/** A map from each key to the value of its first entry: the rule of {@link firstById} for keys that are not an item's id. */
export function firstByKey<K, V>(entries: Iterable<readonly [K, V]>): Map<K, V> {
  const byKey = new Map<K, V>();
  for (const [key, value] of entries) if (!byKey.has(key)) byKey.set(key, value);
  return byKey;
}
