// Map-building helpers of the narrative area. Not re-exported.

/** The list `map` holds under `key`, created empty on first use. */
export function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
