// Small helpers of batch code: `Map.groupBy` for Node 20 (it arrived in Node 21), so rows are looked
// up by key, never by scan; and a key-order-independent JSON for comparing stored jsonb.
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** JSON of a flat object with its keys sorted: equal for equal content, however it was stored (jsonb reorders keys). */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return JSON.stringify(value ?? null);
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  );
}
