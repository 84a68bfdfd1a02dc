// Map-building helpers of the narrative area. Not re-exported.

/** A map from each key to its first value: `new Map` keeps the last one, so it reads the entries backwards. */
export function firstWins<K, V>(entries: [K, V][]): Map<K, V> {
  return new Map(entries.reverse());
}

/** The list `map` holds under `key`, created empty on first use. */
export function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
