// The read-only collections of a school (api.md), cursor paged: funding per teldatum, the
// terugkoppeling (meldingen) and the inbox (berichten), each a feed in commit order.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MeldingSoort } from "@/generated/prisma/enums";
import { db as defaultDb } from "@/lib/db";
import { fromDb, toDb } from "@/lib/shared/dates";
import { MELDING_SOORT } from "@/lib/register/pipeline/process";
import { toAssessment } from "@/lib/register/pipeline/funding";
import { SOORTEN, type Soort } from "@/lib/register/validate";
import { encodeCursor, pageRequest, toPage, type Keyset, type PageRequest } from "../paging";
import { problem } from "../problem";
import { bekostigingJson } from "./terugkoppeling";

const SOORT_VAN = Object.fromEntries(SOORTEN.map((s) => [MELDING_SOORT[s], s])) as Record<MeldingSoort, Soort>;

export async function bekostigingPagina(
  brin: string,
  teldatum: string,
  limit: number,
  cursor: Keyset | null,
  client: PrismaClient = defaultDb,
) {
  const rows = await client.bekostigingsbeoordeling.findMany({
    where: {
      brin,
      soort: "INSCHRIJVING",
      peildatum: toDb(teldatum),
      ...(cursor ? { id: { gt: cursor[0] as number } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({ inschrijvingsvolgnummer: r.volgnummer, ...bekostigingJson(toAssessment(r)) }),
  );
}

/**
 * The change feeds (meldingen, berichten) are ordered by the writing transaction's id, and a read
 * returns only rows of transactions older than its snapshot's xmin: every such transaction has
 * finished, so nothing can later appear before a position a client has passed, however long a
 * batch takes to commit. The answer always carries `cursor`, the position after its last item (on
 * an empty page: the xmin boundary), from which a client continues later — also when `next` is null.
 */
export interface FeedPage<T> {
  items: T[];
  next: string | null;
  cursor: string;
}

/** A feed position: [txid as text, id]. */
function feedPosition(keyset: Keyset | null): { txid: string; id: number } | null {
  if (!keyset) return null;
  const [txid, id] = keyset;
  return typeof txid === "string" && /^\d{1,19}$/.test(txid) && typeof id === "number" ? { txid, id } : null;
}

export class InvalidFeedCursor extends Error {}

/** `limit` and `cursor` of a feed request; a cursor that is no feed position is a 400. */
export function feedPageRequest(params: URLSearchParams): PageRequest {
  const page = pageRequest(params, 2);
  if (page.ok && page.after && !feedPosition(page.after)) {
    return {
      ok: false,
      response: problem(400, "De cursor is ongeldig; gebruik de waarde van cursor of next uit het vorige antwoord."),
    };
  }
  return page;
}

type FeedRow = { xmin: string; txid: string | null; id: number | null };

function feedPage<R extends FeedRow, T>(
  rows: R[],
  limit: number,
  toItem: (row: R & { txid: string; id: number }) => T,
): FeedPage<T> {
  const found = rows.filter((r): r is R & { txid: string; id: number } => r.txid !== null && r.id !== null);
  const page = toPage(found, limit, (r) => [r.txid, r.id], toItem);
  const last = found.slice(0, limit).at(-1);
  // No row yet: whatever comes later belongs to a transaction at or after this snapshot's xmin.
  const cursor = encodeCursor(last ? [last.txid, last.id] : [String(BigInt(rows[0]!.xmin) - 1n), 2_147_483_647]);
  return { ...page, cursor };
}

type MeldingRow = FeedRow & {
  soort: MeldingSoort;
  sleutel: string;
  verwijdering: boolean;
  bron: string;
  uploadId: string | null;
  status: string;
  gewijzigd: boolean;
  codes: unknown;
  ontvangenOp: Date;
  verwerktOp: Date | null;
};

export async function meldingenPagina(
  brin: string,
  since: Date | null,
  limit: number,
  cursor: Keyset | null,
  client: PrismaClient = defaultDb,
) {
  const after = feedPosition(cursor);
  if (cursor && !after) throw new InvalidFeedCursor();
  const rows = await client.$queryRaw<MeldingRow[]>`
    WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
    SELECT s.xmin::text AS xmin, m.* FROM s LEFT JOIN LATERAL (
      SELECT id, soort, sleutel, verwijdering, bron::text, "uploadId", status::text, gewijzigd, codes, "ontvangenOp", "verwerktOp", txid::text AS txid
      FROM "Melding"
      WHERE brin = ${brin} AND status <> 'ONTVANGEN' AND txid < s.xmin
        AND (${since?.toISOString() ?? null}::timestamp IS NULL OR "verwerktOp" >= ${since?.toISOString() ?? null}::timestamp)
        AND (${after?.txid ?? null}::bigint IS NULL OR (txid, id) > (${after?.txid ?? null}::bigint, ${after?.id ?? null}::int))
      ORDER BY txid, id
      LIMIT ${limit + 1}
    ) m ON true`;
  return feedPage(rows, limit, (r) => ({
    id: r.id,
    soort: SOORT_VAN[r.soort],
    sleutel: r.sleutel,
    verwijdering: r.verwijdering,
    bron: r.bron,
    uploadId: r.uploadId,
    status: r.status === "VERWERKT" ? "verwerkt" : "afgekeurd",
    gewijzigd: r.gewijzigd,
    codes: (Array.isArray(r.codes) ? r.codes : []) as {
      code: string;
      kolom?: string;
      melding?: string;
      parameters?: Record<string, string>;
    }[],
    ontvangenOp: r.ontvangenOp.toISOString(),
    verwerktOp: r.verwerktOp?.toISOString() ?? null,
  }));
}

type BerichtRow = FeedRow & { soort: string; aangemaaktOp: Date; gelezen: boolean; gegevens: unknown };

export async function berichtenPagina(
  brin: string,
  since: Date | null,
  limit: number,
  cursor: Keyset | null,
  client: PrismaClient = defaultDb,
) {
  const after = feedPosition(cursor);
  if (cursor && !after) throw new InvalidFeedCursor();
  const rows = await client.$queryRaw<BerichtRow[]>`
    WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
    SELECT s.xmin::text AS xmin, b.* FROM s LEFT JOIN LATERAL (
      SELECT id, soort::text, "aangemaaktOp", gelezen, gegevens, txid::text AS txid
      FROM "Bericht"
      WHERE brin = ${brin} AND txid < s.xmin
        -- api.md: the inbox holds the four soorten of domain.md; an upload's terugkoppeling
        -- (UPLOAD_VERWERKT) is pushed to endpoints and shown in the portal, not part of this feed.
        AND soort <> 'UPLOAD_VERWERKT'
        AND (${since?.toISOString() ?? null}::timestamp IS NULL OR "aangemaaktOp" >= ${since?.toISOString() ?? null}::timestamp)
        AND (${after?.txid ?? null}::bigint IS NULL OR (txid, id) > (${after?.txid ?? null}::bigint, ${after?.id ?? null}::int))
      ORDER BY txid, id
      LIMIT ${limit + 1}
    ) b ON true`;
  return feedPage(rows, limit, (r) => ({
    id: r.id,
    soort: r.soort,
    aangemaaktOp: r.aangemaaktOp.toISOString(),
    gelezen: r.gelezen,
    gegevens: r.gegevens as Record<string, unknown>,
  }));
}

/** Whether `teldatum` is a teldatum of the sector (api.md asks for one). */
export async function isTeldatum(
  sector: "MBO" | "PO",
  teldatum: string,
  client: PrismaClient = defaultDb,
): Promise<boolean> {
  const row = await client.teldatum.findUnique({ where: { sector_datum: { sector, datum: toDb(teldatum) } } });
  return row !== null && fromDb(row.datum) === teldatum;
}
