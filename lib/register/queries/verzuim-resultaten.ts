// The school's own verzuimmeldingen (po) and resultaten (mbo): newest first, filtered, keyset paged
// along (brin, datumBegin, id) and (brin, datumBehaald, id) (migration lijst_indexen_terugkoppeling).
// Each row knows the student page it belongs on; a resultaat carries its diploma funding (one probe
// per row along the unique (brin, soort, volgnummer, peildatum) index of the assessments).
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { defineLijst, isoDate } from "@/lib/lijst/params";
import { keysetAll, keysetPage, type Cursor, type From, type Page } from "@/lib/shared/keyset";
import { maskPgn } from "@/lib/shared/pgn";
import { defaultClient, isoOf, type Client } from "./shared";

export const LIJST_PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

export const VERZUIM_SOORTEN = ["16U_4W", "LRV", "RMC", "LUXE", "OVERIG"] as const;
export const BEHANDELSTATUSSEN = ["GEMELD", "IN_BEHANDELING", "AFGEHANDELD"] as const;

export const verzuimLijstDef = defineLijst({
  filters: { soort: z.enum(VERZUIM_SOORTEN), behandelstatus: z.enum(BEHANDELSTATUSSEN), van: isoDate, tot: isoDate },
  sorteringen: ["datum"],
  standaard: "datum",
  standaardAflopend: true,
});
export type VerzuimState = ReturnType<typeof verzuimLijstDef.parse>;

export const resultatenLijstDef = defineLijst({
  filters: {
    soort: z.enum(["DIPLOMA", "CERTIFICAAT"]),
    opleiding: z.string().regex(/^\d{5}$/),
    bekostigd: z.enum(["J", "N"]),
    jaar: z.coerce.number().int().min(1990).max(2100),
  },
  sorteringen: ["datum"],
  standaard: "datum",
  standaardAflopend: true,
});
export type ResultatenState = ReturnType<typeof resultatenLijstDef.parse>;

interface Persoonlijk {
  /** Masked: the full PGN is on the student page only. */
  pgn: string;
  achternaam: string | null;
  voorvoegsel: string | null;
  voornamen: string | null;
  /** The student page (an inschrijving of the person at this school); null if none is left. */
  inschrijvingId: number | null;
}

export interface VerzuimLijstRij extends Persoonlijk {
  id: number;
  verzuimvolgnummer: string;
  soort: string;
  datumBegin: string;
  datumEinde: string | null;
  toelichting: string | null;
  behandelstatus: string;
}

export interface ResultaatLijstRij extends Persoonlijk {
  id: number;
  resultaatvolgnummer: string;
  inschrijvingsvolgnummer: string;
  opleidingscode: string;
  opleidingNaam: string | null;
  soort: "DIPLOMA" | "CERTIFICAAT";
  datumBehaald: string;
  indicatieBekostigbaar: boolean;
  /** The diploma's assessment for its kalenderjaar; null for a certificate or when none. */
  bekostiging: { status: "J" | "N"; codes: string[]; definitief: boolean } | null;
}

type DatumValues = { datum: string; id: number };
const dir = (descending: boolean) => Prisma.raw(descending ? "DESC" : "ASC");
const op = (descending: boolean) => Prisma.raw(descending ? "<" : ">");

type RawVerzuim = Omit<VerzuimLijstRij, "datumBegin" | "datumEinde"> & {
  datumBegin: Date | string;
  datumEinde: Date | string | null;
};

function verzuimFetcher(client: Client, brin: string, state: VerzuimState) {
  return (from: From<DatumValues>, limit: number): Promise<RawVerzuim[]> => {
    const f = state.filters;
    const where: Prisma.Sql[] = [Prisma.sql`v."brin" = ${brin}`];
    if (f.soort) where.push(Prisma.sql`v."soort"::text = ${f.soort}`);
    if (f.behandelstatus) where.push(Prisma.sql`v."behandelstatus"::text = ${f.behandelstatus}`);
    if (f.van) where.push(Prisma.sql`v."datumBegin" >= ${f.van}::date`);
    if (f.tot) where.push(Prisma.sql`v."datumBegin" <= ${f.tot}::date`);
    const descending = state.aflopend !== (from?.backwards ?? false);
    if (from)
      where.push(
        Prisma.sql`(v."datumBegin", v."id") ${op(descending)} (${from.values.datum}::date, ${from.values.id}::int)`,
      );
    return client.$queryRaw<RawVerzuim[]>`
      SELECT v."id", v."verzuimvolgnummer", v."soort"::text AS "soort", v."datumBegin", v."datumEinde", v."toelichting", v."behandelstatus"::text AS "behandelstatus",
        p."pgn", p."achternaam", p."voorvoegsel", p."voornamen", i."id" AS "inschrijvingId"
      FROM "Verzuimmelding" v
      JOIN "Persoon" p ON p."id" = v."persoonId"
      LEFT JOIN LATERAL (SELECT x."id" FROM "Inschrijving" x WHERE x."persoonId" = v."persoonId" AND x."brin" = ${brin} ORDER BY x."datumInschrijving" DESC LIMIT 1) i ON TRUE
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY v."datumBegin" ${dir(descending)}, v."id" ${dir(descending)}
      LIMIT ${limit}`;
  };
}

const verzuimRij = (r: RawVerzuim): VerzuimLijstRij => ({
  ...r,
  pgn: maskPgn(r.pgn),
  datumBegin: isoOf(r.datumBegin),
  datumEinde: isoOf(r.datumEinde),
});

export async function verzuimPagina(
  brin: string,
  state: VerzuimState,
  cursor: Cursor,
  size = LIJST_PAGE_SIZE,
  client: Client = defaultClient,
): Promise<Page<VerzuimLijstRij>> {
  const page = await keysetPage(
    cursor,
    size,
    async (id) => {
      const row = await client.verzuimmelding.findFirst({
        where: { id, brin },
        select: { id: true, datumBegin: true },
      });
      return row ? { datum: isoOf(row.datumBegin), id: row.id } : null;
    },
    verzuimFetcher(client, brin, state),
  );
  return { ...page, rijen: page.rijen.map(verzuimRij) };
}

export async function* verzuimExport(
  brin: string,
  state: VerzuimState,
  client: Client = defaultClient,
): AsyncGenerator<VerzuimLijstRij> {
  for await (const r of keysetAll(
    EXPORT_BATCH,
    (row: RawVerzuim) => ({ datum: isoOf(row.datumBegin), id: row.id }),
    verzuimFetcher(client, brin, state),
  ))
    yield verzuimRij(r);
}

type RawResultaat = Omit<ResultaatLijstRij, "datumBehaald" | "bekostiging"> & {
  datumBehaald: Date | string;
  bStatus: string | null;
  bCodes: string[] | null;
  bDefinitief: boolean | null;
};

function resultatenFetcher(client: Client, brin: string, state: ResultatenState) {
  return (from: From<DatumValues>, limit: number): Promise<RawResultaat[]> => {
    const f = state.filters;
    const where: Prisma.Sql[] = [Prisma.sql`r."brin" = ${brin}`];
    if (f.soort) where.push(Prisma.sql`r."soort"::text = ${f.soort}`);
    if (f.opleiding) where.push(Prisma.sql`r."opleidingscode" = ${f.opleiding}`);
    if (f.jaar !== undefined)
      where.push(
        Prisma.sql`r."datumBehaald" >= make_date(${f.jaar}::int, 1, 1) AND r."datumBehaald" < make_date(${f.jaar}::int + 1, 1, 1)`,
      );
    if (f.bekostigd) where.push(Prisma.sql`b."status" = ${f.bekostigd}`);
    const descending = state.aflopend !== (from?.backwards ?? false);
    if (from)
      where.push(
        Prisma.sql`(r."datumBehaald", r."id") ${op(descending)} (${from.values.datum}::date, ${from.values.id}::int)`,
      );
    return client.$queryRaw<RawResultaat[]>`
      SELECT r."id", r."resultaatvolgnummer", r."inschrijvingsvolgnummer", r."opleidingscode", o."naam" AS "opleidingNaam", r."soort"::text AS "soort",
        r."datumBehaald", r."indicatieBekostigbaar", p."pgn", p."achternaam", p."voorvoegsel", p."voornamen", i."id" AS "inschrijvingId",
        b."status" AS "bStatus", b."codes" AS "bCodes", b."definitief" AS "bDefinitief"
      FROM "Resultaat" r
      JOIN "Persoon" p ON p."id" = r."persoonId"
      LEFT JOIN "Opleiding" o ON o."opleidingscode" = r."opleidingscode"
      LEFT JOIN "Inschrijving" i ON i."brin" = r."brin" AND i."inschrijvingsvolgnummer" = r."inschrijvingsvolgnummer"
      LEFT JOIN "Bekostigingsbeoordeling" b ON b."brin" = r."brin" AND b."soort" = 'RESULTAAT' AND b."volgnummer" = r."resultaatvolgnummer"
        AND b."peildatum" = make_date(extract(year FROM r."datumBehaald")::int, 1, 1)
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY r."datumBehaald" ${dir(descending)}, r."id" ${dir(descending)}
      LIMIT ${limit}`;
  };
}

const resultaatRij = ({ bStatus, bCodes, bDefinitief, ...r }: RawResultaat): ResultaatLijstRij => ({
  ...r,
  pgn: maskPgn(r.pgn),
  datumBehaald: isoOf(r.datumBehaald),
  bekostiging:
    bStatus === null
      ? null
      : { status: bStatus === "J" ? "J" : "N", codes: [...(bCodes ?? [])].sort(), definitief: bDefinitief === true },
});

export async function resultatenPagina(
  brin: string,
  state: ResultatenState,
  cursor: Cursor,
  size = LIJST_PAGE_SIZE,
  client: Client = defaultClient,
): Promise<Page<ResultaatLijstRij>> {
  const page = await keysetPage(
    cursor,
    size,
    async (id) => {
      const row = await client.resultaat.findFirst({ where: { id, brin }, select: { id: true, datumBehaald: true } });
      return row ? { datum: isoOf(row.datumBehaald), id: row.id } : null;
    },
    resultatenFetcher(client, brin, state),
  );
  return { ...page, rijen: page.rijen.map(resultaatRij) };
}

export async function* resultatenExport(
  brin: string,
  state: ResultatenState,
  client: Client = defaultClient,
): AsyncGenerator<ResultaatLijstRij> {
  for await (const r of keysetAll(
    EXPORT_BATCH,
    (row: RawResultaat) => ({ datum: isoOf(row.datumBehaald), id: row.id }),
    resultatenFetcher(client, brin, state),
  ))
    yield resultaatRij(r);
}
