// Funding of po inschrijvingen per teldatum (1 February): codes P01–P03, gewicht 1 (rules.md).
import { countingOne } from "./compare";
import { ageOn, isActiveOn } from "./dates";
import { instellingVan } from "./reference";
import type { InschrijvingAssessment, IsoDate, Person, PoInschrijving, Reference } from "./types";

export const GEWICHT_PO = 1;

/** P01: younger than 4 on the teldatum (on the 4th birthday the pupil counts). */
export function p01JongerDan4(geboortedatum: IsoDate, teldatum: IsoDate): boolean {
  return ageOn(geboortedatum, teldatum) < 4;
}

/** P02: the school is not bekostigd (or unknown). */
export function p02SchoolNietBekostigd(reference: Reference, brin: string): boolean {
  return !(instellingVan(reference, brin)?.bekostigd ?? false);
}

/**
 * Assesses all of a person's po inschrijvingen active on one teldatum, including the P03
 * competition among those without P01/P02 (same tie-break as M09).
 */
export function assessPoOpTeldatum(
  person: Person,
  inschrijvingen: readonly PoInschrijving[],
  teldatum: IsoDate,
  reference: Reference,
): InschrijvingAssessment[] {
  const beoordeeld = inschrijvingen
    .filter((i) => isActiveOn(i.datumInschrijving, i.datumUitschrijving, teldatum))
    .map((inschrijving) => {
      const codes: string[] = [];
      if (p01JongerDan4(person.geboortedatum, teldatum)) codes.push("P01");
      if (p02SchoolNietBekostigd(reference, inschrijving.brin)) codes.push("P02");
      return { inschrijving, codes };
    });

  const telt = countingOne(
    beoordeeld.filter((b) => b.codes.length === 0),
    (b) => ({
      brin: b.inschrijving.brin,
      volgnummer: b.inschrijving.inschrijvingsvolgnummer,
      datumInschrijving: b.inschrijving.datumInschrijving,
    }),
  );

  return beoordeeld.map(({ inschrijving, codes }): InschrijvingAssessment => {
    const verliest = codes.length === 0 && telt !== undefined && telt.inschrijving !== inschrijving;
    const alle = verliest ? ["P03"] : codes;
    return {
      kind: "INSCHRIJVING",
      brin: inschrijving.brin,
      volgnummer: inschrijving.inschrijvingsvolgnummer,
      teldatum,
      status: alle.length === 0 ? "J" : "N",
      codes: alle,
      gewicht: alle.length === 0 ? GEWICHT_PO : 0,
      parameters: verliest && telt ? { brin: telt.inschrijving.brin } : {},
      definitief: false,
    };
  });
}
