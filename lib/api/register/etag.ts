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
export async function recordEtag(
  soort: Soort,
  sleutel: Record<string, string>,
  client: PrismaClient = defaultDb,
): Promise<string | null> {
  const [versie] = await recordVersies(sqlOf(client), [{ soort, sleutel }]);
  return versie ?? null;
}
