// The routes under app/api/v1 as OpenAPI paths (`[brin]` → `{brin}`), for the conformance tests
// that hold the document and the route files to each other. Test support only: reads the disk.
import fs from "node:fs";
import path from "node:path";

/** Every route.ts under app/api/v1 except the catch-all 404, as `/instellingen/{brin}/…`. */
export function apiRoutePaths(root = path.join(process.cwd(), "app/api/v1"), prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("[...")) continue;
      const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
      out.push(...apiRoutePaths(path.join(root, entry.name), `${prefix}/${segment}`));
    } else if (entry.name === "route.ts" && prefix) {
      out.push(prefix);
    }
  }
  return out.sort();
}

/** Property names anywhere in a JSON Schema (properties of objects, items, unions, components). */
export function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && v && typeof v === "object") Object.keys(v).forEach((name) => out.add(name));
      propertyNames(v, out);
    }
  }
  return out;
}
