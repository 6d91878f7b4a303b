// The one writer of register tables: meldingen go through R01, their soort's step, signalen, the
// funding recompute and berichten in ONE transaction per batch (a single melding is a batch of one),
// and every melding is recorded as the terugkoppeling.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MeldingSoort } from "@/generated/prisma/enums";
import type { Assessment } from "@/lib/bekostiging/types";
import { isInschrijvingSoort, type Melding, type Soort } from "@/lib/register/validate";
import { applyBpv } from "./bpv";
import { groupBy } from "./group";
import { insertRows, insertRowsReturningIds, type BulkRow } from "./bulk";
import type { StepContext, StepResult } from "./context";
import { applyInschrijving, applyInschrijvingen } from "./inschrijving";
import type { Tx } from "./person-records";
import { referenceInTransaction, type ReferenceSnapshot } from "./reference";
import { applyResultaat } from "./resultaat";
import { storedKey, syncPersons, toAssessment } from "./sync";
import type { Afzender, RegisterAfkeuring, SignaalOut, Terugkoppeling } from "./types";
import { applyVerzuim } from "./verzuim";

export const MELDING_SOORT: Record<Soort, MeldingSoort> = {
  "mbo-inschrijvingen": "MBO_INSCHRIJVING",
  "po-inschrijvingen": "PO_INSCHRIJVING",
  "mbo-bpv": "BPV",
  "mbo-resultaten": "RESULTAAT",
  "po-verzuim": "VERZUIM",
};
/** The sector a soort belongs to: a school of the other sector cannot deliver it (R01). */
export const SECTOR_VAN_SOORT: Record<Soort, "MBO" | "PO"> = {
  "mbo-inschrijvingen": "MBO",
  "mbo-bpv": "MBO",
  "mbo-resultaten": "MBO",
  "po-inschrijvingen": "PO",
  "po-verzuim": "PO",
};

/** The key of a record as one string (BPV: `ivn/bpvnr`), as meldingen and signalen store it. */
export function sleutelTekst(soort: Soort, sleutel: Record<string, string>): string {
  switch (soort) {
    case "mbo-bpv":
      return `${sleutel.inschrijvingsvolgnummer}/${sleutel.bpvVolgnummer}`;
    case "mbo-resultaten":
      return sleutel.resultaatvolgnummer ?? "";
    case "po-verzuim":
      return sleutel.verzuimvolgnummer ?? "";
    default:
      return sleutel.inschrijvingsvolgnummer ?? "";
  }
}

/** A melding as it reaches the pipeline: validated, or already rejected by the field checks. */
export type Inkomend = (
  | { ok: true; melding: Melding }
  | { ok: false; soort: Soort; brin: string; sleutel: string; verwijdering: boolean; afkeuringen: RegisterAfkeuring[] }
) & {
  /** Upload only: the melding's rows in the file, for the error report. */
  rijen?: number[];
};

async function step(ctx: StepContext, melding: Melding): Promise<StepResult | null> {
  switch (melding.soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen":
      return applyInschrijving(ctx, melding as Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen">);
    case "mbo-bpv":
      return applyBpv(ctx, melding as Melding<"mbo-bpv">);
    case "mbo-resultaten":
      return applyResultaat(ctx, melding as Melding<"mbo-resultaten">);
    case "po-verzuim":
      return applyVerzuim(ctx, melding as Melding<"po-verzuim">);
  }
}
/** The record's own assessments (a BPV: its inschrijving's), sorted by date. */
function ownAssessments(all: Assessment[], soort: Soort, brin: string, sleutel: Record<string, string>): Assessment[] {
  if (soort === "po-verzuim") return [];
  const kind = soort === "mbo-resultaten" ? "RESULTAAT" : "INSCHRIJVING";
  const volgnummer = soort === "mbo-resultaten" ? sleutel.resultaatvolgnummer : sleutel.inschrijvingsvolgnummer;
  return all
    .filter((a) => a.kind === kind && a.brin === brin && a.volgnummer === volgnummer)
    .sort((a, b) => (storedKey(a).peildatum < storedKey(b).peildatum ? -1 : 1));
}

/** One melding on its way through a batch: where it came from and what became of it so far. */
interface Item {
  inkomend: Inkomend;
  soort: Soort;
  brin: string;
  sleutel: string;
  sleutelRecord: Record<string, string>;
  base: Omit<BulkRow<"Melding">, "status" | "gewijzigd" | "codes" | "verwerktOp">;
  /** Rejected before the register was read (validation, R01). */
  afkeuringen: RegisterAfkeuring[];
}

function item(afzender: Afzender, ref: ReferenceSnapshot, inkomend: Inkomend, ontvangenOp: Date): Item {
  const soort = inkomend.ok ? inkomend.melding.soort : inkomend.soort;
  const brin = inkomend.ok ? inkomend.melding.sleutel.brin : inkomend.brin;
  const sleutelRecord = inkomend.ok ? (inkomend.melding.sleutel as Record<string, string>) : {};
  const sleutel = inkomend.ok ? sleutelTekst(soort, sleutelRecord) : inkomend.sleutel;
  const verwijdering = inkomend.ok ? inkomend.melding.actie === "verwijderen" : inkomend.verwijdering;
  const base = { brin, bron: afzender.bron, uploadId: afzender.uploadId ?? null, soort: MELDING_SOORT[soort], sleutel, verwijdering, ontvangenOp, actor: afzender.actor };
  let afkeuringen: RegisterAfkeuring[] = [];
  if (!inkomend.ok) afkeuringen = inkomend.afkeuringen;
  else {
    const instelling = ref.instellingen.get(brin);
    if (!instelling || instelling.sector !== SECTOR_VAN_SOORT[soort] || !afzender.mayDeliver(brin, soort)) {
      afkeuringen = [{ code: "R01", kolom: "brin", melding: `U kunt voor ${brin} geen ${soort} aanleveren (onbekend, andere sector of geen recht).` }];
    }
  }
  return { inkomend, soort, brin, sleutel, sleutelRecord, base, afkeuringen };
}

/** The person an inschrijving melding is about, if it names one (a removal names only the record). */
function persoonVan(inkomend: Inkomend): string | null {
  if (!inkomend.ok || inkomend.melding.actie === "verwijderen") return null;
  const m = inkomend.melding;
  return m.soort === "mbo-inschrijvingen" || m.soort === "po-inschrijvingen" ? (m.gegevens.bsn ?? m.gegevens.onderwijsnummer ?? null) : null;
}

/**
 * Parts of a batch, applied in order in one transaction. Inschrijvingen are applied set-based per
 * part, which reads everything before it writes, so a part may name each person and record once: a
 * melding goes to the first part after the last one naming the same person or record (meldingen
 * about one person keep their order, the rest stay together). A removal names no person, so it gets
 * a part of its own and nothing after it goes before it. The other soorten are applied one by one
 * in file order anyway: one part. Returns the indexes of the meldingen per part.
 */
function delen(items: readonly Item[]): number[][] {
  if (!items.every((it) => isInschrijvingSoort(it.soort))) {
    return items.every((it) => it.soort === items[0]!.soort) ? [items.map((_, i) => i)] : items.map((_, i) => [i]);
  }
  const parts: number[][] = [];
  const lastPart = new Map<string, number>();
  let floor = 0;
  items.forEach((it, index) => {
    const persoon = persoonVan(it.inkomend);
    const keys = [`R:${it.brin}:${it.sleutel}`, ...(persoon ? [`P:${persoon}`] : [])];
    const removal = it.inkomend.ok && it.inkomend.melding.actie === "verwijderen";
    const part = removal ? Math.max(floor, parts.length) : Math.max(floor, ...keys.map((k) => (lastPart.get(k) ?? -1) + 1));
    (parts[part] ??= []).push(index);
    for (const k of keys) lastPart.set(k, part);
    if (removal) floor = part + 1;
  });
  return parts;
}

/** One melding: a batch of one. Forms and the API use this; uploads send batches. */
export async function verwerkMelding(db: PrismaClient, afzender: Afzender, inkomend: Inkomend): Promise<Terugkoppeling> {
  return (await verwerkMeldingen(db, afzender, [inkomend]))[0]!;
}

/**
 * Meldingen in one transaction, their writes set-based per part (see `delen`); if the transaction
 * fails, every melding is retried alone, in order, so one bad melding never takes the others down
 * and nothing is half written.
 */
export async function verwerkMeldingen(db: PrismaClient, afzender: Afzender, inkomende: readonly Inkomend[]): Promise<Terugkoppeling[]> {
  const ontvangenOp = new Date();
  const out: Terugkoppeling[] = new Array(inkomende.length);
  try {
    // The whole batch commits or nothing does: an upload's recorded meldingen stay a prefix of the
    // file, which is what resuming after a crash relies on.
    await db.$transaction(
      async (tx) => {
        // First, before any person lock: the reference data and teldatum statuses this batch acts on.
        const ref = await referenceInTransaction(tx, db);
        const items = inkomende.map((i) => item(afzender, ref, i, ontvangenOp));
        for (const part of delen(items)) {
          const results = await verwerkDeel(tx, ref, afzender, part.map((i) => items[i]!));
          part.forEach((index, i) => (out[index] = results[i]!));
        }
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (inkomende.length === 1) throw error;
    for (const [index, one] of inkomende.entries()) {
      out[index] = (
        await db.$transaction(
          async (tx) => {
            const ref = await referenceInTransaction(tx, db);
            return verwerkDeel(tx, ref, afzender, [item(afzender, ref, one, ontvangenOp)]);
          },
          { timeout: 30_000, maxWait: 30_000 },
        )
      )[0]!;
    }
  }
  return out;
}

type Verwerkt = { index: number; item: Item; result: StepResult };
type Uitkomst = { result: StepResult; signalen: SignaalOut[]; bekostiging: Assessment[] };

/**
 * After meldingen were applied: signalen and funding of the persons they changed (with `senders`
 * as the institutions that changed them), then each melding's stored signalen and own assessments.
 */
async function uitkomsten(tx: Tx, ref: ReferenceSnapshot, verwerkt: readonly Verwerkt[]): Promise<Map<number, Uitkomst>> {
  const senders = new Map<number, string[]>();
  for (const { item, result } of verwerkt) if (result.gewijzigd) for (const id of result.persoonIds) senders.set(id, [...(senders.get(id) ?? []), item.brin]);
  const synced = await syncPersons(tx, senders, ref);
  const unchangedIds = [...new Set(verwerkt.flatMap(({ result }) => result.persoonIds.filter((id) => !synced.has(id))))];
  const storedAssessments = groupBy(unchangedIds.length ? await tx.bekostigingsbeoordeling.findMany({ where: { persoonId: { in: unchangedIds } } }) : [], (r) => r.persoonId);
  const assessmentsOf = (persoonIds: number[]): Assessment[] =>
    persoonIds.flatMap((id) => synced.get(id)?.assessments ?? (storedAssessments.get(id) ?? []).map(toAssessment));
  const recordKey = (brin: string, soort: string, sleutel: string) => `${brin}\u0000${soort}\u0000${sleutel}`;
  const stored = groupBy(
    verwerkt.length
      ? await tx.signaal.findMany({ where: { brin: { in: [...new Set(verwerkt.map((v) => v.item.brin))] }, sleutel: { in: [...new Set(verwerkt.map((v) => v.item.sleutel))] } }, orderBy: { code: "asc" } })
      : [],
    (s) => recordKey(s.brin, s.soort, s.sleutel),
  );
  return new Map(
    verwerkt.map(({ index, item, result }) => {
      const signalen: SignaalOut[] = (stored.get(recordKey(item.brin, MELDING_SOORT[item.soort], item.sleutel)) ?? []).map((s) => ({ code: s.code, parameters: s.parameters as Record<string, string> }));
      if (result.gewijzigd && result.raaktVastgesteld) signalen.push({ code: "S03", parameters: {} });
      return [index, { result, signalen, bekostiging: ownAssessments(assessmentsOf(result.persoonIds), item.soort, item.brin, item.sleutelRecord) }];
    }),
  );
}

/**
 * One part of a batch, in the batch's transaction. Inschrijvingen name their person, so a part
 * holds each person once (`delen`) and is applied and assessed set-based, exactly as one melding at
 * a time would be. The other soorten find their person only by reading, so each is applied and
 * assessed in turn: two meldingen about one person then see each other as they would one by one
 * (funding in between, berichten to other institutions included).
 */
async function verwerkDeel(tx: Tx, ref: ReferenceSnapshot, afzender: Afzender, items: readonly Item[]): Promise<Terugkoppeling[]> {
  const afkeuringen = items.map((it) => [...it.afkeuringen]);
  const accepted = items.flatMap((it, index) => (it.afkeuringen.length === 0 && it.inkomend.ok ? [{ index, item: it, ctx: { tx, ref, afzender, brin: it.brin, afkeuringen: afkeuringen[index]! }, melding: it.inkomend.melding }] : []));
  const uitkomst = new Map<number, Uitkomst>();

  const inschrijvingen = accepted.filter((a) => a.melding.soort === "mbo-inschrijvingen" || a.melding.soort === "po-inschrijvingen");
  const applied = await applyInschrijvingen(inschrijvingen.map((a) => ({ ctx: a.ctx, melding: a.melding as Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen"> })));
  const verwerkt = inschrijvingen.flatMap((a, i) => (applied[i] ? [{ index: a.index, item: a.item, result: applied[i] }] : []));
  for (const [index, u] of await uitkomsten(tx, ref, verwerkt)) uitkomst.set(index, u);
  for (const a of accepted) {
    if (inschrijvingen.includes(a)) continue;
    const result = await step(a.ctx, a.melding);
    if (result) for (const [index, u] of await uitkomsten(tx, ref, [{ index: a.index, item: a.item, result }])) uitkomst.set(index, u);
  }

  const verwerktOp = new Date();
  const terug: Terugkoppeling[] = items.map((it, index) => {
    const u = uitkomst.get(index);
    if (!u) return { meldingId: 0, soort: it.soort, brin: it.brin, sleutel: it.sleutel, status: "AFGEKEURD", aangemaakt: false, gewijzigd: false, afkeuringen: afkeuringen[index]!, signalen: [], bekostiging: [] };
    return {
      meldingId: 0,
      soort: it.soort,
      brin: it.brin,
      sleutel: it.sleutel,
      status: "VERWERKT",
      aangemaakt: u.result.aangemaakt,
      gewijzigd: u.result.gewijzigd,
      afkeuringen: [],
      signalen: u.signalen,
      bekostiging: u.bekostiging,
    };
  });

  // Every melding is recorded, verwerkt or afgekeurd (the terugkoppeling), in the file's order.
  const ids = await insertRowsReturningIds(
    tx,
    "Melding",
    items.map((it, index) => {
      const t = terug[index]!;
      return t.status === "VERWERKT"
        ? { ...it.base, status: "VERWERKT", gewijzigd: t.gewijzigd, codes: t.signalen.map((s) => ({ code: s.code, parameters: s.parameters })), verwerktOp }
        : { ...it.base, status: "AFGEKEURD", gewijzigd: false, codes: t.afkeuringen.map((a) => ({ code: a.code, kolom: a.kolom, melding: a.melding })), verwerktOp };
    }),
  );
  ids.forEach((id, index) => (terug[index]!.meldingId = id));
  // The error report lists an afkeuring on its own row, or on every row of the melding.
  if (afzender.uploadId) {
    const fouten = items.flatMap((it, index) =>
      terug[index]!.afkeuringen.flatMap((a) => (a.rij ? [a.rij] : (it.inkomend.rijen ?? [])).map((rij) => ({ uploadId: afzender.uploadId!, rij, kolom: a.kolom, code: a.code, melding: a.melding }))),
    );
    await insertRows(tx, "UploadFout", fouten);
  }
  return terug;
}
