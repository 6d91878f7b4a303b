// An institution's inbox: its berichten newest first (keyset paged), the unread count for the
// header, and marking as read — always within one brin.
import type { BerichtSoort } from "@/generated/prisma/enums";
import { toPage, type Cursor, type Page } from "@/lib/shared/keyset";
import { defaultClient, type Client } from "./shared";

export const BERICHTEN_PAGE_SIZE = 25;
export const BERICHT_SOORTEN = [
  "KENNISGEVING_INSCHRIJVING",
  "KENNISGEVING_UITSCHRIJVING",
  "BEKOSTIGING_GEWIJZIGD",
  "TELDATUM_VASTGESTELD",
  "UPLOAD_VERWERKT",
] as const satisfies readonly BerichtSoort[];

export interface BerichtRij {
  id: number;
  soort: BerichtSoort;
  gegevens: Record<string, unknown>;
  gelezen: boolean;
  aangemaaktOp: Date;
}

export interface BerichtFilters {
  alleenOngelezen?: boolean;
  soort?: BerichtSoort;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Newest first; ties in time by id, so the order is total and the keyset exact. */
export async function berichtenPagina(
  brin: string,
  filters: BerichtFilters,
  cursor: Cursor,
  client: Client = defaultClient,
  size = BERICHTEN_PAGE_SIZE,
): Promise<Page<BerichtRij>> {
  const base = {
    brin,
    ...(filters.alleenOngelezen ? { gelezen: false } : {}),
    ...(filters.soort ? { soort: filters.soort } : {}),
  };
  const anchor = cursor
    ? await client.bericht.findFirst({
        where: { id: "na" in cursor ? cursor.na : cursor.voor, brin },
        select: { id: true, aangemaaktOp: true },
      })
    : null;
  const effective: Cursor = anchor ? cursor : null;
  const backwards = effective !== null && "voor" in effective;
  const fetch = (from: typeof anchor, back: boolean) =>
    client.bericht.findMany({
      where: {
        ...base,
        ...(from
          ? back
            ? {
                OR: [
                  { aangemaaktOp: { gt: from.aangemaaktOp } },
                  { aangemaaktOp: from.aangemaaktOp, id: { gt: from.id } },
                ],
              }
            : {
                OR: [
                  { aangemaaktOp: { lt: from.aangemaaktOp } },
                  { aangemaaktOp: from.aangemaaktOp, id: { lt: from.id } },
                ],
              }
          : {}),
      },
      orderBy: back ? [{ aangemaaktOp: "asc" }, { id: "asc" }] : [{ aangemaaktOp: "desc" }, { id: "desc" }],
      take: size + 1,
    });
  let rows = await fetch(anchor, backwards);
  let used = effective;
  // Going back to the top gives the first page, full.
  if (backwards && rows.length <= size) {
    rows = await fetch(null, false);
    used = null;
  }
  const page = toPage(rows, size, used);
  return {
    ...page,
    rijen: page.rijen.map((b) => ({
      id: b.id,
      soort: b.soort,
      gegevens: asRecord(b.gegevens),
      gelezen: b.gelezen,
      aangemaaktOp: b.aangemaaktOp,
    })),
  };
}

/** Unread berichten of one institution (the header's badge). */
/** Unread berichten are counted up to this many: a recompute can leave a school 150,000, and every page shows the count. */
export const ONGELEZEN_MAX = 10_000;

/** The school's unread berichten, at most ONGELEZEN_MAX (an index range that stops there). */
export async function unreadCount(brin: string, client: Client = defaultClient): Promise<number> {
  const rows = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Bericht" WHERE "brin" = ${brin} AND "gelezen" = false LIMIT ${ONGELEZEN_MAX}) x`;
  return rows[0]?.n ?? 0;
}

/**
 * Marks berichten of THIS brin as read: ids of another institution are simply not touched.
 * `"alle"` marks every unread bericht of the brin. Returns how many changed.
 */
export async function markeerGelezen(
  brin: string,
  ids: number[] | "alle",
  client: Client = defaultClient,
): Promise<number> {
  const where = ids === "alle" ? { brin, gelezen: false } : { brin, gelezen: false, id: { in: ids } };
  const { count } = await client.bericht.updateMany({ where, data: { gelezen: true } });
  return count;
}

/**
 * Per bericht the inschrijving of this brin it concerns, so the inbox can link to the student: a
 * kennisgeving names the receiver's own inschrijvingsvolgnummer, a funding change a volgnummer of
 * an inschrijving (teldatum) or of a resultaat (kalenderjaar). Missing when it no longer exists.
 */
export async function berichtInschrijvingen(
  brin: string,
  berichten: BerichtRij[],
  client: Client = defaultClient,
): Promise<Map<number, number>> {
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const viaInschrijving = new Map<number, string>();
  const viaResultaat = new Map<number, string>();
  for (const b of berichten) {
    const g = b.gegevens;
    if (b.soort === "KENNISGEVING_INSCHRIJVING" || b.soort === "KENNISGEVING_UITSCHRIJVING") {
      const v = text(g.inschrijvingsvolgnummer);
      if (v) viaInschrijving.set(b.id, v);
    } else if (b.soort === "BEKOSTIGING_GEWIJZIGD") {
      const v = text(g.volgnummer);
      if (v) (g.kalenderjaar !== undefined ? viaResultaat : viaInschrijving).set(b.id, v);
    }
  }
  const resultaten = viaResultaat.size
    ? await client.resultaat.findMany({
        where: { brin, resultaatvolgnummer: { in: [...new Set(viaResultaat.values())] } },
        select: { resultaatvolgnummer: true, inschrijvingsvolgnummer: true },
      })
    : [];
  const resultaatInschrijving = new Map(resultaten.map((r) => [r.resultaatvolgnummer, r.inschrijvingsvolgnummer]));
  const volgnummerOf = new Map(viaInschrijving);
  for (const [id, r] of viaResultaat) {
    const v = resultaatInschrijving.get(r);
    if (v) volgnummerOf.set(id, v);
  }
  if (volgnummerOf.size === 0) return new Map();
  const rows = await client.inschrijving.findMany({
    where: { brin, inschrijvingsvolgnummer: { in: [...new Set(volgnummerOf.values())] } },
    select: { id: true, inschrijvingsvolgnummer: true },
  });
  const idOf = new Map(rows.map((r) => [r.inschrijvingsvolgnummer, r.id]));
  const result = new Map<number, number>();
  for (const [berichtId, v] of volgnummerOf) {
    const id = idOf.get(v);
    if (id !== undefined) result.set(berichtId, id);
  }
  return result;
}
