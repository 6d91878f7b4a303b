// Funding of mbo inschrijvingen per teldatum: codes M01–M09 and the gewicht (rules.md).
import { countingOne, round4, sortCodes } from "./compare";
import { ageOn, endOfYear, isActiveOn, rangesOverlap, studiejaarStart } from "./dates";
import { heeftBekostigdeLicentie, instellingVan, opleidingVan } from "./reference";
import type {
  Bpv,
  InschrijvingAssessment,
  IsoDate,
  Leerweg,
  MboInschrijving,
  MboPeriode,
  Opleiding,
  Person,
  Reference,
} from "./types";

export const MBO_WOONLANDEN: readonly string[] = ["NL", "BE", "DE"];

/** The periode active on `datum`: the one with the latest begindatum ≤ datum. */
export function periodeOp(inschrijving: MboInschrijving, datum: IsoDate): MboPeriode | undefined {
  let found: MboPeriode | undefined;
  for (const p of inschrijving.perioden) {
    if (p.begindatum <= datum && (found === undefined || p.begindatum > found.begindatum)) found = p;
  }
  return found;
}

/** M02: opleiding unknown or not valid on the teldatum, or first entered after its instroomeinddatum. */
export function m02OpleidingNietGeldig(
  opleiding: Opleiding | undefined,
  inschrijving: MboInschrijving,
  teldatum: IsoDate,
): boolean {
  if (!opleiding) return true;
  if (!isActiveOn(opleiding.ingangsdatum, opleiding.einddatum, teldatum)) return true;
  if (opleiding.instroomeinddatum === null) return false;
  // Instroom is the first periode of this inschrijving with this opleiding, whatever its leerweg.
  const eersteBegin = inschrijving.perioden
    .filter((p) => p.opleidingscode === opleiding.opleidingscode)
    .reduce<IsoDate | null>((min, p) => (min === null || p.begindatum < min ? p.begindatum : min), null);
  return eersteBegin !== null && eersteBegin > opleiding.instroomeinddatum;
}

/** M03: no bekostigde licence for opleiding + leerweg on the teldatum, or the institution is not bekostigd. */
export function m03GeenBekostigdeLicentie(
  reference: Reference,
  brin: string,
  periode: MboPeriode,
  teldatum: IsoDate,
): boolean {
  const instelling = instellingVan(reference, brin);
  if (!instelling || !instelling.bekostigd) return true;
  return !heeftBekostigdeLicentie(reference, brin, periode.opleidingscode, periode.leerweg, teldatum);
}

/** M04: the leerweg is not among the opleiding's toegestane leerwegen. */
export function m04LeerwegNietToegestaan(opleiding: Opleiding | undefined, leerweg: Leerweg): boolean {
  return !(opleiding?.toegestaneLeerwegen.includes(leerweg) ?? false);
}

/**
 * M06 (for BBL): no BPV with afsluitdatum ≤ 31 December of the teldatum's year whose period
 * (datum_begin .. datum_einde, else datum_einde_gepland) overlaps teldatum .. 31 December.
 */
export function m06GeenBpv(bpv: readonly Bpv[], teldatum: IsoDate): boolean {
  const jaarEinde = endOfYear(teldatum);
  return !bpv.some(
    (b) =>
      b.afsluitdatum <= jaarEinde &&
      rangesOverlap(b.datumBegin, b.datumEinde ?? b.datumEindeGepland, teldatum, jaarEinde),
  );
}

/** M07 (for BBL): not yet 16 on 1 August of the studiejaar of the teldatum (volledige leerplicht). */
export function m07NogGeen16(geboortedatum: IsoDate, teldatum: IsoDate): boolean {
  return ageOn(geboortedatum, studiejaarStart(teldatum)) < 16;
}

/** M08: woonland is not NL, BE or DE. */
export function m08WoonlandBuitenGebied(woonland: string): boolean {
  return !MBO_WOONLANDEN.includes(woonland.trim().toUpperCase());
}

/** Codes M01–M08 of one inschrijving on a teldatum (M09 needs the person's other inschrijvingen). */
export function mboCodesZonderM09(
  person: Person,
  inschrijving: MboInschrijving,
  periode: MboPeriode,
  teldatum: IsoDate,
  reference: Reference,
): string[] {
  // An examendeelnemer gets M05 only, whatever else applies.
  if (periode.leerweg === "EX") return ["M05"];
  const opleiding = opleidingVan(reference, periode.opleidingscode);
  const codes: string[] = [];
  if (!periode.indicatieBekostigbaar) codes.push("M01");
  if (m02OpleidingNietGeldig(opleiding, inschrijving, teldatum)) codes.push("M02");
  if (m03GeenBekostigdeLicentie(reference, inschrijving.brin, periode, teldatum)) codes.push("M03");
  if (m04LeerwegNietToegestaan(opleiding, periode.leerweg)) codes.push("M04");
  if (periode.leerweg === "BBL" && m06GeenBpv(inschrijving.bpv, teldatum)) codes.push("M06");
  if (periode.leerweg === "BBL" && m07NogGeen16(person.geboortedatum, teldatum)) codes.push("M07");
  if (m08WoonlandBuitenGebied(person.woonland)) codes.push("M08");
  return codes;
}

/** Gewicht of a funded inschrijving: BOL 1.0 × prijsfactor, BBL 0.4 × (0.5 × for niveau 1); EX none. */
export function gewichtMbo(leerweg: Leerweg, opleiding: Opleiding): number {
  switch (leerweg) {
    case "BOL":
      return round4(opleiding.prijsfactor);
    case "BBL":
      return round4((opleiding.niveau === 1 ? 0.5 : 0.4) * opleiding.prijsfactor);
    case "EX":
      return 0;
  }
}

interface Beoordeeld {
  inschrijving: MboInschrijving;
  periode: MboPeriode;
  codes: string[];
}

/**
 * Assesses all of a person's mbo inschrijvingen active on one teldatum, including the M09
 * competition among those with none of M01–M08 (those with other codes do not compete and get
 * no M09: they would not count anyway).
 */
export function assessMboOpTeldatum(
  person: Person,
  inschrijvingen: readonly MboInschrijving[],
  teldatum: IsoDate,
  reference: Reference,
): InschrijvingAssessment[] {
  const beoordeeld: Beoordeeld[] = [];
  for (const inschrijving of inschrijvingen) {
    if (!isActiveOn(inschrijving.datumInschrijving, inschrijving.datumUitschrijving, teldatum)) continue;
    // F07 guarantees a periode from datum_inschrijving on; without one there is nothing to assess.
    const periode = periodeOp(inschrijving, teldatum);
    if (!periode) continue;
    beoordeeld.push({
      inschrijving,
      periode,
      codes: mboCodesZonderM09(person, inschrijving, periode, teldatum, reference),
    });
  }

  const kandidaten = beoordeeld.filter((b) => b.codes.length === 0);
  const telt = countingOne(kandidaten, (b) => ({
    brin: b.inschrijving.brin,
    volgnummer: b.inschrijving.inschrijvingsvolgnummer,
    datumInschrijving: b.inschrijving.datumInschrijving,
  }));

  return beoordeeld.map(({ inschrijving, periode, codes }): InschrijvingAssessment => {
    const verliest = codes.length === 0 && telt !== undefined && telt.inschrijving !== inschrijving;
    const alle = verliest ? ["M09"] : sortCodes(codes);
    const opleiding = opleidingVan(reference, periode.opleidingscode);
    const bekostigd = alle.length === 0 && opleiding !== undefined;
    return {
      kind: "INSCHRIJVING",
      brin: inschrijving.brin,
      volgnummer: inschrijving.inschrijvingsvolgnummer,
      teldatum,
      status: bekostigd ? "J" : "N",
      codes: alle,
      gewicht: bekostigd ? gewichtMbo(periode.leerweg, opleiding) : 0,
      parameters: verliest && telt ? { brin: telt.inschrijving.brin } : {},
      definitief: false,
    };
  });
}
