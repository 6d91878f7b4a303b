// The melding objects per soort in camelCase (api.md): key (sleutel) and body (gegevens) schemas.
import { z } from "zod";
import { regelsAlsCheck } from "./regels";
import type { Soort } from "./soorten";
import * as v from "./velden";

const persoon = {
  bsn: v.bsn.optional(),
  onderwijsnummer: v.onderwijsnummer.optional(),
  geboortedatum: v.datum,
  geslacht: v.geslacht,
  achternaam: v.naam.optional(),
  voorvoegsel: v.naam.optional(),
  voornamen: v.naam.optional(),
  postcode: v.postcode.optional(),
  woonland: v.woonland.default("NL"),
};

export const mboPeriodeSchema = z.object({
  periodeBegindatum: v.datum,
  opleidingscode: v.opleidingscode,
  leerweg: v.leerweg,
  indicatieBekostigbaar: v.jn,
});

export const poPeriodeSchema = z.object({
  periodeBegindatum: v.datum,
  vestigingscode: v.vestigingscode,
  groep: v.groep,
});

const inschrijvingSleutel = z.object({ brin: v.brin, inschrijvingsvolgnummer: v.volgnummer });

/** Key fields: the API path parameters, the only columns a verwijdering reads. */
export const SLEUTEL_SCHEMAS = {
  "mbo-inschrijvingen": inschrijvingSleutel,
  "mbo-bpv": z.object({ brin: v.brin, inschrijvingsvolgnummer: v.volgnummer, bpvVolgnummer: v.volgnummer }),
  "mbo-resultaten": z.object({ brin: v.brin, resultaatvolgnummer: v.volgnummer }),
  "po-inschrijvingen": inschrijvingSleutel,
  "po-verzuim": z.object({ brin: v.brin, verzuimvolgnummer: v.volgnummer }),
} satisfies Record<Soort, z.ZodObject>;

/** The PUT body of each soort: everything but the key. */
export const GEGEVENS_SCHEMAS = {
  "mbo-inschrijvingen": z.object({
    ...persoon,
    datumInschrijving: v.datum,
    datumUitschrijvingGepland: v.datum,
    datumUitschrijving: v.datum.optional(),
    redenUitschrijving: v.redenUitschrijving.optional(),
    perioden: z.array(mboPeriodeSchema).min(1),
  }),
  "mbo-bpv": z.object({
    leerbedrijfId: v.leerbedrijfId,
    opleidingscode: v.opleidingscode,
    afsluitdatum: v.datum,
    datumBegin: v.datum,
    datumEindeGepland: v.datum,
    datumEinde: v.datum.optional(),
    omvangUren: v.omvangUren,
  }),
  "mbo-resultaten": z.object({
    inschrijvingsvolgnummer: v.volgnummer,
    bsn: v.bsn.optional(),
    onderwijsnummer: v.onderwijsnummer.optional(),
    opleidingscode: v.opleidingscode,
    soort: v.resultaatSoort,
    datumBehaald: v.datum,
    indicatieBekostigbaar: v.jn,
  }),
  "po-inschrijvingen": z.object({
    ...persoon,
    datumInschrijving: v.datum,
    datumUitschrijving: v.datum.optional(),
    perioden: z.array(poPeriodeSchema).min(1),
  }),
  "po-verzuim": z.object({
    bsn: v.bsn.optional(),
    onderwijsnummer: v.onderwijsnummer.optional(),
    soort: v.verzuimSoort,
    datumBegin: v.datum,
    datumEinde: v.datum.optional(),
    toelichting: v.toelichting.optional(),
  }),
} satisfies Record<Soort, z.ZodObject>;

export type Sleutel<S extends Soort = Soort> = z.output<(typeof SLEUTEL_SCHEMAS)[S]>;
export type Gegevens<S extends Soort = Soort> = z.output<(typeof GEGEVENS_SCHEMAS)[S]>;
export type MboPeriode = z.output<typeof mboPeriodeSchema>;
export type PoPeriode = z.output<typeof poPeriodeSchema>;

/** A valid melding: the latest full state of a record, or the removal of one. */
export type Melding<S extends Soort = Soort> = {
  [K in S]:
    | { soort: K; actie: "leveren"; sleutel: Sleutel<K>; gegevens: Gegevens<K> }
    | { soort: K; actie: "verwijderen"; sleutel: Sleutel<K> };
}[S];

/**
 * Key and body in one flat object, with the cross-field rules (F05, F07–F10) as checks: a
 * successful parse means the melding passes every F-rule. To collect every code of a failing
 * melding use valideerMelding (engine.ts): zod skips the rules once a field fails.
 */
export function meldingSchema<S extends Soort>(soort: S, vandaag: string) {
  return SLEUTEL_SCHEMAS[soort].extend(GEGEVENS_SCHEMAS[soort].shape).check(regelsAlsCheck(soort, vandaag));
}

/** A melding that delivers a record's state (not a verwijdering). */
export type Levering<S extends Soort = Soort> = Extract<Melding<S>, { actie: "leveren" }>;
