/**
 * Grouping in place. Copying a group on each new member
 * (`map.set(k, [...map.get(k), x])`) makes a large group quadratic: at
 * 20,000 incidents in one year that was 10 s a call.
 */
export function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/** Groups in one pass, keeping input order within each group and first-seen order of keys. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) pushTo(groups, keyOf(item), item);
  return groups;
}
