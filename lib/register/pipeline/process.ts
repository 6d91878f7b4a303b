// The one writer of register tables: a batch of meldingen (a form or API call is a batch of one)
// goes through R01, its soort's step, signalen, the funding recompute and berichten in ONE
// transaction, and every melding is recorded as the terugkoppeling. Each soort's meldingen are
// applied set-based in parts that name every record and person once, so a batch ends exactly as
// the same meldingen one at a time would (batch.test.ts compares the two).
import type { PrismaClient } from "@/generated/prisma/client";
import { sqlOf } from "@/lib/db/sql";
import type { MeldingSoort } from "@/generated/prisma/enums";
import type { Assessment } from "@/lib/bekostiging/types";
import type { Melding, Soort } from "@/lib/register/validate";
import { bpvStep } from "./bpv";
import { insertRows, insertRowsWithIds, select, type BulkRow, type Tx } from "./bulk";
import { lock, type Deel, type Item, type Outcome, type PartContext, type Step } from "./context";
import { storedAssessments, storedKey, syncPersons, toAssessment } from "./funding";
import { groupBy } from "./group";
import { inschrijvingStep } from "./inschrijving";
import { kennisgevingen } from "./kennisgevingen";
import { Notifier } from "./notifier";
import type { PersonRecords } from "./person-records";
import { referenceInTransaction, type ReferenceSnapshot } from "./reference";
import { resultaatStep } from "./resultaat";
import type { Afzender, RegisterAfkeuring, SignaalOut, Terugkoppeling } from "./types";
import { ifMatchFaalt, recordVersies } from "./versie";
import { verzuimStep } from "./verzuim";
import { brinsVanTerugkoppeling, registerGewijzigd } from "@/lib/register/na-commit";

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

/**
 * A melding as it reaches the pipeline: validated, or rejected by the field checks — then with the
 * fields that did pass (`deel`), on which the reference checks still run (rules.md: every code).
 */
export type Inkomend = (
  | { ok: true; melding: Melding }
  | {
      ok: false;
      soort: Soort;
      brin: string;
      sleutel: string;
      verwijdering: boolean;
      afkeuringen: RegisterAfkeuring[];
      deel?: Deel;
    }
) & {
  /** Upload only: the melding's rows in the file, for the error report. */
  rijen?: number[];
};

export interface VerwerkOpties {
  /**
   * Answer with each record's own assessments (the API's and the forms' terugkoppeling). An upload
   * records only status and signalen, so it saves reading the assessments of unchanged records.
   */
  metBekostiging?: boolean;
}

const STEP: Record<Soort, Step<unknown>> = {
  "mbo-inschrijvingen": inschrijvingStep as Step<unknown>,
  "po-inschrijvingen": inschrijvingStep as Step<unknown>,
  "mbo-bpv": bpvStep as Step<unknown>,
  "mbo-resultaten": resultaatStep as Step<unknown>,
  "po-verzuim": verzuimStep as Step<unknown>,
};
/** The order soorten are applied in within a batch (meldingen of one soort keep their order). */
const VOLGORDE: readonly Soort[] = [
  "mbo-inschrijvingen",
  "po-inschrijvingen",
  "mbo-bpv",
  "mbo-resultaten",
  "po-verzuim",
];

/** A melding and who sent it: the unit a batch is made of. */
export interface Opdracht {
  afzender: Afzender;
  inkomend: Inkomend;
  /** A PUT or DELETE conditional on the record's version (If-Match, api.md). */
  ifMatch?: string;
}

function toItem(index: number, { afzender, inkomend, ifMatch }: Opdracht, ref: ReferenceSnapshot): Item {
  const soort = inkomend.ok ? inkomend.melding.soort : inkomend.soort;
  const verwijdering = inkomend.ok ? inkomend.melding.actie === "verwijderen" : inkomend.verwijdering;
  // Object.assign, not spread: spreading zod's output objects cost ~40× more (measured, 25k meldingen).
  const deel: Deel = inkomend.ok
    ? Object.assign({}, inkomend.melding.sleutel, inkomend.melding.actie === "leveren" ? inkomend.melding.gegevens : {})
    : Object.assign({}, inkomend.deel);
  const brin = inkomend.ok ? inkomend.melding.sleutel.brin : inkomend.brin;
  const sleutel = inkomend.ok
    ? sleutelTekst(soort, inkomend.melding.sleutel as Record<string, string>)
    : inkomend.sleutel;
  const item: Item = {
    index,
    soort,
    brin,
    sleutel,
    verwijdering,
    rijen: inkomend.rijen,
    afkeuringen: inkomend.ok ? [] : [...inkomend.afkeuringen],
    deel,
    melding: inkomend.ok ? inkomend.melding : null,
    geenToegang: false,
    afzender,
    ifMatch,
  };
  // R01 wherever the brin itself is valid, also next to field afkeuringen (rules.md: every code).
  if (typeof deel.brin === "string") {
    const instelling = ref.instellingen.get(brin);
    if (!instelling || instelling.sector !== SECTOR_VAN_SOORT[soort] || !afzender.mayDeliver(brin, soort)) {
      item.afkeuringen.push({
        code: "R01",
        kolom: "brin",
        melding: `U kunt voor ${brin} geen ${soort} aanleveren (onbekend, andere sector of geen recht).`,
      });
      item.geenToegang = true;
    }
  }
  return item;
}

/**
 * One melding (a form, an API call), answered with its own terugkoppeling. Meldingen that arrive
 * while a transaction runs wait for it and then go together in the next one (group commit): the
 * statements and the commit of a transaction are shared, and one melding at a time, alone, still
 * goes at once. Any order of meldingen that arrive together is an order they could have come in.
 */
export async function verwerkMelding(
  db: PrismaClient,
  afzender: Afzender,
  inkomend: Inkomend,
  voorwaarde: { ifMatch?: string } = {},
): Promise<Terugkoppeling> {
  let committer = committers.get(db);
  if (!committer) committers.set(db, (committer = new GroupCommit(db)));
  const t = await committer.submit({ afzender, inkomend, ifMatch: voorwaarde.ifMatch });
  // After the commit, whoever follows the register hears which institutions changed: a form's at
  // once, the API's (meldingen at machine speed) gathered for a few seconds.
  await registerGewijzigd(db, { brins: brinsVanTerugkoppeling(t), wanneer: afzender.bron === "API" ? "straks" : "nu" });
  return t;
}

/** The most meldingen one group commit takes: a transaction of the size an upload batch has. */
const GROUP_MAX = 200;
/**
 * Transactions in flight at once. Two (meldingen of two concurrent groups are concurrent requests,
 * so either order is one they could have come in) measured no better than one on this 2-core
 * machine (220–276/s either way, 32 connections), and one never makes two groups wait on each
 * other's locks.
 */
const GROUP_PARALLEL = 1;

class GroupCommit {
  private waiting: { opdracht: Opdracht; resolve: (t: Terugkoppeling) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;

  constructor(private readonly db: PrismaClient) {}

  submit(opdracht: Opdracht): Promise<Terugkoppeling> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ opdracht, resolve, reject });
      if (this.running < GROUP_PARALLEL) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running++;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, GROUP_MAX);
        try {
          const results = await inEenTransactie(
            this.db,
            group.map((g) => g.opdracht),
          );
          group.forEach((g, i) => g.resolve(results[i]!));
        } catch {
          // One melding took the transaction down: each on its own, so only that one fails.
          for (const g of group) await inEenTransactie(this.db, [g.opdracht]).then((r) => g.resolve(r[0]!), g.reject);
        }
      }
    } finally {
      this.running--;
    }
  }
}

const committers = new WeakMap<PrismaClient, GroupCommit>();

/** Meldingen of one sender (an upload's batch) in one transaction: see verwerkOpdrachten. */
export function verwerkMeldingen(
  db: PrismaClient,
  afzender: Afzender,
  inkomende: readonly Inkomend[],
  opties: VerwerkOpties = {},
): Promise<Terugkoppeling[]> {
  return verwerkOpdrachten(
    db,
    inkomende.map((inkomend) => ({ afzender, inkomend })),
    opties,
  );
}

/**
 * Meldingen in one transaction; if it fails, every melding is retried alone, in order, so one bad
 * melding never takes the others down and nothing is half written.
 */
export async function verwerkOpdrachten(
  db: PrismaClient,
  opdrachten: readonly Opdracht[],
  opties: VerwerkOpties = {},
): Promise<Terugkoppeling[]> {
  try {
    // The whole batch commits or nothing does: an upload's recorded meldingen stay a prefix of the
    // file, which is what resuming after a crash relies on.
    return await inEenTransactie(db, opdrachten, opties);
  } catch (error) {
    if (opdrachten.length === 1) throw error;
    const out: Terugkoppeling[] = [];
    for (const one of opdrachten) out.push((await inEenTransactie(db, [one], opties))[0]!);
    return out;
  }
}

function inEenTransactie(
  db: PrismaClient,
  opdrachten: readonly Opdracht[],
  opties: VerwerkOpties = {},
): Promise<Terugkoppeling[]> {
  const ontvangenOp = new Date();
  return sqlOf(db).transaction((tx) => verwerkBatch(tx, db, opdrachten, ontvangenOp, opties));
}

interface Uitkomst {
  outcome: Exclude<Outcome, { kind: "afgekeurd" }>;
  signalen: SignaalOut[];
  bekostiging: Assessment[];
}

async function verwerkBatch(
  tx: Tx,
  db: PrismaClient,
  opdrachten: readonly Opdracht[],
  ontvangenOp: Date,
  opties: VerwerkOpties,
): Promise<Terugkoppeling[]> {
  // First, before any person lock: the reference data and teldatum statuses this batch acts on,
  // and — in the same round trip — an id for every melding, so its insert at the end is sent ahead.
  const { ref, meldingIds } = await referenceInTransaction(tx, db, opdrachten.length);
  const items = opdrachten.map((x, i) => toItem(i, x, ref));
  const ctx: PartContext = { tx, ref, now: new Date() };
  const notifier = new Notifier();
  const uitkomsten = new Map<number, Uitkomst>();
  const gefaald = new Map<number, string | null>();
  const perSoort = groupBy(items, (i) => i.soort);
  for (const soort of VOLGORDE) {
    const group = perSoort.get(soort);
    if (group) await verwerkSoort(ctx, notifier, STEP[soort], group, { uitkomsten, gefaald }, opties);
  }

  const verwerktOp = new Date();
  const terug: Terugkoppeling[] = items.map((it) => {
    const u = uitkomsten.get(it.index);
    // One literal per case, no `{ ...base }` (see bulk.ts).
    if (gefaald.has(it.index))
      return {
        meldingId: 0,
        soort: it.soort,
        brin: it.brin,
        sleutel: it.sleutel,
        status: "AFGEKEURD",
        aangemaakt: false,
        gewijzigd: false,
        afkeuringen: [],
        signalen: [],
        bekostiging: [],
        voorwaardeGefaald: true,
        versie: gefaald.get(it.index),
      };
    if (!u)
      return {
        meldingId: 0,
        soort: it.soort,
        brin: it.brin,
        sleutel: it.sleutel,
        status: "AFGEKEURD",
        aangemaakt: false,
        gewijzigd: false,
        afkeuringen: it.afkeuringen,
        signalen: [],
        bekostiging: [],
      };
    const gewijzigd = u.outcome.kind === "gewijzigd";
    return {
      meldingId: 0,
      soort: it.soort,
      brin: it.brin,
      sleutel: it.sleutel,
      status: "VERWERKT",
      aangemaakt: gewijzigd && u.outcome.kind === "gewijzigd" && u.outcome.aangemaakt,
      gewijzigd,
      afkeuringen: [],
      signalen: u.signalen,
      bekostiging: u.bekostiging,
    };
  });

  await versiesVoorDeApi(tx, items, terug);

  // Every melding is recorded, verwerkt or afgekeurd (the terugkoppeling), in the batch's order;
  // one whose If-Match failed was never processed and is not.
  const vastgelegd = items.filter((it) => !gefaald.has(it.index));
  const ids = meldingIds.filter((_, i) => !gefaald.has(i));
  const rows: BulkRow<"Melding">[] = vastgelegd.map((it) => {
    const t = terug[it.index]!;
    return {
      brin: it.brin,
      bron: it.afzender.bron,
      uploadId: it.afzender.uploadId ?? null,
      soort: MELDING_SOORT[it.soort],
      sleutel: it.sleutel,
      verwijdering: it.verwijdering,
      status: t.status,
      gewijzigd: t.gewijzigd,
      codes:
        t.status === "VERWERKT"
          ? t.signalen.map((s) => ({ code: s.code, parameters: s.parameters }))
          : t.afkeuringen.map((a) => ({ code: a.code, kolom: a.kolom, melding: a.melding })),
      ontvangenOp,
      verwerktOp,
      actor: it.afzender.actor,
    };
  });
  insertRowsWithIds(tx, "Melding", ids, rows);
  ids.forEach((id, i) => (terug[vastgelegd[i]!.index]!.meldingId = id));
  // The error report lists an afkeuring on its own row, or on every row of the melding.
  const fouten = items.flatMap((it, i) => {
    const uploadId = it.afzender.uploadId;
    if (!uploadId) return [];
    return terug[i]!.afkeuringen.flatMap((a) =>
      (a.rij ? [a.rij] : (it.rijen ?? [])).map((rij) => ({
        uploadId,
        rij,
        kolom: a.kolom,
        code: a.code,
        melding: a.melding,
      })),
    );
  });
  insertRows(tx, "UploadFout", fouten);
  await notifier.flush(tx);
  return terug;
}

/**
 * One soort's meldingen of a batch: locks, reads, and then parts — the longest run of meldingen that
 * name no record or person twice (a melding waits for the part after the last one that names its
 * record or person, so meldingen about one person keep their order) — each applied set-based and
 * followed by the funding and signalen of its persons.
 */
async function verwerkSoort(
  ctx: PartContext,
  notifier: Notifier,
  step: Step<unknown>,
  group: readonly Item[],
  { uitkomsten, gefaald }: { uitkomsten: Map<number, Uitkomst>; gefaald: Map<number, string | null> },
  opties: VerwerkOpties,
): Promise<void> {
  const locked = new Set<string>();
  const lockMore = async (keys: Iterable<string>): Promise<boolean> => {
    const fresh = [...new Set(keys)].filter((k) => !locked.has(k));
    for (const k of fresh) locked.add(k);
    await lock(ctx.tx, fresh);
    return fresh.length > 0;
  };
  await lockMore(group.flatMap((i) => step.lockKeys(i)));
  let pending = group;
  while (pending.length) {
    let resolved = await step.resolve(ctx.tx, pending);
    // Persons found through a record (a removal, a BPV) are locked now; what was read before that
    // lock may have changed meanwhile, so it is read again.
    const persons = pending.flatMap((it, i) => step.person(it, resolved[i]) ?? []);
    if (await lockMore(persons.map((p) => `P:${p}`))) resolved = await step.resolve(ctx.tx, pending);

    const part: Item[] = [];
    const partResolved: unknown[] = [];
    const deferred: Item[] = [];
    const taken = new Set<string>();
    const blocked = new Set<string>();
    for (const [i, it] of pending.entries()) {
      const pgn = step.person(it, resolved[i]);
      const keys = [`${it.soort}:${it.brin}:${it.sleutel}`, ...(pgn ? [`P:${pgn}`] : [])];
      if (keys.some((k) => taken.has(k) || blocked.has(k))) {
        deferred.push(it);
        for (const k of keys) blocked.add(k);
      } else {
        part.push(it);
        partResolved.push(resolved[i]);
        for (const k of keys) taken.add(k);
      }
    }
    // A conditional melding's If-Match is checked now: its record and person are locked, and every
    // earlier melding of the batch that named them has been applied (they are in earlier parts).
    const afgewezen = await voorwaardenGefaald(ctx.tx, part);
    for (const [index, huidig] of afgewezen) gefaald.set(index, huidig);
    const door = afgewezen.size ? part.flatMap((it, i) => (afgewezen.has(it.index) ? [] : [i])) : null;
    const toepassen = door ? door.map((i) => part[i]!) : part;
    const outcomes = await step.apply(ctx, toepassen, door ? door.map((i) => partResolved[i]) : partResolved);
    await afronden(ctx, notifier, toepassen, outcomes, uitkomsten, opties);
    pending = deferred;
  }
}

/**
 * The API answers a PUT with the record's version (its ETag) as this transaction commits it. Only the
 * last melding of a record in the batch gets it: an earlier one's state is not what commits, and a
 * version it never had would let its sender's If-Match overwrite what it has not seen.
 */
async function versiesVoorDeApi(tx: Tx, items: readonly Item[], terug: Terugkoppeling[]): Promise<void> {
  const laatste = new Map<string, Item>();
  for (const it of items) {
    // An afgekeurde melding changed nothing; any other one decides what its record now is.
    if (terug[it.index]!.status !== "VERWERKT") continue;
    const key = recordKey(it.brin, it.soort, it.sleutel);
    if (it.afzender.bron === "API" && it.melding && !it.verwijdering) laatste.set(key, it);
    else laatste.delete(key);
  }
  if (!laatste.size) return;
  const gekozen = [...laatste.values()];
  const versies = await recordVersies(
    tx,
    gekozen.map((it) => ({ soort: it.soort, sleutel: it.melding!.sleutel as Record<string, string> })),
  );
  gekozen.forEach((it, j) => (terug[it.index]!.versie = versies[j] ?? null));
}

/** The meldingen of a part whose If-Match fails against their record's version now, with that version. */
async function voorwaardenGefaald(tx: Tx, part: readonly Item[]): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  const conditional = part.filter((it) => it.ifMatch !== undefined && it.melding);
  if (!conditional.length) return out;
  const versies = await recordVersies(
    tx,
    conditional.map((it) => ({ soort: it.soort, sleutel: it.melding!.sleutel as Record<string, string> })),
  );
  conditional.forEach((it, i) => {
    if (ifMatchFaalt(it.ifMatch!, versies[i] ?? null)) out.set(it.index, versies[i] ?? null);
  });
  return out;
}

const recordKey = (brin: string, soort: string, sleutel: string) => `${brin}\u0000${soort}\u0000${sleutel}`;

type StoredSignaal = { brin: string; soort: string; sleutel: string; code: string; parameters: Record<string, string> };

/** The stored signalen of these meldingen's records, per brin and soort: a probe per key (see inschrijvingenOpSleutel). */
async function signalenVan(tx: Tx, items: readonly Item[]): Promise<StoredSignaal[]> {
  const out: StoredSignaal[] = [];
  for (const [groep, keys] of groupBy(items, (i) => `${i.brin}\u0000${MELDING_SOORT[i.soort]}`)) {
    const [brin, soort] = groep.split("\u0000");
    out.push(
      ...(await select<StoredSignaal>(
        tx,
        `SELECT s.brin, s.soort::text AS soort, s.sleutel, s.code, s.parameters FROM unnest($3::text[]) AS k(sleutel)
         CROSS JOIN LATERAL (SELECT * FROM "Signaal" x WHERE x.brin = $1 AND x.soort = $2::"MeldingSoort" AND x.sleutel = k.sleutel) s ORDER BY s.code`,
        brin,
        soort,
        keys.map((k) => k.sleutel),
      )),
    );
  }
  return out;
}

/** The record's own assessments (a BPV: its inschrijving's), sorted by date. */
function ownAssessments(all: readonly Assessment[], item: Item): Assessment[] {
  if (item.soort === "po-verzuim") return [];
  const kind = item.soort === "mbo-resultaten" ? "RESULTAAT" : "INSCHRIJVING";
  const volgnummer =
    item.soort === "mbo-resultaten"
      ? item.sleutel
      : item.soort === "mbo-bpv"
        ? item.sleutel.split("/")[0]
        : item.sleutel;
  return all
    .filter((a) => a.kind === kind && a.brin === item.brin && a.volgnummer === volgnummer)
    .sort((a, b) => (storedKey(a).peildatum < storedKey(b).peildatum ? -1 : 1));
}

/**
 * After a part was applied: signalen and funding of the persons it changed (with the institutions
 * that changed them, who get no bericht about their own change), the kennisgevingen, and each
 * verwerkte melding's signalen and own assessments.
 */
async function afronden(
  ctx: PartContext,
  notifier: Notifier,
  items: readonly Item[],
  outcomes: readonly Outcome[],
  uitkomsten: Map<number, Uitkomst>,
  opties: VerwerkOpties,
): Promise<void> {
  const senders = new Map<number, string[]>();
  const known = new Map<number, PersonRecords>();
  for (const [i, o] of outcomes.entries()) {
    if (o.kind !== "gewijzigd") continue;
    senders.set(o.persoonId, [...(senders.get(o.persoonId) ?? []), items[i]!.brin]);
    if (o.nieuwePersoon) known.set(o.persoonId, o.nieuwePersoon);
  }
  const synced = await syncPersons(ctx.tx, senders, ctx.ref, { notifier, known });
  const naam = (brin: string) => ctx.ref.instellingen.get(brin)?.naam ?? brin;
  for (const o of outcomes) {
    if (o.kind !== "gewijzigd" || !o.kennisgeving) continue;
    const records = synced.get(o.persoonId)?.records;
    if (records) for (const b of kennisgevingen(o.kennisgeving, records, naam)) notifier.send(b);
  }

  // Unchanged meldingen answer with what is stored: the record's signalen (and, for the API and
  // forms, the person's assessments).
  const unchanged = items.filter((_, i) => outcomes[i]!.kind === "ongewijzigd");
  const storedSignalen = groupBy(await signalenVan(ctx.tx, unchanged), (s) => recordKey(s.brin, s.soort, s.sleutel));
  const unchangedPersons = outcomes.flatMap((o) => (o.kind === "ongewijzigd" ? [o.persoonId] : []));
  const stored = opties.metBekostiging === false ? new Map() : await storedAssessments(ctx.tx, unchangedPersons);

  for (const [i, o] of outcomes.entries()) {
    if (o.kind === "afgekeurd") continue;
    const item = items[i]!;
    const key = recordKey(item.brin, MELDING_SOORT[item.soort], item.sleutel);
    if (o.kind === "ongewijzigd") {
      const signalen = (storedSignalen.get(key) ?? []).map((s) => ({ code: s.code, parameters: s.parameters }));
      const bekostiging = ownAssessments((stored.get(o.persoonId) ?? []).map(toAssessment), item);
      uitkomsten.set(item.index, { outcome: o, signalen, bekostiging });
      continue;
    }
    const sync = synced.get(o.persoonId);
    const signalen: SignaalOut[] = (sync?.signalen ?? [])
      .filter((s) => recordKey(s.brin, s.soort, s.sleutel) === key)
      .map((s) => ({ code: s.code, parameters: s.parameters }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    if (o.raaktVastgesteld) signalen.push({ code: "S03", parameters: {} });
    uitkomsten.set(item.index, { outcome: o, signalen, bekostiging: ownAssessments(sync?.assessments ?? [], item) });
  }
}
