// The student list of one institution: one row per inschrijving, searched, filtered, sorted and
// paged by keyset so page 1 and page 6,000 cost the same; also streamed whole for the export.
import { Prisma } from "@/generated/prisma/client";
import { todayIso } from "@/lib/shared/dates";
import type { DeelnemerFilters } from "./deelnemer-filters";
import { toPage, type Cursor, type Page } from "@/lib/shared/keyset";
import { maskPgn } from "@/lib/shared/pgn";
import { defaultClient, isoOf, likeContains, type Client } from "./shared";

export const PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

export interface DeelnemerRij {
  id: number;
  volgnummer: string;
  sector: "MBO" | "PO";
  /** Masked (`*****1234`): the full PGN belongs on the detail page only. */
  pgn: string;
  achternaam: string | null;
  voorvoegsel: string | null;
  voornamen: string | null;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  /** The periode in force on the peildatum (the filter's date, else today), or the first one. */
  opleidingscode: string | null;
  opleidingNaam: string | null;
  leerweg: string | null;
  vestigingscode: string | null;
  groep: number | null;
  /** Codes of the signalen on the inschrijving and its BPV, sorted, each once. */
  signalen: string[];
  /** The assessment on the list's teldatum (`ListOptions.teldatum`); null when none (not active then, or no teldatum). */
  bekostiging: DeelnemerBekostiging | null;
}

export interface DeelnemerBekostiging {
  status: "J" | "N";
  codes: string[];
  /** Definitief once DUO fixed the teldatum (vaststellen), else voorlopig. */
  definitief: boolean;
}

export interface ListOptions {
  /** Today as ISO date (tests fix it); decides which periode is "current" without a date filter. */
  vandaag?: string;
  size?: number;
  /** The teldatum whose funding each row shows (ISO); without one the rows carry none. */
  teldatum?: string;
}

type RawRow = Omit<DeelnemerRij, "signalen" | "bekostiging" | "datumInschrijving" | "datumUitschrijving" | "pgn"> & {
  pgn: string;
  sorteerAchternaam: string;
  sorteerVoornamen: string;
  datumInschrijving: Date | string;
  datumUitschrijving: Date | string | null;
};

type SortValues = { volgnummer: string; datum: string; achternaam: string; voornamen: string };

// Volgnummers compare by code point (domain.md), hence COLLATE "C"; names by the database's locale.
const VOLGNUMMER = Prisma.sql`(i."inschrijvingsvolgnummer" COLLATE "C")`;
// The names in lower case, kept on the inschrijving by the pipeline, so this sort has an index.
const ACHTERNAAM = Prisma.sql`i."sorteerAchternaam"`;
const VOORNAMEN = Prisma.sql`i."sorteerVoornamen"`;

function sortKeys(filters: DeelnemerFilters, v?: SortValues): { columns: Prisma.Sql[]; values: Prisma.Sql[] } {
  switch (filters.sorteer) {
    case "datum":
      return {
        columns: [Prisma.sql`i."datumInschrijving"`, VOLGNUMMER],
        values: v ? [Prisma.sql`${v.datum}::date`, Prisma.sql`(${v.volgnummer}::text COLLATE "C")`] : [],
      };
    case "naam":
      return {
        columns: [ACHTERNAAM, VOORNAMEN, VOLGNUMMER],
        values: v
          ? [
              Prisma.sql`${v.achternaam}::text`,
              Prisma.sql`${v.voornamen}::text`,
              Prisma.sql`(${v.volgnummer}::text COLLATE "C")`,
            ]
          : [],
      };
    default:
      return { columns: [VOLGNUMMER], values: v ? [Prisma.sql`(${v.volgnummer}::text COLLATE "C")`] : [] };
  }
}

function conditions(brin: string, filters: DeelnemerFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`i."brin" = ${brin}`];
  if (filters.q) {
    // Every word somewhere in the name (the persons found through the trigram index on their
    // lower-case names), or the whole text as a volgnummer.
    const words = filters.q.split(/\s+/).filter(Boolean);
    const byName = Prisma.join(
      words.map((w) => Prisma.sql`z."zoeknaam" LIKE ${likeContains(w.toLowerCase())}`),
      " AND ",
    );
    where.push(
      Prisma.sql`(i."inschrijvingsvolgnummer" = ${filters.q} OR i."persoonId" IN (SELECT z."id" FROM "Persoon" z WHERE ${byName}))`,
    );
  }
  if (filters.persoon !== undefined) where.push(Prisma.sql`i."persoonId" = ${filters.persoon}`);
  if (filters.opleiding) {
    // The IN lets the planner start from the Periode(opleidingscode) index; the lateral decides.
    where.push(
      Prisma.sql`i."id" IN (SELECT "inschrijvingId" FROM "Periode" WHERE "opleidingscode" = ${filters.opleiding})`,
    );
    where.push(Prisma.sql`per."opleidingscode" = ${filters.opleiding}`);
  }
  if (filters.leerweg) where.push(Prisma.sql`per."leerweg"::text = ${filters.leerweg}`);
  if (filters.groep !== undefined) where.push(Prisma.sql`per."groep" = ${filters.groep}`);
  if (filters.actief) {
    where.push(
      Prisma.sql`i."datumInschrijving" <= ${filters.actief}::date AND (i."datumUitschrijving" IS NULL OR i."datumUitschrijving" >= ${filters.actief}::date)`,
    );
  }
  if (filters.signaal) {
    // A probe per row along (brin, code, volgnummer): the inschrijving's own signalen and its BPV's.
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Signaal" s WHERE s."brin" = ${brin} AND s."code" = ${filters.signaal} AND s."volgnummer" = i."inschrijvingsvolgnummer")`,
    );
  }
  if (filters.bekostiging || filters.code || filters.teldatum) {
    // Served by the unique (brin, soort, volgnummer, peildatum) index of the assessments.
    const on: Prisma.Sql[] = [
      Prisma.sql`b."brin" = ${brin}`,
      Prisma.sql`b."soort" = 'INSCHRIJVING'`,
      Prisma.sql`b."volgnummer" = i."inschrijvingsvolgnummer"`,
    ];
    if (filters.teldatum) on.push(Prisma.sql`b."peildatum" = ${filters.teldatum}::date`);
    if (filters.bekostiging) on.push(Prisma.sql`b."status" = ${filters.bekostiging}`);
    if (filters.code) on.push(Prisma.sql`${filters.code} = ANY(b."codes")`);
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Bekostigingsbeoordeling" b WHERE ${Prisma.join(on, " AND ")})`);
  }
  return where;
}

async function cursorValues(client: Client, brin: string, id: number): Promise<SortValues | null> {
  const row = await client.inschrijving.findFirst({
    where: { id, brin },
    select: { inschrijvingsvolgnummer: true, datumInschrijving: true, sorteerAchternaam: true, sorteerVoornamen: true },
  });
  if (!row) return null;
  return {
    volgnummer: row.inschrijvingsvolgnummer,
    datum: isoOf(row.datumInschrijving),
    achternaam: row.sorteerAchternaam,
    voornamen: row.sorteerVoornamen,
  };
}

/** Where a page starts: after or before the sort values of a cursor row, or at the top. */
type From = { values: SortValues; backwards: boolean } | null;

async function resolveCursor(client: Client, brin: string, cursor: Cursor): Promise<{ from: From; cursor: Cursor }> {
  if (!cursor) return { from: null, cursor: null };
  const values = await cursorValues(client, brin, "na" in cursor ? cursor.na : cursor.voor);
  // A cursor row that is gone (or not of this brin) starts the list from the top.
  return values ? { from: { values, backwards: "voor" in cursor }, cursor } : { from: null, cursor: null };
}

async function fetchRows(
  client: Client,
  brin: string,
  filters: DeelnemerFilters,
  from: From,
  size: number,
  peildatum: string,
): Promise<RawRow[]> {
  const descending = filters.aflopend !== (from?.backwards ?? false);
  const where = conditions(brin, filters);
  if (from) {
    const keys = sortKeys(filters, from.values);
    const op = Prisma.raw(descending ? "<" : ">");
    where.push(Prisma.sql`(${Prisma.join(keys.columns)}) ${op} (${Prisma.join(keys.values)})`);
  }
  const dir = Prisma.raw(descending ? "DESC" : "ASC");
  const order = Prisma.join(sortKeys(filters).columns.map((c) => Prisma.sql`${c} ${dir}`));
  return client.$queryRaw<RawRow[]>`
    SELECT i."id", i."inschrijvingsvolgnummer" AS "volgnummer", i."sector"::text AS "sector",
      p."pgn", p."achternaam", p."voorvoegsel", p."voornamen", i."sorteerAchternaam", i."sorteerVoornamen",
      i."datumInschrijving", i."datumUitschrijving",
      per."opleidingscode", o."naam" AS "opleidingNaam", per."leerweg"::text AS "leerweg", per."vestigingscode", per."groep"
    FROM "Inschrijving" i
    JOIN "Persoon" p ON p."id" = i."persoonId"
    LEFT JOIN LATERAL (
      SELECT x."opleidingscode", x."leerweg", x."vestigingscode", x."groep"
      FROM "Periode" x
      WHERE x."inschrijvingId" = i."id" AND x."begindatum" <= GREATEST(${peildatum}::date, i."datumInschrijving")
      ORDER BY x."begindatum" DESC
      LIMIT 1
    ) per ON TRUE
    LEFT JOIN "Opleiding" o ON o."opleidingscode" = per."opleidingscode"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${size + 1}`;
}

/** The signaal codes per volgnummer, for the rows of one page (inschrijving and BPV signalen). */
async function signalenPerVolgnummer(
  client: Client,
  brin: string,
  volgnummers: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (volgnummers.length === 0) return result;
  const rows = await client.signaal.findMany({
    where: {
      brin,
      OR: [
        { soort: { in: ["MBO_INSCHRIJVING", "PO_INSCHRIJVING"] }, sleutel: { in: volgnummers } },
        { soort: "BPV", OR: volgnummers.map((v) => ({ sleutel: { startsWith: `${v}/` } })) },
      ],
    },
    select: { sleutel: true, code: true },
  });
  for (const row of rows) {
    const volgnummer = row.sleutel.split("/")[0] ?? row.sleutel;
    const codes = result.get(volgnummer) ?? [];
    if (!codes.includes(row.code)) codes.push(row.code);
    result.set(volgnummer, codes);
  }
  for (const codes of result.values()) codes.sort();
  return result;
}

/**
 * The funding of the rows of one page on one teldatum: one probe per row along the unique
 * (brin, soort, volgnummer, peildatum) index of the assessments, never a join over the school.
 */
async function bekostigingPerVolgnummer(
  client: Client,
  brin: string,
  volgnummers: string[],
  teldatum: string | undefined,
): Promise<Map<string, DeelnemerBekostiging>> {
  const result = new Map<string, DeelnemerBekostiging>();
  if (!teldatum || volgnummers.length === 0) return result;
  const rows = await client.$queryRaw<{ volgnummer: string; status: string; codes: string[]; definitief: boolean }[]>`
    SELECT b."volgnummer", b."status", b."codes", b."definitief"
    FROM unnest(${volgnummers}::text[]) AS v(volgnummer)
    JOIN LATERAL (
      SELECT x."volgnummer", x."status", x."codes", x."definitief" FROM "Bekostigingsbeoordeling" x
      WHERE x."brin" = ${brin} AND x."soort" = 'INSCHRIJVING' AND x."volgnummer" = v.volgnummer AND x."peildatum" = ${teldatum}::date
    ) b ON TRUE`;
  for (const r of rows)
    result.set(r.volgnummer, {
      status: r.status === "J" ? "J" : "N",
      codes: [...r.codes].sort(),
      definitief: r.definitief,
    });
  return result;
}

async function withExtras(
  client: Client,
  brin: string,
  rows: RawRow[],
  teldatum: string | undefined,
): Promise<DeelnemerRij[]> {
  const volgnummers = rows.map((r) => r.volgnummer);
  const [signalen, bekostiging] = await Promise.all([
    signalenPerVolgnummer(client, brin, volgnummers),
    bekostigingPerVolgnummer(client, brin, volgnummers, teldatum),
  ]);
  return rows.map(({ sorteerAchternaam, sorteerVoornamen, ...r }) => ({
    ...r,
    pgn: maskPgn(r.pgn),
    datumInschrijving: isoOf(r.datumInschrijving),
    datumUitschrijving: isoOf(r.datumUitschrijving),
    groep: r.groep === null ? null : Number(r.groep),
    signalen: signalen.get(r.volgnummer) ?? [],
    bekostiging: bekostiging.get(r.volgnummer) ?? null,
  }));
}

/** One page of the list. A previous page that reaches the top is the first page, filled up. */
export async function deelnemersPagina(
  brin: string,
  filters: DeelnemerFilters,
  cursor: Cursor,
  options: ListOptions = {},
  client: Client = defaultClient,
): Promise<Page<DeelnemerRij>> {
  const size = options.size ?? PAGE_SIZE;
  const peildatum = filters.actief ?? options.vandaag ?? todayIso();
  let { from, cursor: effective } = await resolveCursor(client, brin, cursor);
  let fetched = await fetchRows(client, brin, filters, from, size, peildatum);
  if (from?.backwards && fetched.length <= size) {
    from = null;
    effective = null;
    fetched = await fetchRows(client, brin, filters, null, size, peildatum);
  }
  const page = toPage(fetched, size, effective);
  return { ...page, rijen: await withExtras(client, brin, page.rijen, options.teldatum) };
}

/** Every row of the selection in list order, in batches, for the CSV export. */
export async function* deelnemersExport(
  brin: string,
  filters: DeelnemerFilters,
  options: ListOptions = {},
  client: Client = defaultClient,
): AsyncGenerator<DeelnemerRij> {
  const peildatum = filters.actief ?? options.vandaag ?? todayIso();
  const size = options.size ?? EXPORT_BATCH;
  let from: From = null;
  for (;;) {
    const fetched = await fetchRows(client, brin, filters, from, size, peildatum);
    const rows = fetched.slice(0, size);
    yield* await withExtras(client, brin, rows, options.teldatum);
    const last = rows.at(-1);
    if (fetched.length <= size || !last) return;
    // The last row's own values continue the scan: no lookup, and no gap if it changes meanwhile.
    const raw = fetched[rows.length - 1]!;
    from = {
      values: {
        volgnummer: last.volgnummer,
        datum: isoOf(last.datumInschrijving),
        achternaam: raw.sorteerAchternaam,
        voornamen: raw.sorteerVoornamen,
      },
      backwards: false,
    };
  }
}

/**
 * The persoon a PGN search means, only when that person has an inschrijving at this institution:
 * the search never tells whether a number is known elsewhere. Null when not a student here.
 */
export async function persoonVoorPgn(
  brin: string,
  pgn: string,
  client: Client = defaultClient,
): Promise<number | null> {
  const row = await client.inschrijving.findFirst({ where: { brin, persoon: { pgn } }, select: { persoonId: true } });
  return row?.persoonId ?? null;
}

/** Whether a text is an inschrijvingsvolgnummer of this institution (a search box decides by it). */
export async function isVolgnummer(brin: string, text: string, client: Client = defaultClient): Promise<boolean> {
  const row = await client.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: text } },
    select: { id: true },
  });
  return row !== null;
}

/** The masked PGN of a persoon filter, to show what the list is narrowed to; null if not a student here. */
export async function gemaskeerdePgn(
  brin: string,
  persoonId: number,
  client: Client = defaultClient,
): Promise<string | null> {
  const row = await client.inschrijving.findFirst({
    where: { brin, persoonId },
    select: { persoon: { select: { pgn: true } } },
  });
  return row ? maskPgn(row.persoon.pgn) : null;
}
