// zod → JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) with what the API promises on top:
// an optional field may also be null (api.md), every field has its Dutch description, and no
// noise that helps nobody (the long date regex beside `format: date`, JavaScript's integer bounds).
import { z } from "zod";
import { BESCHRIJVINGEN } from "./beschrijvingen";

export type JsonSchema = { [key: string]: unknown };

function allowNull(s: JsonSchema): JsonSchema {
  if (typeof s.type === "string") {
    return {
      ...s,
      type: [s.type, "null"],
      ...(Array.isArray(s.enum) ? { enum: [...(s.enum as unknown[]), null] } : {}),
    };
  }
  const nul = { type: "null" };
  if (Array.isArray(s.anyOf))
    return (s.anyOf as JsonSchema[]).some((x) => x.type === "null")
      ? s
      : { ...s, anyOf: [...(s.anyOf as JsonSchema[]), nul] };
  const { description, ...rest } = s;
  return { ...(description ? { description } : {}), anyOf: [rest, nul] };
}

function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== "object") return node;
  const s: JsonSchema = {};
  for (const [k, v] of Object.entries(node as JsonSchema)) {
    if (k === "$schema" || k === "$id" || (k === "additionalProperties" && v === false)) continue;
    s[k] = tidy(v);
  }
  // A format says it; zod's regex for the same thing only makes the document unreadable.
  if (typeof s.format === "string" && ["date", "date-time", "uuid", "email"].includes(s.format)) delete s.pattern;
  if (s.type === "integer" && s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  if (s.type === "integer" && s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
  if (s.properties && typeof s.properties === "object") {
    const required = new Set((s.required as string[] | undefined) ?? []);
    const props: JsonSchema = {};
    for (const [name, prop] of Object.entries(s.properties as Record<string, JsonSchema>)) {
      let p = prop;
      if (!p.description && !p.$ref && BESCHRIJVINGEN[name]) p = { ...p, description: BESCHRIJVINGEN[name] };
      props[name] = required.has(name) ? p : allowNull(p);
    }
    s.properties = props;
  }
  return s;
}

const OPTIONS = {
  target: "draft-2020-12",
  unrepresentable: "any",
  uri: (id: string) => `#/components/schemas/${id}`,
} as const;

/** One schema, inline (request bodies: what a client may send). */
export function requestSchema(schema: z.ZodType): JsonSchema {
  return tidy(z.toJSONSchema(schema, { ...OPTIONS, io: "input" })) as JsonSchema;
}

/** Every schema registered with an `id` (the response shapes), for components.schemas. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { ...OPTIONS, io: "output" });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, tidy(s) as JsonSchema]));
}
