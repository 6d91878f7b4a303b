// What the per-soort steps of the pipeline share: a melding on its way through a batch (Item), the
// part of the batch being applied (PartContext), what a step made of each melding (Outcome), and
// small helpers (locks, audit rows, S03 relevance).
import type { Sector } from "@/lib/bekostiging/types";
import type { Melding, Soort } from "@/lib/register/validate";
import { param, type Tx } from "./bulk";
import type { PersonRecords } from "./person-records";
import type { ReferenceSnapshot } from "./reference";
import type { Afzender, RegisterAfkeuring } from "./types";

/** Valid fields of a melding, camelCase: all of them when it passed validation, else those that did. */
export type Deel = Record<string, unknown> & { perioden?: Record<string, unknown>[] };

/** One melding on its way through a batch. */
export interface Item {
  /** Its place in the batch. */
  index: number;
  soort: Soort;
  brin: string;
  /** The key as one string (BPV: `ivn/bpvnr`), as meldingen and signalen store it. */
  sleutel: string;
  verwijdering: boolean;
  /** Upload only: the melding's rows in the file. */
  rijen?: number[];
  /** Afkeuringen so far (field checks, R01); the step adds the reference checks. */
  afkeuringen: RegisterAfkeuring[];
  deel: Deel;
  /** Set when the melding passed the field checks: only then may it be written. */
  melding: Melding | null;
  /** R01 failed: the register of this brin is not the sender's to read, so no further checks. */
  geenToegang: boolean;
  /** API only: the If-Match the sender made the melding conditional on, checked under its locks. */
  ifMatch?: string;
  /** Who sent it: a batch of the API's group commit holds meldingen of several clients. */
  afzender: Afzender;
}

export interface PartContext {
  tx: Tx;
  ref: ReferenceSnapshot;
  now: Date;
}

export type Outcome =
  | { kind: "afgekeurd" }
  | { kind: "ongewijzigd"; persoonId: number }
  | {
      kind: "gewijzigd";
      aangemaakt: boolean;
      persoonId: number;
      /** S03: the melding touched a record relevant to a teldatum that is already VASTGESTELD. */
      raaktVastgesteld: boolean;
      /** A person created by this melding: its records are these, nothing else is stored for it. */
      nieuwePersoon?: PersonRecords;
      /** What the other schools of the sector must be told, once the person's records are read. */
      kennisgeving?: KennisgevingVraag;
    };

/** An inschrijving that was created or got (another) datum_uitschrijving (domain.md, the in- and uitschrijfbewijs). */
export interface KennisgevingVraag {
  sector: Sector;
  brin: string;
  volgnummer: string;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  /** The stored datum_uitschrijving before this melding; undefined for a new inschrijving. */
  oudeUitschrijving: string | null | undefined;
}

/**
 * A soort's part of the pipeline. The batch driver locks `lockKeys`, reads with `resolve`, locks the
 * persons found through records, splits the meldingen into parts that name each record and person
 * once, and calls `apply` per part.
 */
export interface Step<R> {
  lockKeys(item: Item): string[];
  resolve(tx: Tx, items: readonly Item[]): Promise<R[]>;
  /** The PGN of the person a resolved melding concerns, if known. */
  person(item: Item, resolved: R): string | null;
  apply(ctx: PartContext, items: readonly Item[], resolved: readonly R[]): Promise<Outcome[]>;
}

export function reject(item: Item, code: string, kolom: string, melding: string, waarde?: string): void {
  item.afkeuringen.push({ code, kolom, melding, ...(waarde === undefined ? {} : { waarde }) });
}

/** A text field of the valid part of a melding, if it is there. */
export const tekst = (deel: Deel, veld: string): string | undefined =>
  typeof deel[veld] === "string" ? (deel[veld] as string) : undefined;

/** The PGN a melding names (bsn or onderwijsnummer), if valid. */
export const pgnVan = (deel: Deel): string | undefined => tekst(deel, "bsn") ?? tekst(deel, "onderwijsnummer");

/**
 * Serialises meldingen about the same record or person across transactions and app instances
 * (PostgreSQL advisory locks, released at commit), so M09/P03 are never given to both or neither.
 * All in one round trip, in sorted order, as every transaction takes them.
 */
export async function lock(tx: Tx, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await tx.query(
    `SELECT count(*)::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) AS keys) AS locks`,
    [param(sorted)],
  );
}

type Span = { datumInschrijving: string; datumUitschrijving: string | null } | null | undefined;

/** Whether an inschrijving is (or was) active on a teldatum of its sector that is VASTGESTELD. */
export function activeOnFixedTeldatum(ref: ReferenceSnapshot, sector: Sector, ...spans: Span[]): boolean {
  const fixed = ref.teldata.filter((t) => t.sector === sector && t.status === "VASTGESTELD").map((t) => t.datum);
  return spans.some(
    (s) =>
      s && fixed.some((d) => s.datumInschrijving <= d && (s.datumUitschrijving === null || d <= s.datumUitschrijving)),
  );
}

/** Whether a diploma date falls in a calendar year whose funding is fixed (1 October VASTGESTELD). */
export function inFixedDiplomaYear(ref: ReferenceSnapshot, ...dates: (string | null | undefined)[]): boolean {
  const years = new Set(
    ref.teldata
      .filter((t) => t.sector === "MBO" && t.status === "VASTGESTELD" && t.datum.endsWith("-10-01"))
      .map((t) => t.datum.slice(0, 4)),
  );
  return dates.some((d) => d && years.has(d.slice(0, 4)));
}

/**
 * The audit row of a register change (domain.md: who, when, what entity and key, before and after).
 * `voor` and `na` go to bulk.ts as they are, which serialises them once for the insert (a deep copy
 * here first cost 3 % of an import's CPU).
 */
export function auditRow(
  ctx: PartContext,
  item: Item,
  entiteit: string,
  sleutel: string,
  actie: "LEVEREN" | "VERWIJDEREN",
  voor: unknown,
  na: unknown,
) {
  return {
    tijdstip: ctx.now,
    actorType: item.afzender.actorType,
    actor: item.afzender.actor,
    brin: item.brin,
    entiteit,
    sleutel,
    actie,
    voor: voor ?? null,
    na: na ?? null,
    reden: null,
  };
}
