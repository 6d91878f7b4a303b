// Validation of one camelCase melding (from a CSV mapping or an API body): all findings, or the typed melding.
//
// Fields are parsed one by one with their zod schema rather than the whole object at once: an
// object parse stops short of the cross-field rules as soon as one field fails, and rules.md wants
// every code of a melding, so the rules run here on whatever fields did pass.
import type { z } from "zod";
import { codeVan, jsonPointer, uniek, type Bevinding } from "./afkeuring";
import { regels, type Deel } from "./regels";
import { GEGEVENS_SCHEMAS, mboPeriodeSchema, poPeriodeSchema, SLEUTEL_SCHEMAS, type Melding } from "./schemas";
import type { Soort } from "./soorten";

export interface ValidatieOpties {
  /** Today as an ISO date, for "not in the future" (F07). */
  vandaag: string;
}

/**
 * A valid melding, or every finding — with the fields that did pass (`deel`, camelCase, perioden as
 * far as they parsed), on which the register's reference checks still run (rules.md: all codes).
 */
export type Uitkomst<T> = { ok: true; melding: T } | { ok: false; bevindingen: Bevinding[]; deel: Deel };

/** A valid melding's fields as one flat object, as `deel` holds them. */
export function alsDeel(melding: { sleutel: object; gegevens?: object }): Deel {
  return Object.assign({}, melding.sleutel, melding.gegevens ?? {}) as Deel;
}

/** Empty string and null mean "no value" (CSV empty cell, API null). */
export const isAanwezig = (v: unknown): boolean => v !== undefined && v !== null && v !== "";

type Shape = Record<string, z.ZodType>;

/** Parses each field of `shape` from `invoer` into `doel`; failures go to `uit` with their path. */
function velden(shape: Shape, invoer: Deel, pad: (string | number)[], doel: Deel, uit: Bevinding[]): void {
  for (const [k, schema] of Object.entries(shape)) {
    const waarde = invoer[k];
    const r = schema.safeParse(isAanwezig(waarde) ? waarde : undefined);
    if (r.success) {
      if (r.data !== undefined) doel[k] = r.data;
    } else if (!isAanwezig(waarde)) {
      uit.push({ code: "F01", pad: [...pad, k], melding: "Dit verplichte veld is leeg of ontbreekt." });
    } else {
      const issue = r.error.issues[0]!;
      uit.push({
        code: codeVan(issue),
        pad: [...pad, k, ...(issue.path as (string | number)[])],
        melding: issue.message,
      });
    }
  }
}

function perioden(soort: Soort, invoer: unknown, uit: Bevinding[]): Deel[] | undefined {
  if (!isAanwezig(invoer) || (Array.isArray(invoer) && invoer.length === 0)) {
    uit.push({ code: "F01", pad: ["perioden"], melding: "Er is ten minste één periode nodig." });
    return undefined;
  }
  if (!Array.isArray(invoer)) {
    uit.push({ code: "F02", pad: ["perioden"], melding: "De perioden zijn een lijst." });
    return undefined;
  }
  const shape: Shape = soort === "mbo-inschrijvingen" ? mboPeriodeSchema.shape : poPeriodeSchema.shape;
  return invoer.map((p: unknown, i) => {
    const doel: Deel = {};
    if (p === null || typeof p !== "object" || Array.isArray(p)) {
      uit.push({ code: "F02", pad: ["perioden", i], melding: "Een periode is een object." });
    } else {
      velden(shape, p as Deel, ["perioden", i], doel, uit);
    }
    return doel;
  });
}

function splits(soort: Soort, deel: Deel): { sleutel: Deel; gegevens: Deel } {
  const sleutel: Deel = {};
  const gegevens: Deel = {};
  const inSleutel = SLEUTEL_SCHEMAS[soort].shape as Shape;
  for (const [k, v] of Object.entries(deel)) (k in inSleutel ? sleutel : gegevens)[k] = v;
  if (Array.isArray(gegevens.perioden)) {
    gegevens.perioden = [...(gegevens.perioden as Deel[])].sort((a, b) =>
      String(a.periodeBegindatum) < String(b.periodeBegindatum) ? -1 : 1,
    );
  }
  return { sleutel, gegevens };
}

// Whole-object schemas for the common (valid) case: one object parse was about 1.5× quicker than
// field by field in the throughput test. Only a melding that fails it is parsed per field.
const snel = new Map<Soort, z.ZodType>();
function snelSchema(soort: Soort): z.ZodType {
  let s = snel.get(soort);
  if (!s) {
    s = SLEUTEL_SCHEMAS[soort].extend(GEGEVENS_SCHEMAS[soort].shape);
    snel.set(soort, s);
  }
  return s;
}

/**
 * Validates a flat melding: key fields and body fields side by side, `perioden` as a list;
 * undefined, null and "" all mean "no value".
 */
export function valideerMelding<S extends Soort>(
  soort: S,
  invoer: Deel,
  opties: ValidatieOpties,
): Uitkomst<Melding<S>> {
  const vlot = snelSchema(soort).safeParse(invoer);
  if (vlot.success) {
    const deel = vlot.data as Deel;
    if (regels(soort, deel, (k) => isAanwezig(invoer[k]), opties.vandaag).length === 0) {
      const { sleutel, gegevens } = splits(soort, deel);
      return { ok: true, melding: { soort, actie: "leveren", sleutel, gegevens } as unknown as Melding<S> };
    }
  }
  const uit: Bevinding[] = [];
  const deel: Deel = {};
  velden(SLEUTEL_SCHEMAS[soort].shape as Shape, invoer, [], deel, uit);
  const { perioden: periodenSchema, ...body } = GEGEVENS_SCHEMAS[soort].shape as Shape;
  velden(body, invoer, [], deel, uit);
  if (periodenSchema) {
    const p = perioden(soort, invoer.perioden, uit);
    if (p) deel.perioden = p;
  }
  uit.push(...regels(soort, deel, (k) => isAanwezig(invoer[k]), opties.vandaag));
  if (uit.length > 0) return { ok: false, bevindingen: uniek(uit, (b) => jsonPointer(b.pad)), deel };
  const { sleutel, gegevens } = splits(soort, deel);
  return { ok: true, melding: { soort, actie: "leveren", sleutel, gegevens } as unknown as Melding<S> };
}

/** Validates the key of a verwijdering: nothing else is read. */
export function valideerVerwijdering<S extends Soort>(soort: S, sleutel: Deel): Uitkomst<Melding<S>> {
  const uit: Bevinding[] = [];
  const deel: Deel = {};
  velden(SLEUTEL_SCHEMAS[soort].shape as Shape, sleutel, [], deel, uit);
  if (uit.length > 0) return { ok: false, bevindingen: uit, deel };
  return { ok: true, melding: { soort, actie: "verwijderen", sleutel: deel } as unknown as Melding<S> };
}

/**
 * An API PUT: the key comes from the path and wins; a body that names another key is F09 (api.md).
 * Findings carry the property path; `jsonPointer` turns it into problem+json `invalidParams[].name`.
 */
export function valideerApiBody<S extends Soort>(
  soort: S,
  sleutel: Deel,
  body: unknown,
  opties: ValidatieOpties,
): Uitkomst<Melding<S>> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, bevindingen: [{ code: "F02", pad: [], melding: "De body is geen JSON-object." }], deel: {} };
  }
  const invoer = body as Deel;
  const anders: Bevinding[] = Object.keys(SLEUTEL_SCHEMAS[soort].shape)
    .filter((k) => isAanwezig(invoer[k]) && invoer[k] !== sleutel[k])
    .map((k) => ({ code: "F09", pad: [k], melding: `Het veld ${k} in de body wijkt af van de sleutel in het pad.` }));
  const r = valideerMelding(soort, { ...invoer, ...sleutel }, opties);
  if (anders.length === 0) return r;
  // The key in the path wins: the reference checks read the path's key, not the body's.
  return {
    ok: false,
    bevindingen: [...anders, ...(r.ok ? [] : r.bevindingen)],
    deel: { ...(r.ok ? alsDeel(r.melding) : r.deel), ...sleutel },
  };
}
