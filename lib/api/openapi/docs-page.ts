// The readable reference at /api/v1/docs: the OpenAPI document rendered on the server as one plain
// HTML page — no scripts, no assets from elsewhere, one inline stylesheet allowed by its nonce.
import type { JsonSchema } from "./json-schema";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const anchor = (s: string) =>
  s
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

type Doc = {
  info: { title: string; version: string; description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, JsonSchema> };
};
type Op = {
  tags: string[];
  summary: string;
  description: string;
  operationId: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description: string }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};

function typeOf(s: JsonSchema): string {
  if (typeof s.$ref === "string") return s.$ref.split("/").pop()!;
  if (Array.isArray(s.anyOf)) return (s.anyOf as JsonSchema[]).map(typeOf).join(" | ");
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => (v === null ? "null" : String(v))).join(" | ");
  const t = Array.isArray(s.type) ? (s.type as string[]).join(" | ") : String(s.type ?? "");
  if (s.format) return `${t} (${String(s.format)})`;
  if (t.startsWith("array") && s.items) return `lijst van ${typeOf(s.items as JsonSchema)}`;
  return t;
}

/** Rows for every property, nested objects and lists of objects as `perioden[].veld`. */
function fieldRows(s: JsonSchema, prefix = ""): string[] {
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(props).flatMap(([name, p]) => {
    const inner = (Array.isArray(p.anyOf) ? (p.anyOf as JsonSchema[]).find((x) => x.type !== "null") : p) ?? p;
    const row = `<tr><td><code>${esc(prefix + name)}</code></td><td>${esc(typeOf(p))}</td><td>${required.has(name) ? "ja" : "nee"}</td><td>${esc(p.description ?? inner.description ?? "")}</td></tr>`;
    const nested = inner.properties
      ? fieldRows(inner, `${prefix}${name}.`)
      : inner.items && (inner.items as JsonSchema).properties
        ? fieldRows(inner.items as JsonSchema, `${prefix}${name}[].`)
        : [];
    return [row, ...nested];
  });
}

const table = (head: string[], rows: string[]) =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`
    : "";

function operation(path: string, method: string, op: Op): string {
  const id = anchor(op.operationId);
  const params = table(
    ["naam", "in", "verplicht", "betekenis"],
    (op.parameters ?? []).map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? "ja" : "nee"}</td><td>${esc(p.description)}</td></tr>`,
    ),
  );
  const body = op.requestBody
    ? Object.entries(op.requestBody.content)
        .map(
          ([type, c]) =>
            `<p>Body: <code>${esc(type)}</code></p>${table(["veld", "type", "verplicht", "betekenis"], fieldRows(c.schema))}`,
        )
        .join("")
    : "";
  const responses = `<ul>${Object.entries(op.responses)
    .map(([status, r]) => {
      const schema = Object.values(r.content ?? {})[0]?.schema;
      return `<li><strong>${esc(status)}</strong> ${esc(r.description)}${schema?.$ref ? ` <a href="#schema-${anchor(typeOf(schema))}">${esc(typeOf(schema))}</a>` : ""}</li>`;
    })
    .join("")}</ul>`;
  return `<section aria-labelledby="${id}"><h3 id="${id}"><code>${esc(method.toUpperCase())} /api/v1${esc(path)}</code></h3><p><strong>${esc(op.summary)}.</strong> ${esc(op.description)}${op.security?.length === 0 ? " Zonder token." : ""}</p>${params ? `<h4>Parameters</h4>${params}` : ""}${body ? `<h4>Verzoek</h4>${body}` : ""}<h4>Antwoorden</h4>${responses}</section>`;
}

export function docsPage(doc: Doc, nonce: string): string {
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0] ?? "Overig";
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(operation(path, method, op));
      (toc.get(tag) ?? toc.set(tag, []).get(tag)!).push(
        `<li><a href="#${anchor(op.operationId)}">${esc(op.summary)}</a></li>`,
      );
    }
  }
  const tags = doc.tags.map((t) => t.name).filter((t) => byTag.has(t));
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, s]) =>
        `<section aria-labelledby="schema-${anchor(name)}"><h3 id="schema-${anchor(name)}">${esc(name)}</h3>${s.description ? `<p>${esc(s.description)}</p>` : ""}${table(["veld", "type", "verplicht", "betekenis"], fieldRows(s))}</section>`,
    )
    .join("");
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — naslag</title>
<style nonce="${esc(nonce)}">
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
header,main,nav{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:#00468c}code{font-size:.95em}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ccc;margin-top:1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
</style></head>
<body><a class="skip" href="#inhoud">Naar de inhoud</a>
<header><h1>${esc(doc.info.title)}</h1><p>Versie ${esc(doc.info.version)}. ${esc(doc.info.description)} Machineleesbaar: <a href="/api/v1/openapi.json">openapi.json</a>.</p></header>
<nav aria-label="Inhoud"><h2>Inhoud</h2>${tags.map((t) => `<h3>${esc(t)}</h3><ul>${toc.get(t)!.join("")}</ul>`).join("")}<p><a href="#schemas">Schema's</a></p></nav>
<main id="inhoud">${tags.map((t) => `<section aria-labelledby="tag-${anchor(t)}"><h2 id="tag-${anchor(t)}">${esc(t)}</h2>${byTag.get(t)!.join("")}</section>`).join("")}
<section aria-labelledby="schemas"><h2 id="schemas">Schema's</h2>${schemas}</section></main>
</body></html>`;
}
