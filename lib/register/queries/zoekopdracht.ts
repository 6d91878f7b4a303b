// A student-list search text kept on the server: the list URL (and so browser history, proxy and
// access logs, the Referer) carries an opaque id instead of the name someone searched for. An id
// works only for the user and school that made it, for 8 hours. A hand-typed `?q=` still filters.
import type { PrismaClient } from "@/generated/prisma/client";
import { db as appDb } from "@/lib/db";
import { filtersToParams, parseFilters, type DeelnemerFilters } from "./deelnemer-filters";

export const ZOEKOPDRACHT_MS = 8 * 60 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Params = Parameters<typeof parseFilters>[0];

/** Stores `tekst` for this user and school and returns its id; drops what has expired. */
export async function bewaarZoektekst(
  gebruikerId: string,
  brin: string,
  tekst: string,
  db: PrismaClient = appDb,
  now = new Date(),
): Promise<string> {
  await db.deelnemerZoekopdracht.deleteMany({
    where: { aangemaaktOp: { lt: new Date(now.getTime() - ZOEKOPDRACHT_MS) } },
  });
  const { id } = await db.deelnemerZoekopdracht.create({
    data: { gebruikerId, brin, tekst, aangemaaktOp: now },
    select: { id: true },
  });
  return id;
}

/** The text behind `id`, when it is this user's and school's and not expired. */
export async function zoektekst(
  id: string,
  gebruikerId: string,
  brin: string,
  db: PrismaClient = appDb,
  now = new Date(),
): Promise<string | undefined> {
  if (!ID.test(id)) return undefined;
  const row = await db.deelnemerZoekopdracht.findFirst({
    where: { id, gebruikerId, brin, aangemaaktOp: { gte: new Date(now.getTime() - ZOEKOPDRACHT_MS) } },
    select: { tekst: true },
  });
  return row?.tekst;
}

const zoekOf = (params: Params): string | undefined => {
  const value = params instanceof URLSearchParams || params instanceof FormData ? params.get("zoek") : params.zoek;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first ? first : undefined;
};

/** The list's filters with the search text of `zoek=<id>` put back as `q`, and that id. */
export async function filtersMetZoekopdracht(
  params: Params,
  gebruikerId: string,
  brin: string,
  db: PrismaClient = appDb,
): Promise<{ filters: DeelnemerFilters; zoek?: string }> {
  const filters = parseFilters(params);
  const zoek = zoekOf(params);
  if (!zoek) return { filters };
  const tekst = await zoektekst(zoek, gebruikerId, brin, db);
  return tekst ? { filters: { ...filters, q: parseFilters({ q: tekst }).q }, zoek } : { filters };
}

/** The filters as list URL parameters, the search text replaced by its id when there is one. */
export function lijstParams(filters: DeelnemerFilters, zoek?: string): URLSearchParams {
  const params = filtersToParams(zoek ? { ...filters, q: undefined } : filters);
  if (zoek && filters.q) params.set("zoek", zoek);
  return params;
}
