// What every per-soort step of the pipeline shares: the transaction, reference data, the sender,
// the afkeuringen found so far, and small helpers (locks, audit, S03 relevance).
import type { Prisma } from "@/generated/prisma/client";
import type { Sector } from "@/lib/bekostiging/types";
import type { Tx } from "./person-records";
import type { ReferenceSnapshot } from "./reference";
import type { Afzender, RegisterAfkeuring } from "./types";

export interface StepContext {
  tx: Tx;
  ref: ReferenceSnapshot;
  afzender: Afzender;
  brin: string;
  afkeuringen: RegisterAfkeuring[];
}

/** What a step did, when it did not reject. */
export interface StepResult {
  aangemaakt: boolean;
  gewijzigd: boolean;
  /** Persons whose signalen and funding must be recomputed. */
  persoonIds: number[];
  /** S03: the melding touched a record relevant to a teldatum that is already VASTGESTELD. */
  raaktVastgesteld: boolean;
}

export const UNCHANGED = (persoonId: number): StepResult => ({ aangemaakt: false, gewijzigd: false, persoonIds: [persoonId], raaktVastgesteld: false });

export function reject(ctx: StepContext, code: string, kolom: string, melding: string, waarde?: string): void {
  ctx.afkeuringen.push({ code, kolom, melding, ...(waarde === undefined ? {} : { waarde }) });
}

/**
 * Serialises meldingen about the same record or person across transactions and app instances
 * (PostgreSQL advisory locks, released at commit), so M09/P03 are never given to both or neither.
 */
export async function lock(tx: Tx, ...keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 1) {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${sorted[0]}))::text AS locked`;
  } else if (sorted.length > 1) {
    // A batch takes all its locks in one round trip, in the same (sorted) order as everyone else.
    await tx.$queryRaw`SELECT count(*)::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest(${sorted}::text[]) AS k ORDER BY 1) AS keys) AS locks`;
  }
}

type Span = { datumInschrijving: string; datumUitschrijving: string | null } | null | undefined;

/** Whether an inschrijving is (or was) active on a teldatum of its sector that is VASTGESTELD. */
export function activeOnFixedTeldatum(ref: ReferenceSnapshot, sector: Sector, ...spans: Span[]): boolean {
  const fixed = ref.teldata.filter((t) => t.sector === sector && t.status === "VASTGESTELD").map((t) => t.datum);
  return spans.some((s) => s && fixed.some((d) => s.datumInschrijving <= d && (s.datumUitschrijving === null || d <= s.datumUitschrijving)));
}

/** Whether a diploma date falls in a calendar year whose funding is fixed (1 October VASTGESTELD). */
export function inFixedDiplomaYear(ref: ReferenceSnapshot, ...dates: (string | null | undefined)[]): boolean {
  const years = new Set(ref.teldata.filter((t) => t.sector === "MBO" && t.status === "VASTGESTELD" && t.datum.endsWith("-10-01")).map((t) => t.datum.slice(0, 4)));
  return dates.some((d) => d && years.has(d.slice(0, 4)));
}

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;

type Actie = "LEVEREN" | "VERWIJDEREN";

/** The audit row of a change, for steps that write many at once. */
export function auditRow(ctx: StepContext, entiteit: string, sleutel: string, actie: Actie, voor: unknown, na: unknown) {
  return {
    actorType: ctx.afzender.actorType,
    actor: ctx.afzender.actor,
    brin: ctx.brin,
    entiteit,
    sleutel,
    actie,
    voor: voor === null || voor === undefined ? undefined : json(voor),
    na: na === null || na === undefined ? undefined : json(na),
  };
}

export async function audit(ctx: StepContext, entiteit: string, sleutel: string, actie: Actie, voor: unknown, na: unknown): Promise<void> {
  await ctx.tx.auditEvent.create({ data: auditRow(ctx, entiteit, sleutel, actie, voor, na) });
}
