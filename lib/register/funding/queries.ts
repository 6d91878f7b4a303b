// Read side of funding for one institution: totals per teldatum, not-funded per code, per opleiding
// and leerweg, the correctiefactor per studiejaar and diplomas per kalenderjaar — all from the
// counts (BekostigingTelling), never by scanning the assessments — and the not-funded list, paged
// along an index. Always scoped by brin.
import type { PrismaClient } from "@/generated/prisma/client";
import { correctiefactor } from "@/lib/bekostiging/correctiefactor";
import { sqlOf } from "@/lib/db/sql";
import { fromDb, toDb } from "@/lib/shared/dates";
import { keysetPage, type Cursor, type Page } from "@/lib/shared/keyset";
import { leesTellingen, type TellingRij } from "./telling";

export interface TeldatumTotaal {
  teldatum: string;
  status: "VOORLOPIG" | "VASTGESTELD";
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

export interface PerOpleiding {
  opleidingscode: string;
  naam: string;
  leerweg: string;
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

export interface Correctiefactor {
  studiejaar: string;
  waarde: number | null;
}

export interface DiplomaJaar {
  kalenderjaar: number;
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

/** The funding figures of one institution, all from one read of its counts (BekostigingTelling). */
export interface BekostigingOverzicht {
  totalen: TeldatumTotaal[];
  perCode(teldatum: string): { code: string; aantal: number }[];
  /** Grouped by the periode in force on the teldatum (stored with each assessment, frozen with it). */
  perOpleiding(teldatum: string): PerOpleiding[];
  /** Cf per studiejaar from the funded BOL and BBL counts on 1 October and the following 1 February. */
  correctiefactoren: Correctiefactor[];
  /** mbo diplomas per kalenderjaar of datum_behaald. */
  diplomas: DiplomaJaar[];
}

export async function bekostigingOverzicht(
  db: PrismaClient,
  brin: string,
  sector: "MBO" | "PO",
): Promise<BekostigingOverzicht> {
  const [teldata, rijen, opleidingen] = await Promise.all([
    db.teldatum.findMany({ where: { sector }, orderBy: { datum: "asc" } }),
    leesTellingen(sqlOf(db), brin),
    db.opleiding.findMany({ select: { opleidingscode: true, naam: true } }),
  ]);
  const naamVan = new Map(opleidingen.map((o) => [o.opleidingscode, o.naam]));
  const op = (teldatum: string) => rijen.filter((r) => r.soort === "INSCHRIJVING" && r.peildatum === teldatum);
  const som = (rows: readonly TellingRij[], status: "J" | "N") =>
    rows.filter((r) => r.status === status).reduce((n, r) => n + r.aantal, 0);
  const gewicht = (rows: readonly TellingRij[]) =>
    Math.round(rows.filter((r) => r.status === "J").reduce((n, r) => n + r.gewicht, 0) * 10_000) / 10_000;

  const totalen = teldata.map((t): TeldatumTotaal => {
    const rows = op(fromDb(t.datum));
    return {
      teldatum: fromDb(t.datum),
      status: t.status,
      bekostigd: som(rows, "J"),
      nietBekostigd: som(rows, "N"),
      gewicht: gewicht(rows),
    };
  });

  const perCode = (teldatum: string) => {
    const counts = new Map<string, number>();
    for (const r of op(teldatum))
      if (r.status === "N")
        for (const code of r.codes.split(",").filter(Boolean)) counts.set(code, (counts.get(code) ?? 0) + r.aantal);
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, aantal]) => ({ code, aantal }));
  };

  const perOpleiding = (teldatum: string) => {
    const map = new Map<string, PerOpleiding>();
    for (const r of op(teldatum)) {
      const key = `${r.opleidingscode}:${r.leerweg}`;
      const entry = map.get(key) ?? {
        opleidingscode: r.opleidingscode || "—",
        naam: naamVan.get(r.opleidingscode) ?? "onbekend",
        leerweg: r.leerweg || "—",
        bekostigd: 0,
        nietBekostigd: 0,
        gewicht: 0,
      };
      if (r.status === "J") {
        entry.bekostigd += r.aantal;
        entry.gewicht = Math.round((entry.gewicht + r.gewicht) * 10_000) / 10_000;
      } else entry.nietBekostigd += r.aantal;
      map.set(key, entry);
    }
    return [...map.values()].sort((a, b) => (a.opleidingscode + a.leerweg < b.opleidingscode + b.leerweg ? -1 : 1));
  };

  const tel = (teldatum: string) => {
    const rows = op(teldatum);
    const funded = (leerweg: string) =>
      rows.filter((r) => r.status === "J" && r.leerweg === leerweg).reduce((n, r) => n + r.aantal, 0);
    return { bol: funded("BOL"), bbl: funded("BBL"), any: rows.length > 0 };
  };
  const correctiefactoren =
    sector === "MBO"
      ? teldata
          .map((t) => fromDb(t.datum))
          .filter((d) => d.endsWith("-10-01"))
          .map((october): Correctiefactor => {
            const year = Number(october.slice(0, 4));
            const second = tel(`${year + 1}-02-01`);
            return {
              studiejaar: `${year}-${year + 1}`,
              waarde: correctiefactor(tel(october), second.any ? second : null),
            };
          })
      : [];

  const jaren = new Map<number, DiplomaJaar>();
  for (const r of rijen) {
    if (r.soort !== "RESULTAAT") continue;
    const kalenderjaar = Number(r.peildatum.slice(0, 4));
    const j = jaren.get(kalenderjaar) ?? { kalenderjaar, bekostigd: 0, nietBekostigd: 0, gewicht: 0 };
    if (r.status === "J") {
      j.bekostigd += r.aantal;
      j.gewicht = Math.round((j.gewicht + r.gewicht) * 10_000) / 10_000;
    } else j.nietBekostigd += r.aantal;
    jaren.set(kalenderjaar, j);
  }
  const diplomas = [...jaren.values()].sort((a, b) => a.kalenderjaar - b.kalenderjaar);

  return { totalen, perCode, perOpleiding, correctiefactoren, diplomas };
}

export interface NietBekostigd {
  inschrijvingId: number | null;
  volgnummer: string;
  codes: string[];
  parameters: Record<string, string>;
  definitief: boolean;
}

export async function nietBekostigdeInschrijvingen(
  db: PrismaClient,
  brin: string,
  teldatum: string,
  limit = 200,
): Promise<NietBekostigd[]> {
  const rows = await db.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "INSCHRIJVING", peildatum: toDb(teldatum), status: "N" },
    orderBy: { volgnummer: "asc" },
    take: limit,
  });
  const ids = await db.inschrijving.findMany({
    where: { brin, inschrijvingsvolgnummer: { in: rows.map((r) => r.volgnummer) } },
    select: { id: true, inschrijvingsvolgnummer: true },
  });
  const idOf = new Map(ids.map((i) => [i.inschrijvingsvolgnummer, i.id]));
  return rows.map((r) => ({
    inschrijvingId: idOf.get(r.volgnummer) ?? null,
    volgnummer: r.volgnummer,
    codes: r.codes,
    parameters: r.parameters as Record<string, string>,
    definitief: r.definitief,
  }));
}

export interface NietBekostigdRij extends NietBekostigd {
  /** The assessment's id: the list's keyset cursor. */
  id: number;
}

export const NIET_BEKOSTIGD_PAGE_SIZE = 50;

/**
 * The complete not-funded list of a teldatum, by volgnummer, keyset paged along the
 * (brin, peildatum, status, volgnummer) index; the cursor is an assessment id.
 */
export async function nietBekostigdPagina(
  db: PrismaClient,
  brin: string,
  teldatum: string,
  cursor: Cursor,
  size = NIET_BEKOSTIGD_PAGE_SIZE,
): Promise<Page<NietBekostigdRij>> {
  const where = { brin, soort: "INSCHRIJVING", peildatum: toDb(teldatum), status: "N" };
  const page = await keysetPage(
    cursor,
    size,
    async (id) =>
      (await db.bekostigingsbeoordeling.findFirst({ where: { ...where, id }, select: { volgnummer: true } }))
        ?.volgnummer ?? null,
    (from, limit) =>
      db.bekostigingsbeoordeling.findMany({
        where: {
          ...where,
          ...(from ? { volgnummer: from.backwards ? { lt: from.values } : { gt: from.values } } : {}),
        },
        orderBy: { volgnummer: from?.backwards ? "desc" : "asc" },
        take: limit,
      }),
  );
  const ids = await db.inschrijving.findMany({
    where: { brin, inschrijvingsvolgnummer: { in: page.rijen.map((r) => r.volgnummer) } },
    select: { id: true, inschrijvingsvolgnummer: true },
  });
  const idOf = new Map(ids.map((i) => [i.inschrijvingsvolgnummer, i.id]));
  return {
    ...page,
    rijen: page.rijen.map((r) => ({
      id: r.id,
      inschrijvingId: idOf.get(r.volgnummer) ?? null,
      volgnummer: r.volgnummer,
      codes: r.codes,
      parameters: r.parameters as Record<string, string>,
      definitief: r.definitief,
    })),
  };
}

/** Every inschrijving assessment of the institution on one teldatum, by volgnummer (the TBG-i style export). */
export async function beoordelingenOpTeldatum(db: PrismaClient, brin: string, teldatum: string) {
  return db.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "INSCHRIJVING", peildatum: toDb(teldatum) },
    orderBy: { volgnummer: "asc" },
  });
}
