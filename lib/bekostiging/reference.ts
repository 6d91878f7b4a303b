// Look-ups in the RIO reference data that several rules share.
import { isActiveOn } from "./dates";
import type { Instelling, IsoDate, Leerweg, Lookup, Opleiding, Reference } from "./types";

export function lookup<T>(table: Lookup<T>, key: string): T | undefined {
  if (table instanceof Map) return (table as ReadonlyMap<string, T>).get(key);
  const record = table as Readonly<Record<string, T>>;
  // hasOwn so that a key such as "constructor" never finds Object.prototype.
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function opleidingVan(reference: Reference, opleidingscode: string): Opleiding | undefined {
  return lookup(reference.opleidingen, opleidingscode);
}

export function instellingVan(reference: Reference, brin: string): Instelling | undefined {
  return lookup(reference.instellingen, brin);
}

/**
 * The institution holds a bekostigde licence for the opleiding valid on `datum`;
 * `leerweg` null means any leerweg (diplomas, D04).
 */
export function heeftBekostigdeLicentie(
  reference: Reference,
  brin: string,
  opleidingscode: string,
  leerweg: Leerweg | null,
  datum: IsoDate,
): boolean {
  return reference.licenties.some(
    (l) =>
      l.brin === brin &&
      l.opleidingscode === opleidingscode &&
      (leerweg === null || l.leerweg === leerweg) &&
      l.bekostigd &&
      isActiveOn(l.begindatum, l.einddatum, datum),
  );
}
