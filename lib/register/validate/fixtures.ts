// Test fixtures (used by the *.test.ts files only): one valid row per soort and a fixed "today".
import { KOLOMMEN, type Soort } from "./soorten";

export const VANDAAG = "2026-09-01";

const rijen: Record<Soort, Record<string, string>> = {
  "mbo-inschrijvingen": {
    brin: "25AA",
    inschrijvingsvolgnummer: "2026-0001",
    bsn: "111222333",
    geboortedatum: "2009-03-14",
    geslacht: "V",
    achternaam: "Jansen",
    voornamen: "Eva",
    postcode: "3521AB",
    datum_inschrijving: "2026-08-01",
    datum_uitschrijving_gepland: "2029-07-31",
    periode_begindatum: "2026-08-01",
    opleidingscode: "90003",
    leerweg: "BOL",
    indicatie_bekostigbaar: "J",
  },
  "mbo-bpv": {
    brin: "25AA",
    inschrijvingsvolgnummer: "2026-0001",
    bpv_volgnummer: "B1",
    leerbedrijf_id: "100000001",
    opleidingscode: "90003",
    afsluitdatum: "2026-07-01",
    datum_begin: "2026-09-01",
    datum_einde_gepland: "2027-06-30",
    omvang_uren: "800",
  },
  "mbo-resultaten": {
    brin: "25AA",
    resultaatvolgnummer: "R1",
    inschrijvingsvolgnummer: "2026-0001",
    bsn: "111222333",
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datum_behaald: "2026-07-01",
    indicatie_bekostigbaar: "J",
  },
  "po-inschrijvingen": {
    brin: "12AB",
    inschrijvingsvolgnummer: "P1",
    bsn: "111222333",
    geboortedatum: "2020-05-01",
    geslacht: "M",
    datum_inschrijving: "2024-08-19",
    periode_begindatum: "2024-08-19",
    vestigingscode: "12AB00",
    groep: "1",
  },
  "po-verzuim": { brin: "12AB", verzuimvolgnummer: "V1", bsn: "111222333", soort: "LUXE", datum_begin: "2026-03-01" },
};

/** A row as the CSV reader yields it: every allowed column present, '' when not given. */
export function rij(
  soort: Soort,
  patch: Record<string, string> = {},
  nr = 2,
): { rij: number; values: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const c of KOLOMMEN[soort].allowed) values[c] = patch[c] ?? rijen[soort][c] ?? "";
  return { rij: nr, values };
}
