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

const isPrimitive = (v: unknown) =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * `stableJson(a) === stableJson(b)` without building either string: a recompute compares every
 * stored assessment's parameters with the computed ones. Anything but flat objects of primitives
 * (and objects whose keys differ in number) takes the string comparison itself.
 */
export function sameFlat(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    a === null ||
    b === null ||
    typeof a !== "object" ||
    typeof b !== "object" ||
    Array.isArray(a) ||
    Array.isArray(b)
  )
    return stableJson(a) === stableJson(b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return stableJson(a) === stableJson(b);
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (!isPrimitive(x) || !isPrimitive(y)) return stableJson(a) === stableJson(b);
    if (x !== y) return false;
  }
  return true;
}
