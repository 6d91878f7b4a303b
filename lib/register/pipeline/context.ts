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

export function reject(ctx: StepContext, code: string, kolom: string, melding: string): void {
  ctx.afkeuringen.push({ code, kolom, melding });
}

/**
 * Serialises meldingen about the same record or person across transactions and app instances
 * (PostgreSQL advisory locks, released at commit), so M09/P03 are never given to both or neither.
 */
export async function lock(tx: Tx, ...keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`;
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

export async function audit(ctx: StepContext, entiteit: string, sleutel: string, actie: "LEVEREN" | "VERWIJDEREN", voor: unknown, na: unknown): Promise<void> {
  await ctx.tx.auditEvent.create({
    data: {
      actorType: ctx.afzender.actorType,
      actor: ctx.afzender.actor,
      brin: ctx.brin,
      entiteit,
      sleutel,
      actie,
      voor: voor === null || voor === undefined ? undefined : json(voor),
      na: na === null || na === undefined ? undefined : json(na),
    },
  });
}
