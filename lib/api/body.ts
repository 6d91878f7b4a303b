// Reading a JSON request body defensively: the right media type, at most 1 MB (quality.md: per
// melding), no deeper than any real melding, and syntax errors as a 400 — never a 500.
import { problem } from "./problem";

export const MAX_BODY_BYTES = 1024 * 1024;
/** A melding is three levels deep (body → perioden → periode); 16 leaves room and stops abuse. */
export const MAX_DEPTH = 16;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const fail = (status: number, detail: string): BodyResult => ({ ok: false, response: problem(status, detail) });

export function isJsonMediaType(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The deepest nesting of arrays and objects in JSON text, counted outside strings, without recursion. */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return max;
}

/** The body as text, refused once it passes `maxBytes` (whatever Content-Length claimed). */
async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}

export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    return fail(415, "Stuur de body als JSON, met de header Content-Type: application/json.");
  }
  const tooLarge = `De body is groter dan ${Math.round(maxBytes / 1024)} kB; een melding past daar ruim in.`;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return fail(413, tooLarge);
  let text: string | null;
  try {
    text = await readLimited(request, maxBytes);
  } catch {
    return fail(400, "De body is geen geldige UTF-8-tekst of kwam niet volledig aan.");
  }
  if (text === null) return fail(413, tooLarge);
  if (text.trim() === "") return fail(400, "De body is leeg; stuur de melding als JSON-object.");
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) return fail(400, `De JSON is dieper genest dan ${MAX_DEPTH} niveaus.`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail(400, "De body is geen geldige JSON.");
  }
}
