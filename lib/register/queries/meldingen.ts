// The terugkoppeling of one school: every melding from upload, form and API, newest first,
// filtered by status, code, bron, soort and period, keyset paged on (verwerktOp, id) along the
// existing (brin, verwerktOp) index (every stored melding is handled in the transaction that stores
// it; a status or soort filter skips rows of that index rather than needing one of its own, which
// would cost every melding an index write); each row knows the student page of its record when the
// record (still) exists.
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { defineLijst, isoDate } from "@/lib/lijst/params";
import { keysetAll, keysetPage, type Cursor, type From, type Page } from "@/lib/shared/keyset";
import { defaultClient, type Client } from "./shared";

/** The statuses a stored melding has (ONTVANGEN exists in the schema but is never stored). */
export const MELDING_STATUSSEN = ["VERWERKT", "AFGEKEURD"] as const;
export const MELDING_BRONNEN = ["UPLOAD", "FORM", "API"] as const;
export const MELDING_SOORTEN = ["MBO_INSCHRIJVING", "PO_INSCHRIJVING", "BPV", "RESULTAAT", "VERZUIM"] as const;

export const meldingenLijst = defineLijst({
  filters: {
    status: z.enum(MELDING_STATUSSEN),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]\d{2}$/),
    bron: z.enum(MELDING_BRONNEN),
    soort: z.enum(MELDING_SOORTEN),
    van: isoDate,
    tot: isoDate,
    // Every melding of one record: its volgnummer (a BPV's too, as `inschrijving/bpv`).
    volgnummer: z.string().trim().min(1).max(41),
  },
  sorteringen: ["ontvangen"],
  standaard: "ontvangen",
  standaardAflopend: true,
});

export type MeldingenState = ReturnType<typeof meldingenLijst.parse>;

export interface MeldingRij {
  id: number;
  soort: (typeof MELDING_SOORTEN)[number];
  sleutel: string;
  verwijdering: boolean;
  bron: (typeof MELDING_BRONNEN)[number];
  uploadId: string | null;
  status: (typeof MELDING_STATUSSEN)[number] | "ONTVANGEN";
  gewijzigd: boolean;
  codes: { code: string; kolom?: string; melding?: string }[];
  ontvangenOp: Date;
  verwerktOp: Date;
  /** The inschrijving whose student page shows the record; null when it does not exist (an afkeuring of a new record, a removal). */
  inschrijvingId: number | null;
}

export const MELDINGEN_PAGE_SIZE = 50;

type Raw = Omit<MeldingRij, "codes" | "inschrijvingId"> & { codes: unknown };

function codesVan(value: unknown): MeldingRij["codes"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: unknown) => {
    if (!c || typeof c !== "object" || typeof (c as { code?: unknown }).code !== "string") return [];
    const { code, kolom, melding } = c as { code: string; kolom?: unknown; melding?: unknown };
    return [
      { code, ...(typeof kolom === "string" ? { kolom } : {}), ...(typeof melding === "string" ? { melding } : {}) },
    ];
  });
}

type Values = { verwerktOp: Date; id: number };

function fetcher(client: Client, brin: string, state: MeldingenState) {
  return async (from: From<Values>, limit: number): Promise<Raw[]> => {
    const f = state.filters;
    const where: Prisma.Sql[] = [Prisma.sql`m."brin" = ${brin}`, Prisma.sql`m."verwerktOp" IS NOT NULL`];
    if (f.status) where.push(Prisma.sql`m."status" = ${f.status}::"MeldingStatus"`);
    if (f.bron) where.push(Prisma.sql`m."bron" = ${f.bron}::"MeldingBron"`);
    if (f.soort) where.push(Prisma.sql`m."soort" = ${f.soort}::"MeldingSoort"`);
    // The record's meldingen, its BPVs' included (`volgnummer/bpv`): probes of the (brin, soort,
    // sleutel) index instead of a walk along verwerktOp through the whole school.
    if (f.volgnummer) {
      where.push(Prisma.sql`((m."soort" = ANY(${[...MELDING_SOORTEN]}::"MeldingSoort"[]) AND m."sleutel" = ${f.volgnummer})
        OR (m."soort" = 'BPV' AND left(m."sleutel", ${f.volgnummer.length + 1}) = ${`${f.volgnummer}/`}))`);
    }
    if (f.code) where.push(Prisma.sql`m."codes" @> ${JSON.stringify([{ code: f.code }])}::jsonb`);
    // The period in Dutch days, a range on the index's column after brin. (Stored in UTC without a
    // zone: a Dutch midnight converted to it.)
    if (f.van)
      where.push(
        Prisma.sql`m."verwerktOp" >= ((${f.van}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC'`,
      );
    if (f.tot)
      where.push(
        Prisma.sql`m."verwerktOp" < ((${f.tot}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC'`,
      );
    const descending = state.aflopend !== (from?.backwards ?? false);
    if (from)
      where.push(
        Prisma.sql`(m."verwerktOp", m."id") ${Prisma.raw(descending ? "<" : ">")} (${from.values.verwerktOp.toISOString()}::timestamp, ${from.values.id}::int)`,
      );
    const dir = Prisma.raw(descending ? "DESC" : "ASC");
    return client.$queryRaw<Raw[]>`
      SELECT m."id", m."soort"::text AS "soort", m."sleutel", m."verwijdering", m."bron"::text AS "bron", m."uploadId",
        m."status"::text AS "status", m."gewijzigd", m."codes", m."ontvangenOp", m."verwerktOp"
      FROM "Melding" m
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY m."verwerktOp" ${dir}, m."id" ${dir}
      LIMIT ${limit}`;
  };
}

/** The student page of each row's record: one small read per kind of record for the whole page. */
async function metInschrijving(client: Client, brin: string, rows: Raw[]): Promise<MeldingRij[]> {
  const volgnummerVan = (r: Raw) => (r.soort === "BPV" ? (r.sleutel.split("/")[0] ?? r.sleutel) : r.sleutel);
  const resultaatSleutels = rows.filter((r) => r.soort === "RESULTAAT").map((r) => r.sleutel);
  const verzuimSleutels = rows.filter((r) => r.soort === "VERZUIM").map((r) => r.sleutel);
  const [resultaten, verzuim] = await Promise.all([
    resultaatSleutels.length
      ? client.resultaat.findMany({
          where: { brin, resultaatvolgnummer: { in: resultaatSleutels } },
          select: { resultaatvolgnummer: true, inschrijvingsvolgnummer: true },
        })
      : [],
    verzuimSleutels.length
      ? client.verzuimmelding.findMany({
          where: { brin, verzuimvolgnummer: { in: verzuimSleutels } },
          select: { verzuimvolgnummer: true, persoonId: true },
        })
      : [],
  ]);
  const resultaatInschrijving = new Map(resultaten.map((r) => [r.resultaatvolgnummer, r.inschrijvingsvolgnummer]));
  const verzuimPersoon = new Map(verzuim.map((v) => [v.verzuimvolgnummer, v.persoonId]));
  const volgnummers = new Set<string>();
  for (const r of rows) {
    if (r.soort === "RESULTAAT") {
      const v = resultaatInschrijving.get(r.sleutel);
      if (v) volgnummers.add(v);
    } else if (r.soort !== "VERZUIM") volgnummers.add(volgnummerVan(r));
  }
  const personen = [...new Set(verzuimPersoon.values())];
  const [perVolgnummer, perPersoon] = await Promise.all([
    volgnummers.size
      ? client.inschrijving.findMany({
          where: { brin, inschrijvingsvolgnummer: { in: [...volgnummers] } },
          select: { id: true, inschrijvingsvolgnummer: true },
        })
      : [],
    personen.length
      ? client.inschrijving.findMany({
          where: { brin, persoonId: { in: personen } },
          select: { id: true, persoonId: true },
          orderBy: { datumInschrijving: "desc" },
        })
      : [],
  ]);
  const idVanVolgnummer = new Map(perVolgnummer.map((i) => [i.inschrijvingsvolgnummer, i.id]));
  const idVanPersoon = new Map<number, number>();
  for (const i of perPersoon) if (!idVanPersoon.has(i.persoonId)) idVanPersoon.set(i.persoonId, i.id);
  return rows.map((r) => {
    let inschrijvingId: number | null = null;
    if (r.soort === "RESULTAAT")
      inschrijvingId = idVanVolgnummer.get(resultaatInschrijving.get(r.sleutel) ?? "") ?? null;
    else if (r.soort === "VERZUIM") inschrijvingId = idVanPersoon.get(verzuimPersoon.get(r.sleutel) ?? -1) ?? null;
    else inschrijvingId = idVanVolgnummer.get(volgnummerVan(r)) ?? null;
    return { ...r, codes: codesVan(r.codes), inschrijvingId };
  });
}

export async function meldingenPagina(
  brin: string,
  state: MeldingenState,
  cursor: Cursor,
  size = MELDINGEN_PAGE_SIZE,
  client: Client = defaultClient,
): Promise<Page<MeldingRij>> {
  const page = await keysetPage(
    cursor,
    size,
    async (id) => {
      const row = await client.melding.findFirst({ where: { id, brin }, select: { id: true, verwerktOp: true } });
      return row?.verwerktOp ? { verwerktOp: row.verwerktOp, id: row.id } : null;
    },
    fetcher(client, brin, state),
  );
  return { ...page, rijen: await metInschrijving(client, brin, page.rijen) };
}

/** The whole selection in list order, for the CSV export (no links needed: batches stay one query). */
export async function* meldingenExport(
  brin: string,
  state: MeldingenState,
  batch = 1000,
  client: Client = defaultClient,
): AsyncGenerator<Omit<MeldingRij, "inschrijvingId">> {
  for await (const r of keysetAll(
    batch,
    (row: Raw) => ({ verwerktOp: row.verwerktOp, id: row.id }),
    fetcher(client, brin, state),
  )) {
    yield { ...r, codes: codesVan(r.codes) };
  }
}
