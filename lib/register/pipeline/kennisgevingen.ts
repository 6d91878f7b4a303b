// The digital in- and uitschrijfbewijs (domain.md): other schools of the sector learn of a new
// inschrijving or a datum_uitschrijving. A bericht names only the other school and the dates, and
// the receiving school's own volgnummer so it knows whom it concerns. Pure: the person's records
// (as they stand after the melding) in, berichten out.
import { addDays } from "@/lib/bekostiging/dates";
import type { KennisgevingVraag } from "./context";
import type { BerichtOut } from "./notifier";
import type { PersonRecords } from "./person-records";

export function kennisgevingen(
  v: KennisgevingVraag,
  records: PersonRecords,
  naam: (brin: string) => string,
): BerichtOut[] {
  const out: BerichtOut[] = [];
  const others = (v.sector === "MBO" ? records.mbo : records.po)
    .filter((o) => o.brin !== v.brin)
    .map((o) => ({
      brin: o.brin,
      volgnummer: o.inschrijvingsvolgnummer,
      datumInschrijving: o.datumInschrijving,
      datumUitschrijving: o.datumUitschrijving,
    }));
  if (v.oudeUitschrijving === undefined) {
    const dayBefore = addDays(v.datumInschrijving, -1);
    for (const o of others.filter((o) => o.datumUitschrijving === null || o.datumUitschrijving >= dayBefore)) {
      out.push({
        brin: o.brin,
        soort: "KENNISGEVING_INSCHRIJVING",
        gegevens: {
          brin: v.brin,
          naam: naam(v.brin),
          datumInschrijving: v.datumInschrijving,
          inschrijvingsvolgnummer: o.volgnummer,
        },
      });
    }
    // The new school learns of an earlier inschrijving elsewhere that already has an end date.
    for (const o of others.filter((o) => o.datumUitschrijving !== null && o.datumInschrijving <= v.datumInschrijving)) {
      out.push({
        brin: v.brin,
        soort: "KENNISGEVING_UITSCHRIJVING",
        gegevens: {
          brin: o.brin,
          naam: naam(o.brin),
          datumUitschrijving: o.datumUitschrijving!,
          inschrijvingsvolgnummer: v.volgnummer,
        },
      });
    }
  }
  if (v.datumUitschrijving !== null && v.datumUitschrijving !== (v.oudeUitschrijving ?? null)) {
    for (const o of others.filter((o) => o.datumInschrijving >= v.datumInschrijving)) {
      out.push({
        brin: o.brin,
        soort: "KENNISGEVING_UITSCHRIJVING",
        gegevens: {
          brin: v.brin,
          naam: naam(v.brin),
          datumUitschrijving: v.datumUitschrijving,
          inschrijvingsvolgnummer: o.volgnummer,
        },
      });
    }
  }
  return out;
}
