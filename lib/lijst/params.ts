// A list's state in the URL: filters, sort column and direction, parsed leniently (a value that
// does not fit is ignored, never an error) and written back without defaults in a fixed order, so
// every list of the portal keeps the same URL conventions (`sorteer`, `richting=op|af`, `na`/`voor`).
import { z } from "zod";

export type ParamSource = Record<string, string | string[] | undefined> | URLSearchParams | FormData;

export function getParam(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams || params instanceof FormData) {
    const v = params.get(key);
    return typeof v === "string" ? v : undefined;
  }
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** One value through its schema; empty or invalid is undefined. */
export function pickParam<S extends z.ZodType>(schema: S, raw: string | undefined): z.output<S> | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export type FilterValues<F extends Record<string, z.ZodType>> = { [K in keyof F]?: z.output<F[K]> };

export interface LijstState<F extends Record<string, z.ZodType>, S extends string> {
  filters: FilterValues<F>;
  sorteer: S;
  aflopend: boolean;
}

export interface LijstDefinitie<F extends Record<string, z.ZodType>, S extends string> {
  sorteringen: readonly S[];
  parse(params: ParamSource): LijstState<F, S>;
  /** Filters and sort as search parameters, defaults left out (no cursor: a new selection starts at the top). */
  toParams(state: LijstState<F, S>): URLSearchParams;
  isFiltered(state: LijstState<F, S>): boolean;
  /** The URL of the same selection sorted by a column: ascending first, the other way on a second click. */
  sortHref(basePath: string, state: LijstState<F, S>, sorteer: S): string;
}

export const isoDate = z.iso.date();

/** Defines a list: its filters (each a zod schema of one URL value), its sort columns and the default sort. */
export function defineLijst<F extends Record<string, z.ZodType>, S extends string>(spec: {
  filters: F;
  sorteringen: readonly [S, ...S[]];
  standaard: S;
  /** The default direction (newest first lists: true). */
  standaardAflopend?: boolean;
}): LijstDefinitie<F, S> {
  const standaardAflopend = spec.standaardAflopend ?? false;
  const keys = Object.keys(spec.filters) as (keyof F & string)[];
  const sortSchema = z.enum(spec.sorteringen as unknown as [S, ...S[]]);

  const parse = (params: ParamSource): LijstState<F, S> => {
    const filters: Record<string, unknown> = {};
    for (const key of keys) {
      const value = pickParam(spec.filters[key]!, getParam(params, key));
      if (value !== undefined) filters[key] = value;
    }
    const richting = getParam(params, "richting");
    return {
      filters: filters as FilterValues<F>,
      sorteer: (pickParam(sortSchema, getParam(params, "sorteer")) as S | undefined) ?? spec.standaard,
      aflopend: richting === "af" ? true : richting === "op" ? false : standaardAflopend,
    };
  };

  const toParams = (state: LijstState<F, S>): URLSearchParams => {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = state.filters[key];
      if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
    }
    if (state.sorteer !== spec.standaard) params.set("sorteer", state.sorteer);
    if (state.aflopend !== standaardAflopend) params.set("richting", state.aflopend ? "af" : "op");
    return params;
  };

  return {
    sorteringen: spec.sorteringen,
    parse,
    toParams,
    isFiltered: (state) => keys.some((key) => state.filters[key] !== undefined),
    sortHref: (basePath, state, sorteer) =>
      withQuery(
        basePath,
        toParams({ ...state, sorteer, aflopend: state.sorteer === sorteer ? !state.aflopend : false }),
      ),
  };
}

/** A path with its search parameters, without a dangling "?". */
export function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
