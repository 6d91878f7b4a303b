// Read side of funding for one institution: totals per teldatum, not-funded per code, per opleiding
// and leerweg, the correctiefactor per studiejaar, and the not-funded list. Always scoped by brin.
import type { PrismaClient } from "@/generated/prisma/client";
import { correctiefactor } from "@/lib/bekostiging/correctiefactor";
import { fromDb, toDb } from "@/lib/register/pipeline/dates";

export interface TeldatumTotaal {
  teldatum: string;
  status: "VOORLOPIG" | "VASTGESTELD";
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

export async function totalenPerTeldatum(db: PrismaClient, brin: string, sector: "MBO" | "PO"): Promise<TeldatumTotaal[]> {
  const [teldata, groups] = await Promise.all([
    db.teldatum.findMany({ where: { sector }, orderBy: { datum: "asc" } }),
    db.bekostigingsbeoordeling.groupBy({ by: ["peildatum", "status"], where: { brin, soort: "INSCHRIJVING" }, _count: true, _sum: { gewicht: true } }),
  ]);
  return teldata.map((t) => {
    const at = groups.filter((g) => g.peildatum.getTime() === t.datum.getTime());
    const j = at.find((g) => g.status === "J");
    const n = at.find((g) => g.status === "N");
    return { teldatum: fromDb(t.datum), status: t.status, bekostigd: j?._count ?? 0, nietBekostigd: n?._count ?? 0, gewicht: Number(j?._sum.gewicht ?? 0) };
  });
}

export async function nietBekostigdPerCode(db: PrismaClient, brin: string, teldatum: string): Promise<{ code: string; aantal: number }[]> {
  const rows = await db.$queryRaw<{ code: string; aantal: bigint }[]>`
    SELECT code, COUNT(*) AS aantal
    FROM "Bekostigingsbeoordeling", unnest(codes) AS code
    WHERE brin = ${brin} AND soort = 'INSCHRIJVING' AND peildatum = ${toDb(teldatum)} AND status = 'N'
    GROUP BY code ORDER BY code`;
  return rows.map((r) => ({ code: r.code, aantal: Number(r.aantal) }));
}

export interface PerOpleiding {
  opleidingscode: string;
  naam: string;
  leerweg: string;
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

/** The periode active on the teldatum gives opleiding and leerweg (the latest begindatum on or before it). */
export async function perOpleidingEnLeerweg(db: PrismaClient, brin: string, teldatum: string): Promise<PerOpleiding[]> {
  const rows = await db.$queryRaw<{ opleidingscode: string | null; naam: string | null; leerweg: string | null; status: string; aantal: bigint; gewicht: string | null }[]>`
    SELECT p.opleidingscode, o.naam, p.leerweg::text AS leerweg, b.status, COUNT(*) AS aantal, SUM(b.gewicht)::text AS gewicht
    FROM "Bekostigingsbeoordeling" b
    LEFT JOIN "Inschrijving" i ON i.brin = b.brin AND i."inschrijvingsvolgnummer" = b.volgnummer
    LEFT JOIN LATERAL (
      SELECT pe.opleidingscode, pe.leerweg FROM "Periode" pe
      WHERE pe."inschrijvingId" = i.id AND pe.begindatum <= b.peildatum ORDER BY pe.begindatum DESC LIMIT 1
    ) p ON true
    LEFT JOIN "Opleiding" o ON o.opleidingscode = p.opleidingscode
    WHERE b.brin = ${brin} AND b.soort = 'INSCHRIJVING' AND b.peildatum = ${toDb(teldatum)}
    GROUP BY p.opleidingscode, o.naam, p.leerweg, b.status`;
  const map = new Map<string, PerOpleiding>();
  for (const r of rows) {
    const key = `${r.opleidingscode ?? "-"}:${r.leerweg ?? "-"}`;
    const entry = map.get(key) ?? { opleidingscode: r.opleidingscode ?? "—", naam: r.naam ?? "onbekend", leerweg: r.leerweg ?? "—", bekostigd: 0, nietBekostigd: 0, gewicht: 0 };
    if (r.status === "J") {
      entry.bekostigd += Number(r.aantal);
      entry.gewicht += Number(r.gewicht ?? 0);
    } else entry.nietBekostigd += Number(r.aantal);
    map.set(key, entry);
  }
  return [...map.values()].sort((a, b) => (a.opleidingscode + a.leerweg < b.opleidingscode + b.leerweg ? -1 : 1));
}

export interface Correctiefactor {
  studiejaar: string;
  waarde: number | null;
}

/** Cf per studiejaar from the funded BOL and BBL counts on 1 October and the following 1 February. */
export async function correctiefactoren(db: PrismaClient, brin: string): Promise<Correctiefactor[]> {
  const teldata = await db.teldatum.findMany({ where: { sector: "MBO" }, orderBy: { datum: "asc" } });
  const octobers = teldata.map((t) => fromDb(t.datum)).filter((d) => d.endsWith("-10-01"));
  const counts = async (datum: string) => {
    const rows = await perOpleidingEnLeerweg(db, brin, datum);
    const sum = (leerweg: string) => rows.filter((r) => r.leerweg === leerweg).reduce((n, r) => n + r.bekostigd, 0);
    const any = rows.some((r) => r.bekostigd + r.nietBekostigd > 0);
    return { bol: sum("BOL"), bbl: sum("BBL"), any };
  };
  const result: Correctiefactor[] = [];
  for (const october of octobers) {
    const year = Number(october.slice(0, 4));
    const first = await counts(october);
    const second = await counts(`${year + 1}-02-01`);
    result.push({ studiejaar: `${year}-${year + 1}`, waarde: correctiefactor(first, second.any ? second : null) });
  }
  return result;
}

export interface NietBekostigd {
  inschrijvingId: number | null;
  volgnummer: string;
  codes: string[];
  parameters: Record<string, string>;
  definitief: boolean;
}

export async function nietBekostigdeInschrijvingen(db: PrismaClient, brin: string, teldatum: string, limit = 200): Promise<NietBekostigd[]> {
  const rows = await db.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "INSCHRIJVING", peildatum: toDb(teldatum), status: "N" },
    orderBy: { volgnummer: "asc" },
    take: limit,
  });
  const ids = await db.inschrijving.findMany({ where: { brin, inschrijvingsvolgnummer: { in: rows.map((r) => r.volgnummer) } }, select: { id: true, inschrijvingsvolgnummer: true } });
  const idOf = new Map(ids.map((i) => [i.inschrijvingsvolgnummer, i.id]));
  return rows.map((r) => ({ inschrijvingId: idOf.get(r.volgnummer) ?? null, volgnummer: r.volgnummer, codes: r.codes, parameters: r.parameters as Record<string, string>, definitief: r.definitief }));
}
