// Reading register records back (api.md): the fields of the PUT body (person fields at the top
// level, perioden) plus the key, BPV, resultaten, signalen and the funding assessments. A list is
// read in pages by inschrijvingsvolgnummer, with every related table fetched once per page.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { MeldingSoort, Sector } from "@/generated/prisma/enums";
import { db as defaultDb } from "@/lib/db";
import { fromDb } from "@/lib/shared/dates";
import { toAssessment } from "@/lib/register/pipeline/funding";
import { isGeldigBsn } from "@/lib/register/validate";
import { bekostigingJson, signaalJson, type BekostigingJson } from "./terugkoppeling";

const jn = (b: boolean | null) => (b === null ? null : b ? "J" : "N");

/** A PGN is a BSN or an onderwijsnummer; their check digits never agree, so the number tells which. */
export function pgnVelden(pgn: string): { bsn: string | null; onderwijsnummer: string | null } {
  return isGeldigBsn(pgn) ? { bsn: pgn, onderwijsnummer: null } : { bsn: null, onderwijsnummer: pgn };
}

const INSCHRIJVING_INCLUDE = {
  persoon: true,
  perioden: { orderBy: { begindatum: "asc" } },
  bpv: { orderBy: { bpvVolgnummer: "asc" } },
} as const satisfies Prisma.InschrijvingInclude;

type InschrijvingRow = Prisma.InschrijvingGetPayload<{ include: typeof INSCHRIJVING_INCLUDE }>;

type Signaal = { code: string; omschrijving: string; parameters: Record<string, string> };

interface Related {
  signalen: Map<string, Signaal[]>;
  resultaten: Map<string, ReturnType<typeof resultaatVelden>[]>;
  bekostiging: Map<string, BekostigingJson[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function resultaatVelden(r: {
  resultaatvolgnummer: string;
  inschrijvingsvolgnummer: string;
  opleidingscode: string;
  soort: string;
  datumBehaald: Date;
  indicatieBekostigbaar: boolean;
}) {
  return {
    resultaatvolgnummer: r.resultaatvolgnummer,
    inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
    opleidingscode: r.opleidingscode,
    soort: r.soort,
    datumBehaald: fromDb(r.datumBehaald),
    indicatieBekostigbaar: jn(r.indicatieBekostigbaar)!,
  };
}

/** Signalen, resultaten and assessments of a page of inschrijvingen, one query each. */
async function related(client: PrismaClient, brin: string, sector: Sector, volgnummers: string[]): Promise<Related> {
  const soort: MeldingSoort = sector === "MBO" ? "MBO_INSCHRIJVING" : "PO_INSCHRIJVING";
  const [signalen, resultaten, beoordelingen] = await Promise.all([
    client.signaal.findMany({
      where: {
        brin,
        OR: [
          { soort, sleutel: { in: volgnummers } },
          ...(sector === "MBO"
            ? [{ soort: "BPV" as const, OR: volgnummers.map((v) => ({ sleutel: { startsWith: `${v}/` } })) }]
            : []),
        ],
      },
      orderBy: [{ sleutel: "asc" }, { code: "asc" }],
    }),
    sector === "MBO"
      ? client.resultaat.findMany({
          where: { brin, inschrijvingsvolgnummer: { in: volgnummers } },
          orderBy: { resultaatvolgnummer: "asc" },
        })
      : [],
    client.bekostigingsbeoordeling.findMany({
      where: { brin, soort: "INSCHRIJVING", volgnummer: { in: volgnummers } },
      orderBy: { peildatum: "asc" },
    }),
  ]);
  const out: Related = { signalen: new Map(), resultaten: new Map(), bekostiging: new Map() };
  // A BPV's signalen (S05) are keyed `ivn/bpvnr`; they show on the BPV and on its inschrijving.
  for (const s of signalen)
    push(out.signalen, s.sleutel, signaalJson({ code: s.code, parameters: s.parameters as Record<string, string> }));
  for (const r of resultaten) push(out.resultaten, r.inschrijvingsvolgnummer, resultaatVelden(r));
  for (const b of beoordelingen) push(out.bekostiging, b.volgnummer, bekostigingJson(toAssessment(b)));
  return out;
}

function inschrijvingJson(row: InschrijvingRow, rel: Related) {
  const p = row.persoon;
  const mbo = row.sector === "MBO";
  const v = row.inschrijvingsvolgnummer;
  return {
    inschrijvingsvolgnummer: v,
    ...pgnVelden(p.pgn),
    geboortedatum: fromDb(p.geboortedatum),
    geslacht: p.geslacht,
    achternaam: p.achternaam,
    voorvoegsel: p.voorvoegsel,
    voornamen: p.voornamen,
    postcode: p.postcode,
    woonland: p.woonland,
    datumInschrijving: fromDb(row.datumInschrijving),
    ...(mbo ? { datumUitschrijvingGepland: fromDb(row.datumUitschrijvingGepland) } : {}),
    datumUitschrijving: fromDb(row.datumUitschrijving),
    ...(mbo ? { redenUitschrijving: row.redenUitschrijving } : {}),
    perioden: row.perioden.map((q) =>
      mbo
        ? {
            periodeBegindatum: fromDb(q.begindatum),
            opleidingscode: q.opleidingscode,
            leerweg: q.leerweg,
            indicatieBekostigbaar: jn(q.indicatieBekostigbaar),
          }
        : { periodeBegindatum: fromDb(q.begindatum), vestigingscode: q.vestigingscode, groep: q.groep },
    ),
    ...(mbo
      ? {
          bpv: row.bpv.map((b) => ({
            bpvVolgnummer: b.bpvVolgnummer,
            leerbedrijfId: b.leerbedrijfId,
            opleidingscode: b.opleidingscode,
            afsluitdatum: fromDb(b.afsluitdatum),
            datumBegin: fromDb(b.datumBegin),
            datumEindeGepland: fromDb(b.datumEindeGepland),
            datumEinde: fromDb(b.datumEinde),
            omvangUren: b.omvangUren,
            signalen: rel.signalen.get(`${v}/${b.bpvVolgnummer}`) ?? [],
          })),
          resultaten: rel.resultaten.get(v) ?? [],
        }
      : {}),
    signalen: rel.signalen.get(v) ?? [],
    bekostiging: rel.bekostiging.get(v) ?? [],
  };
}

export type InschrijvingJson = ReturnType<typeof inschrijvingJson>;

export async function leesInschrijving(
  brin: string,
  volgnummer: string,
  client: PrismaClient = defaultDb,
): Promise<InschrijvingJson | null> {
  const row = await client.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: volgnummer } },
    include: INSCHRIJVING_INCLUDE,
  });
  if (!row) return null;
  return inschrijvingJson(row, await related(client, brin, row.sector, [volgnummer]));
}

/** One page in volgnummer order (code point order: the column's collation is C), after `after`. */
export async function leesInschrijvingen(
  brin: string,
  after: string | null,
  take: number,
  client: PrismaClient = defaultDb,
): Promise<InschrijvingJson[]> {
  const rows = await client.inschrijving.findMany({
    where: { brin, ...(after !== null ? { inschrijvingsvolgnummer: { gt: after } } : {}) },
    orderBy: { inschrijvingsvolgnummer: "asc" },
    include: INSCHRIJVING_INCLUDE,
    take,
  });
  if (rows.length === 0) return [];
  const rel = await related(
    client,
    brin,
    rows[0]!.sector,
    rows.map((r) => r.inschrijvingsvolgnummer),
  );
  return rows.map((r) => inschrijvingJson(r, rel));
}

type ResultaatRow = Prisma.ResultaatGetPayload<{ include: { persoon: { select: { pgn: true } } } }>;

function resultaatJson(row: ResultaatRow, bekostiging: BekostigingJson[]) {
  const { resultaatvolgnummer, ...velden } = resultaatVelden(row);
  return { resultaatvolgnummer, ...pgnVelden(row.persoon.pgn), ...velden, bekostiging };
}

export async function leesResultaat(brin: string, volgnummer: string, client: PrismaClient = defaultDb) {
  const row = await client.resultaat.findUnique({
    where: { brin_resultaatvolgnummer: { brin, resultaatvolgnummer: volgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });
  if (!row) return null;
  const beoordelingen = await client.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "RESULTAAT", volgnummer },
    orderBy: { peildatum: "asc" },
  });
  return resultaatJson(
    row,
    beoordelingen.map((b) => bekostigingJson(toAssessment(b))),
  );
}

/** One page of the school's resultaten in volgnummer order, after `after`; the assessments in one query. */
export async function leesResultaten(
  brin: string,
  after: string | null,
  take: number,
  client: PrismaClient = defaultDb,
) {
  const rows = await client.resultaat.findMany({
    where: { brin, ...(after !== null ? { resultaatvolgnummer: { gt: after } } : {}) },
    orderBy: { resultaatvolgnummer: "asc" },
    include: { persoon: { select: { pgn: true } } },
    take,
  });
  if (rows.length === 0) return [];
  const beoordelingen = await client.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "RESULTAAT", volgnummer: { in: rows.map((r) => r.resultaatvolgnummer) } },
    orderBy: { peildatum: "asc" },
  });
  const per = new Map<string, BekostigingJson[]>();
  for (const b of beoordelingen) push(per, b.volgnummer, bekostigingJson(toAssessment(b)));
  return rows.map((r) => resultaatJson(r, per.get(r.resultaatvolgnummer) ?? []));
}

const BPV_INCLUDE = { bpv: { orderBy: { bpvVolgnummer: "asc" } } } as const satisfies Prisma.InschrijvingInclude;

/**
 * The BPV of an mbo inschrijving as its GET answers them (the fields of the PUT body, the key and its
 * signalen); null when the inschrijving does not exist. `bpvVolgnummer`: just that one ([] if absent).
 */
export async function leesBpvs(
  brin: string,
  inschrijvingsvolgnummer: string,
  options: { after?: string | null; take?: number; bpvVolgnummer?: string } = {},
  client: PrismaClient = defaultDb,
) {
  const row = await client.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer } },
    include: {
      bpv: {
        where:
          options.bpvVolgnummer !== undefined
            ? { bpvVolgnummer: options.bpvVolgnummer }
            : options.after
              ? { bpvVolgnummer: { gt: options.after } }
              : {},
        orderBy: BPV_INCLUDE.bpv.orderBy,
        ...(options.take ? { take: options.take } : {}),
      },
    },
  });
  if (!row || row.sector !== "MBO") return null;
  const signalen = row.bpv.length
    ? await client.signaal.findMany({
        where: {
          brin,
          soort: "BPV",
          sleutel: { in: row.bpv.map((b) => `${inschrijvingsvolgnummer}/${b.bpvVolgnummer}`) },
        },
        orderBy: [{ sleutel: "asc" }, { code: "asc" }],
      })
    : [];
  const per = new Map<string, Signaal[]>();
  for (const s of signalen)
    push(per, s.sleutel, signaalJson({ code: s.code, parameters: s.parameters as Record<string, string> }));
  return row.bpv.map((b) => ({
    inschrijvingsvolgnummer,
    bpvVolgnummer: b.bpvVolgnummer,
    leerbedrijfId: b.leerbedrijfId,
    opleidingscode: b.opleidingscode,
    afsluitdatum: fromDb(b.afsluitdatum),
    datumBegin: fromDb(b.datumBegin),
    datumEindeGepland: fromDb(b.datumEindeGepland),
    datumEinde: fromDb(b.datumEinde),
    omvangUren: b.omvangUren,
    signalen: per.get(`${inschrijvingsvolgnummer}/${b.bpvVolgnummer}`) ?? [],
  }));
}

/** The database keeps 16U_4W as U16_4W (an identifier cannot start with a digit). */
const verzuimSoort = (s: string) => (s === "U16_4W" ? "16U_4W" : s);

export async function leesVerzuim(brin: string, volgnummer: string, client: PrismaClient = defaultDb) {
  const row = await client.verzuimmelding.findUnique({
    where: { brin_verzuimvolgnummer: { brin, verzuimvolgnummer: volgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });
  return row ? verzuimJson(row) : null;
}

/** One page of the school's verzuimmeldingen in volgnummer order, after `after`. */
export async function leesVerzuimmeldingen(
  brin: string,
  after: string | null,
  take: number,
  client: PrismaClient = defaultDb,
) {
  const rows = await client.verzuimmelding.findMany({
    where: { brin, ...(after !== null ? { verzuimvolgnummer: { gt: after } } : {}) },
    orderBy: { verzuimvolgnummer: "asc" },
    include: { persoon: { select: { pgn: true } } },
    take,
  });
  return rows.map(verzuimJson);
}

function verzuimJson(row: Prisma.VerzuimmeldingGetPayload<{ include: { persoon: { select: { pgn: true } } } }>) {
  return {
    verzuimvolgnummer: row.verzuimvolgnummer,
    ...pgnVelden(row.persoon.pgn),
    soort: verzuimSoort(row.soort),
    datumBegin: fromDb(row.datumBegin),
    datumEinde: fromDb(row.datumEinde),
    toelichting: row.toelichting,
    behandelstatus: row.behandelstatus,
  };
}
