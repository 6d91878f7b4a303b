// ETags of register records (api.md): a strong validator over the record's delivered fields — what a
// PUT sets, the person's fields included — not over derived signalen and bekostiging, which other
// schools' meldingen change. GET and PUT answers carry it; a PUT or DELETE with If-Match that no
// longer matches is refused with 412 before anything is processed.
import type { PrismaClient } from "@/generated/prisma/client";
import { db as defaultDb } from "@/lib/db";
import { sqlOf } from "@/lib/db/sql";
import { recordVersies } from "@/lib/register/pipeline/versie";
import type { Soort } from "@/lib/register/validate";

/** The record's current ETag, or null when it does not exist: its version (versie.ts), which a PUT's answer carries too. */
export async function recordEtag(soort: Soort, sleutel: Record<string, string>, client: PrismaClient = defaultDb): Promise<string | null> {
  const [versie] = await recordVersies(sqlOf(client), [{ soort, sleutel }]);
  return versie ?? null;
}

/**
 * Whether an If-Match header fails against the current ETag (RFC 9110 §13.1.1): absent never fails;
 * `*` fails when there is no record; otherwise none of the listed ETags matches strongly (a weak
 * `W/` one never does).
 */
export function ifMatchFaalt(header: string | null, current: string | null): boolean {
  if (header === null) return false;
  const value = header.trim();
  if (value === "*") return current === null;
  if (current === null) return true;
  const tags = value.match(/(W\/)?"[^"]*"/g) ?? [];
  return !tags.some((tag) => !tag.startsWith("W/") && tag === current);
}
