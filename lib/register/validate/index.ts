// Public API of the pure validation layer (no database): soorten, zod schemas, F-codes, CSV rows → melding.
export { SOORTEN, KOLOMMEN, isSoort, isInschrijvingSoort, toCamel, toSnake } from "./soorten";
export type { Soort, SoortKolommen } from "./soorten";
export { isGeldigBsn, isGeldigOnderwijsnummer } from "./pgn";
export * as velden from "./velden";
export { SLEUTEL_SCHEMAS, GEGEVENS_SCHEMAS, mboPeriodeSchema, poPeriodeSchema, meldingSchema } from "./schemas";
export type { Sleutel, Gegevens, Melding, Levering, MboPeriode, PoPeriode } from "./schemas";
export { F_CODES, codeVan, jsonPointer } from "./afkeuring";
export type { FCode, Bevinding, Afkeuring } from "./afkeuring";
export { regels } from "./regels";
export { valideerMelding, valideerVerwijdering, valideerApiBody, isAanwezig } from "./engine";
export type { ValidatieOpties, Uitkomst } from "./engine";
export { valideerRijen, groepeerPerInschrijving, normaliseerder } from "./rijen";
export type { Rij, RijenUitkomst, Norm } from "./rijen";
