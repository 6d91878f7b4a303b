// Funding of mbo resultaten per calendar year of datum_behaald: codes D01–D04 and the gewicht (rules.md).
import { compareCodePoints, sortCodes } from "./compare";
import { yearOf } from "./dates";
import { heeftBekostigdeLicentie, opleidingVan } from "./reference";
import type { IsoDate, Opleiding, Reference, Resultaat, ResultaatAssessment, Teldatum } from "./types";

export const GEWICHT_SPECIALIST = 2;

/** Gewicht by niveau: 2 → 1, 3 → 3, 4 → 5; niveau 1 (entree) has none. */
export function gewichtDiplomaNiveau(niveau: number): number {
  return niveau === 2 ? 1 : niveau === 3 ? 3 : niveau === 4 ? 5 : 0;
}

export interface DiplomaVolgorde {
  brin: string;
  resultaatvolgnummer: string;
  datumBehaald: IsoDate;
  niveau: number;
}

/**
 * "Earlier": an earlier datum_behaald; on the same date the lower niveau, then the lower
 * resultaatvolgnummer; finally the brin, so that two institutions' equal volgnummers still order.
 */
export function compareEerder(a: DiplomaVolgorde, b: DiplomaVolgorde): number {
  if (a.datumBehaald !== b.datumBehaald) return a.datumBehaald < b.datumBehaald ? -1 : 1;
  if (a.niveau !== b.niveau) return a.niveau - b.niveau;
  return compareCodePoints(a.resultaatvolgnummer, b.resultaatvolgnummer) || compareCodePoints(a.brin, b.brin);
}

/** D01: a certificaat, or the institution asks no funding. */
export function d01NietBekostigbaar(resultaat: Resultaat): boolean {
  return resultaat.soort === "CERTIFICAAT" || !resultaat.indicatieBekostigbaar;
}

/** D02: entree (niveau 1). */
export function d02Entree(opleiding: Opleiding | undefined): boolean {
  return opleiding?.niveau === 1;
}

/** D04: no bekostigde licence for the opleiding (any leerweg) on datum_behaald. */
export function d04GeenBekostigdeLicentie(reference: Reference, resultaat: Resultaat): boolean {
  return !heeftBekostigdeLicentie(reference, resultaat.brin, resultaat.opleidingscode, null, resultaat.datumBehaald);
}

/** An earlier funded diploma of the person, as far as D03 and the subtraction need it. */
export interface EerderBekostigd {
  niveau: number;
  specialist: boolean;
}

/**
 * D03 and the gewicht of a diploma given the person's earlier funded diplomas (any institution).
 * Specialist diplomas are assessed apart and never count in the subtraction for others.
 */
export function d03EnGewicht(
  opleiding: Pick<Opleiding, "niveau" | "specialist">,
  eerder: readonly EerderBekostigd[],
): { d03: boolean; gewicht: number } {
  if (opleiding.specialist) {
    const d03 = eerder.some((e) => e.specialist);
    return { d03, gewicht: d03 ? 0 : GEWICHT_SPECIALIST };
  }
  const gewichten = eerder.filter((e) => !e.specialist).map((e) => gewichtDiplomaNiveau(e.niveau));
  const hoogste = gewichten.length > 0 ? Math.max(...gewichten) : null;
  const netto = gewichtDiplomaNiveau(opleiding.niveau) - (hoogste ?? 0);
  const d03 = hoogste !== null && netto <= 0;
  return { d03, gewicht: d03 ? 0 : netto };
}

/** Calendar years whose diploma assessments are frozen: fixing 1 October of a year fixes them (domain.md). */
export function vastgesteldeKalenderjaren(teldata: readonly Teldatum[]): Set<number> {
  const jaren = new Set<number>();
  for (const t of teldata) {
    if (t.sector === "MBO" && t.status === "VASTGESTELD" && t.datum.endsWith("-10-01")) jaren.add(yearOf(t.datum));
  }
  return jaren;
}

interface Item extends DiplomaVolgorde {
  opleiding: Opleiding | undefined;
  /** Set for a frozen assessment: it counts as it stands and is not recomputed. */
  frozenStatus?: "J" | "N";
  resultaat: Resultaat;
}

function sameResultaat(a: DiplomaVolgorde, b: DiplomaVolgorde): boolean {
  return a.brin === b.brin && a.resultaatvolgnummer === b.resultaatvolgnummer;
}

/**
 * Assesses every resultaat of the person whose kalenderjaar is not fixed, walking all of the
 * person's diplomas in "earlier" order so each sees the funding of those before it. Frozen
 * assessments (of fixed years) take part as they stand, placed by their record's date and niveau;
 * a frozen assessment whose record no longer exists cannot be placed and does not count.
 */
export function assessResultaten(
  resultaten: readonly Resultaat[],
  reference: Reference,
  vastgesteld: ReadonlySet<number>,
  frozen: readonly ResultaatAssessment[],
): ResultaatAssessment[] {
  const item = (resultaat: Resultaat, frozenStatus?: "J" | "N"): Item => {
    const opleiding = opleidingVan(reference, resultaat.opleidingscode);
    return {
      brin: resultaat.brin,
      resultaatvolgnummer: resultaat.resultaatvolgnummer,
      datumBehaald: resultaat.datumBehaald,
      niveau: opleiding?.niveau ?? 0,
      opleiding,
      resultaat,
      ...(frozenStatus ? { frozenStatus } : {}),
    };
  };

  const items: Item[] = [];
  for (const f of frozen) {
    if (!vastgesteld.has(f.kalenderjaar)) continue;
    const record = resultaten.find((r) => r.brin === f.brin && r.resultaatvolgnummer === f.volgnummer);
    if (record) items.push(item(record, f.status));
  }
  // A record in a fixed year without a frozen assessment is new: it gets none (domain.md).
  for (const r of resultaten) if (!vastgesteld.has(yearOf(r.datumBehaald))) items.push(item(r));
  items.sort(compareEerder);

  const bekostigd: (EerderBekostigd & DiplomaVolgorde)[] = [];
  const out: ResultaatAssessment[] = [];
  for (const it of items) {
    if (it.frozenStatus !== undefined) {
      if (it.frozenStatus === "J" && it.opleiding) bekostigd.push({ ...it, specialist: it.opleiding.specialist });
      continue;
    }
    const { resultaat, opleiding } = it;
    const codes: string[] = [];
    if (d01NietBekostigbaar(resultaat)) codes.push("D01");
    if (d02Entree(opleiding)) codes.push("D02");
    // Its own frozen version (same key, other year) is not an "earlier diploma" of itself.
    const eerder = bekostigd.filter((e) => !sameResultaat(e, it));
    const { d03, gewicht } = d03EnGewicht(opleiding ?? { niveau: 0, specialist: false }, eerder);
    if (d03) codes.push("D03");
    // An opleiding unknown in RIO (R02 prevents it) can have no valid licence either.
    if (!opleiding || d04GeenBekostigdeLicentie(reference, resultaat)) codes.push("D04");

    const status = codes.length === 0 ? "J" : "N";
    if (status === "J" && opleiding) bekostigd.push({ ...it, specialist: opleiding.specialist });
    out.push({
      kind: "RESULTAAT",
      brin: resultaat.brin,
      volgnummer: resultaat.resultaatvolgnummer,
      kalenderjaar: yearOf(resultaat.datumBehaald),
      status,
      codes: sortCodes(codes),
      gewicht: status === "J" ? gewicht : 0,
      parameters: {},
      definitief: false,
    });
  }
  return out;
}
