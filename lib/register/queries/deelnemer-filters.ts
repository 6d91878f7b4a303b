// The student list's search, filters and sort as URL search parameters: parsed leniently (a value
// that does not fit is ignored, never an error) and written back without defaults.
import { z } from "zod";

export const SORTERINGEN = ["volgnummer", "naam", "datum"] as const;
export const LEERWEGEN = ["BOL", "BBL", "EX"] as const;
export const GROEPEN = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** The signalen that rest on an inschrijving or its BPV (S03 belongs to a melding, not a record). */
export const SIGNAAL_CODES = ["S01", "S02", "S04", "S05"] as const;

/** The funding codes a not-funded inschrijving can carry (rules.md; diplomas have their own D-codes). */
export const BEKOSTIGING_CODES = [
  "M01",
  "M02",
  "M03",
  "M04",
  "M05",
  "M06",
  "M07",
  "M08",
  "M09",
  "P01",
  "P02",
  "P03",
] as const;
export const BEKOSTIGING_STATUSSEN = ["J", "N"] as const;

export type Sortering = (typeof SORTERINGEN)[number];

export interface DeelnemerFilters {
  /** Name (every word, anywhere in the name) or exact inschrijvingsvolgnummer. */
  q?: string;
  /** Persoon id a PGN search resolved to (0: the PGN is no student here); the PGN itself never is in a URL. */
  persoon?: number;
  opleiding?: string;
  leerweg?: (typeof LEERWEGEN)[number];
  groep?: number;
  /** ISO date: only inschrijvingen active on it; also the date whose periode the list shows. */
  actief?: string;
  signaal?: (typeof SIGNAAL_CODES)[number];
  /** Funding: only inschrijvingen assessed so (J/N, and/or with this code) — on `teldatum`, or on any teldatum. */
  bekostiging?: (typeof BEKOSTIGING_STATUSSEN)[number];
  code?: (typeof BEKOSTIGING_CODES)[number];
  teldatum?: string;
  sorteer: Sortering;
  aflopend: boolean;
}

const isoDate = z.iso.date();
const fields = {
  q: z.string().trim().min(1).max(100),
  persoon: z.coerce.number().int().min(0).max(2_147_483_647),
  opleiding: z.string().regex(/^\d{5}$/),
  leerweg: z.enum(LEERWEGEN),
  groep: z.coerce.number().int().min(1).max(8),
  actief: isoDate,
  signaal: z.enum(SIGNAAL_CODES),
  bekostiging: z.enum(BEKOSTIGING_STATUSSEN),
  code: z.enum(BEKOSTIGING_CODES),
  teldatum: isoDate,
  sorteer: z.enum(SORTERINGEN),
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams | FormData;

function get(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams || params instanceof FormData) {
    const v = params.get(key);
    return typeof v === "string" ? v : undefined;
  }
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

function pick<S extends z.ZodType>(schema: S, raw: string | undefined): z.output<S> | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseFilters(params: Params): DeelnemerFilters {
  return {
    q: pick(fields.q, get(params, "q")),
    persoon: pick(fields.persoon, get(params, "persoon")),
    opleiding: pick(fields.opleiding, get(params, "opleiding")),
    leerweg: pick(fields.leerweg, get(params, "leerweg")),
    groep: pick(fields.groep, get(params, "groep")),
    actief: pick(fields.actief, get(params, "actief")),
    signaal: pick(fields.signaal, get(params, "signaal")),
    bekostiging: pick(fields.bekostiging, get(params, "bekostiging")),
    code: pick(fields.code, get(params, "code")),
    teldatum: pick(fields.teldatum, get(params, "teldatum")),
    sorteer: pick(fields.sorteer, get(params, "sorteer")) ?? "volgnummer",
    aflopend: get(params, "richting") === "af",
  };
}

/** The filters as search parameters, defaults left out, in a fixed order (stable URLs). */
export function filtersToParams(filters: DeelnemerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.persoon !== undefined) params.set("persoon", String(filters.persoon));
  if (filters.opleiding) params.set("opleiding", filters.opleiding);
  if (filters.leerweg) params.set("leerweg", filters.leerweg);
  if (filters.groep !== undefined) params.set("groep", String(filters.groep));
  if (filters.actief) params.set("actief", filters.actief);
  if (filters.signaal) params.set("signaal", filters.signaal);
  if (filters.bekostiging) params.set("bekostiging", filters.bekostiging);
  if (filters.code) params.set("code", filters.code);
  if (filters.teldatum) params.set("teldatum", filters.teldatum);
  if (filters.sorteer !== "volgnummer") params.set("sorteer", filters.sorteer);
  if (filters.aflopend) params.set("richting", "af");
  return params;
}

/** Whether anything narrows the list (for the empty state: "no students" or "none match"). */
export function isFiltered(filters: DeelnemerFilters): boolean {
  return Boolean(
    filters.q ||
    filters.persoon !== undefined ||
    filters.opleiding ||
    filters.leerweg ||
    filters.groep !== undefined ||
    filters.actief ||
    filters.signaal ||
    filters.bekostiging ||
    filters.code ||
    filters.teldatum,
  );
}
