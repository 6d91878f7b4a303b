// Reading the audit log: filters (actor, brin, entity, period), keyset pages over (tijdstip, id)
// newest first, before/after as a field-by-field diff, and the whole selection as rows for a CSV
// export. The log is only ever read here: a database trigger refuses UPDATE and DELETE.
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CsvCell } from "@/lib/shared/csv";
import { addDays } from "@/lib/bekostiging/dates";
import { startOfDutchDay } from "@/lib/shared/dates";

export const AUDIT_PAGINA = 50;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const isDatum = (v: string) =>
  DATUM.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const optioneel = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(schema.optional())
    .catch(undefined);

/** The filter from the query string; unreadable parts are simply no filter (never a 500). */
export const auditFilterSchema = z.object({
  actor: optioneel(z.string()),
  brin: optioneel(
    z
      .string()
      .toUpperCase()
      .regex(/^\d{2}[A-Z]{2}$/),
  ),
  entiteit: optioneel(z.string().regex(/^[A-Za-z]{1,60}$/)),
  van: optioneel(z.string().refine(isDatum)),
  tot: optioneel(z.string().refine(isDatum)),
  /** The keyset cursor: the last row seen, as `<ISO tijdstip>_<id>`. */
  na: optioneel(z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_\d{1,12}$/)),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Filters as a where clause; dates are Dutch calendar days and `tot` includes that whole day. */
export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const tijdstip: Prisma.DateTimeFilter = {};
  if (filter.van) tijdstip.gte = startOfDutchDay(filter.van);
  if (filter.tot) tijdstip.lt = startOfDutchDay(addDays(filter.tot, 1));
  return {
    ...(filter.actor ? { actor: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.brin ? { brin: filter.brin } : {}),
    ...(filter.entiteit ? { entiteit: filter.entiteit } : {}),
    ...(filter.van || filter.tot ? { tijdstip } : {}),
  };
}

export const cursorVan = (e: { tijdstip: Date; id: number }) => `${e.tijdstip.toISOString()}_${e.id}`;

function naCursor(cursor: string | undefined): Prisma.AuditEventWhereInput {
  if (!cursor) return {};
  const [iso, id] = cursor.split("_") as [string, string];
  const tijdstip = new Date(iso);
  if (Number.isNaN(tijdstip.getTime())) return {};
  return { OR: [{ tijdstip: { lt: tijdstip } }, { tijdstip, id: { lt: Number(id) } }] };
}

export type AuditRij = Prisma.AuditEventGetPayload<object>;

/** One page, newest first, and the cursor of the next one (null on the last page). */
export async function auditPagina(
  db: PrismaClient,
  filter: AuditFilter,
  grootte = AUDIT_PAGINA,
): Promise<{ rijen: AuditRij[]; volgende: string | null }> {
  const rows = await db.auditEvent.findMany({
    where: { AND: [auditWhere(filter), naCursor(filter.na)] },
    orderBy: [{ tijdstip: "desc" }, { id: "desc" }],
    take: grootte + 1,
  });
  const rijen = rows.slice(0, grootte);
  return { rijen, volgende: rows.length > grootte ? cursorVan(rijen[rijen.length - 1]!) : null };
}

/**
 * The entity names in the log, for the filter's choice list: a skip scan over the (entiteit,
 * tijdstip) index, one index probe per name, so a log of millions of rows costs no full scan.
 */
export async function auditEntiteiten(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ entiteit: string }[]>`
    WITH RECURSIVE e AS (
      (SELECT "entiteit" FROM "AuditEvent" ORDER BY "entiteit" LIMIT 1)
      UNION ALL
      SELECT (SELECT a."entiteit" FROM "AuditEvent" a WHERE a."entiteit" > e."entiteit" ORDER BY a."entiteit" LIMIT 1) FROM e WHERE e."entiteit" IS NOT NULL
    )
    SELECT "entiteit" FROM e WHERE "entiteit" IS NOT NULL`;
  return rows.map((r) => r.entiteit);
}

export type DiffRegel = {
  veld: string;
  soort: "gewijzigd" | "toegevoegd" | "verwijderd";
  oud?: string;
  nieuw?: string;
};

const tekst = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Before → after per field: changed (old → new), added (only after) and removed (only before). */
export function auditDiff(voor: unknown, na: unknown): DiffRegel[] {
  if (!isObject(voor) && !isObject(na)) {
    if (voor === null || voor === undefined)
      return na === null || na === undefined ? [] : [{ veld: "", soort: "toegevoegd", nieuw: tekst(na) }];
    if (na === null || na === undefined) return [{ veld: "", soort: "verwijderd", oud: tekst(voor) }];
    return tekst(voor) === tekst(na) ? [] : [{ veld: "", soort: "gewijzigd", oud: tekst(voor), nieuw: tekst(na) }];
  }
  const oud = isObject(voor) ? voor : {};
  const nieuw = isObject(na) ? na : {};
  const velden = [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])];
  const regels: DiffRegel[] = [];
  for (const veld of velden) {
    const inOud = veld in oud && oud[veld] !== undefined;
    const inNieuw = veld in nieuw && nieuw[veld] !== undefined;
    if (inOud && inNieuw) {
      if (tekst(oud[veld]) !== tekst(nieuw[veld]))
        regels.push({ veld, soort: "gewijzigd", oud: tekst(oud[veld]), nieuw: tekst(nieuw[veld]) });
    } else if (inNieuw) {
      regels.push({ veld, soort: "toegevoegd", nieuw: tekst(nieuw[veld]) });
    } else if (inOud) {
      regels.push({ veld, soort: "verwijderd", oud: tekst(oud[veld]) });
    }
  }
  return regels;
}

export const AUDIT_CSV_KOPPEN = [
  "tijdstip",
  "actorType",
  "actor",
  "brin",
  "entiteit",
  "sleutel",
  "actie",
  "voor",
  "na",
  "reden",
] as const;

/** Every row of the selection, read in keyset batches so a large export never sits in memory. */
export async function* auditCsvRijen(db: PrismaClient, filter: AuditFilter, batch = 1000): AsyncGenerator<CsvCell[]> {
  let cursor: string | undefined;
  for (;;) {
    const { rijen, volgende } = await auditPagina(db, { ...filter, na: cursor }, batch);
    for (const e of rijen) {
      yield [
        e.tijdstip.toISOString(),
        e.actorType,
        e.actor,
        e.brin,
        e.entiteit,
        e.sleutel,
        e.actie,
        e.voor === null ? null : JSON.stringify(e.voor),
        e.na === null ? null : JSON.stringify(e.na),
        e.reden,
      ];
    }
    if (!volgende) return;
    cursor = volgende;
  }
}
