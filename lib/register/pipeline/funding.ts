// After meldingen: bring persons' stored signalen and funding assessments in line with their
// records — read once per batch of persons, assessed in memory by the pure rules, only the
// differences written — and tell other institutions whose assessment changed.
import { assessPerson } from "@/lib/bekostiging/assess";
import type { Assessment } from "@/lib/bekostiging/types";
import { deleteByIds, insertRows, select, updateRows, type BulkRow, type Tx } from "./bulk";
import { groupBy, sameFlat } from "./group";
import type { Notifier } from "./notifier";
import { loadPersonRecordsMany, type PersonRecords } from "./person-records";
import type { ReferenceSnapshot } from "./reference";
import { recordSignalen, type RecordSignaal } from "./signalen";
import { geteld, TellingDelta, type Geteld } from "./telling";

const PERSISTENT_SIGNALEN = ["S01", "S02", "S04", "S05"];

type StoredKey = { brin: string; soort: string; volgnummer: string; peildatum: string };
const keyOf = (k: StoredKey) => `${k.brin}\u0000${k.soort}\u0000${k.volgnummer}\u0000${k.peildatum}`;

/** Where an assessment is stored: diplomas under 1 January of their kalenderjaar. */
export function storedKey(a: Assessment): StoredKey {
  return a.kind === "INSCHRIJVING"
    ? { brin: a.brin, soort: "INSCHRIJVING", volgnummer: a.volgnummer, peildatum: a.teldatum }
    : { brin: a.brin, soort: "RESULTAAT", volgnummer: a.volgnummer, peildatum: `${a.kalenderjaar}-01-01` };
}

/** An assessment row as the pipeline reads it (dates and numbers as text, no Date or Decimal objects). */
export interface StoredAssessment {
  id: number;
  persoonId: number;
  brin: string;
  soort: string;
  volgnummer: string;
  peildatum: string;
  status: string;
  codes: string[];
  gewicht: string | number;
  parameters: unknown;
  definitief: boolean;
  opleidingscode: string | null;
  leerweg: string | null;
}

/** A stored row as the rules' Assessment; accepts Prisma's rows too (Date, Decimal). */
export function toAssessment(
  row: Omit<StoredAssessment, "id" | "persoonId" | "peildatum" | "gewicht" | "opleidingscode" | "leerweg"> & {
    peildatum: string | Date;
    gewicht: unknown;
  },
): Assessment {
  const peildatum = typeof row.peildatum === "string" ? row.peildatum : row.peildatum.toISOString().slice(0, 10);
  // Written out, not `{ ...base, kind }` (see bulk.ts): a recompute turns every stored row into one.
  return row.soort === "RESULTAAT"
    ? {
        kind: "RESULTAAT",
        brin: row.brin,
        volgnummer: row.volgnummer,
        kalenderjaar: Number(peildatum.slice(0, 4)),
        status: row.status as "J" | "N",
        codes: row.codes,
        gewicht: Number(row.gewicht),
        parameters: (row.parameters ?? {}) as Record<string, string>,
        definitief: row.definitief,
      }
    : {
        kind: "INSCHRIJVING",
        brin: row.brin,
        volgnummer: row.volgnummer,
        teldatum: peildatum,
        status: row.status as "J" | "N",
        codes: row.codes,
        gewicht: Number(row.gewicht),
        parameters: (row.parameters ?? {}) as Record<string, string>,
        definitief: row.definitief,
      };
}

/** Status, codes and gewicht: what a school is told about when another's melding changes it. */
const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);
const sameFunding = (a: Assessment, b: Assessment) =>
  a.status === b.status && a.gewicht === b.gewicht && sameCodes(a.codes, b.codes);
const same = (a: Assessment, b: Assessment) =>
  sameFunding(a, b) && sameFlat(a.parameters, b.parameters) && a.definitief === b.definitief;

export interface PersonSync {
  records: PersonRecords;
  assessments: Assessment[];
  signalen: RecordSignaal[];
  /** Assessments created, changed or removed. */
  gewijzigd: number;
}

/** The stored assessments of persons, by person. */
export async function storedAssessments(
  tx: Tx,
  persoonIds: readonly number[],
): Promise<Map<number, StoredAssessment[]>> {
  if (!persoonIds.length) return new Map();
  const rows = await select<StoredAssessment>(
    tx,
    `SELECT b.id, b."persoonId", b.brin, b.soort, b.volgnummer, b.peildatum::text AS peildatum, b.status, b.codes, b.gewicht::text AS gewicht, b.parameters, b.definitief,
            b.opleidingscode, b.leerweg::text AS leerweg
     FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Bekostigingsbeoordeling" x WHERE x."persoonId" = k.id) b`,
    [...persoonIds],
  );
  return groupBy(rows, (r) => r.persoonId);
}

type Dimensies = { opleidingscode: string | null; leerweg: string | null };

/**
 * What the dashboards group an assessment by: for an mbo inschrijving the periode in force on the
 * teldatum (the latest begindatum on or before it, as the rules take it), for a diploma its opleiding.
 */
function dimensies(a: Assessment, person: PersonRecords): Dimensies {
  if (a.kind === "RESULTAAT") {
    return {
      opleidingscode:
        person.resultaten.find((r) => r.brin === a.brin && r.resultaatvolgnummer === a.volgnummer)?.opleidingscode ??
        null,
      leerweg: null,
    };
  }
  const inschrijving = person.mbo.find((i) => i.brin === a.brin && i.inschrijvingsvolgnummer === a.volgnummer);
  let periode: { opleidingscode: string; leerweg: string } | undefined;
  for (const p of inschrijving?.perioden ?? []) if (p.begindatum <= a.teldatum) periode = p;
  return { opleidingscode: periode?.opleidingscode ?? null, leerweg: periode?.leerweg ?? null };
}

/** An assessment row to insert, in one fixed shape. */
function beoordelingRow(
  key: StoredKey,
  persoonId: number,
  a: Assessment,
  berekendOp: Date,
  dims: Dimensies,
): BulkRow<"Bekostigingsbeoordeling"> {
  return {
    brin: key.brin,
    soort: key.soort,
    volgnummer: key.volgnummer,
    persoonId,
    peildatum: key.peildatum,
    status: a.status,
    codes: a.codes,
    gewicht: a.gewicht,
    parameters: a.parameters,
    definitief: a.definitief,
    berekendOp,
    opleidingscode: dims.opleidingscode,
    leerweg: dims.leerweg,
  };
}

type BeoordelingUpdate = {
  id: number;
  status: string;
  codes: string[];
  gewicht: number;
  parameters: Record<string, string>;
  definitief: boolean;
  berekendOp: Date;
} & Dimensies;

const beoordelingUpdate = (id: number, a: Assessment, berekendOp: Date, dims: Dimensies): BeoordelingUpdate => ({
  id,
  status: a.status,
  codes: a.codes,
  gewicht: a.gewicht,
  parameters: a.parameters,
  definitief: a.definitief,
  berekendOp,
  opleidingscode: dims.opleidingscode,
  leerweg: dims.leerweg,
});

const counted = (a: Assessment, dims: Dimensies): Geteld => {
  const key = storedKey(a);
  return geteld(a, key.peildatum, key.soort, dims);
};
const countedStored = (r: StoredAssessment): Geteld =>
  geteld(toAssessment(r), r.peildatum, r.soort, { opleidingscode: r.opleidingscode, leerweg: r.leerweg });

/** A signaal as stored; `volgnummer` is the inschrijving it rests on (a BPV's sleutel is `ivn/bpvnr`). */
const signaalRow = (s: RecordSignaal, persoonId: number, sindsOp: Date): BulkRow<"Signaal"> => ({
  brin: s.brin,
  soort: s.soort,
  sleutel: s.sleutel,
  code: s.code,
  parameters: s.parameters,
  persoonId,
  sindsOp,
  volgnummer: s.soort === "BPV" ? s.sleutel.split("/")[0] : s.sleutel,
});

type StoredSignaal = {
  id: number;
  persoonId: number;
  brin: string;
  soort: string;
  sleutel: string;
  code: string;
  parameters: unknown;
};
const signaalKey = (s: { brin: string; soort: string; sleutel: string; code: string }) =>
  `${s.brin}\u0000${s.soort}\u0000${s.sleutel}\u0000${s.code}`;

export interface SyncOptions {
  notifier: Notifier;
  /** Persons created in this transaction: their records are known and nothing is stored for them yet. */
  known?: ReadonlyMap<number, PersonRecords>;
}

/**
 * Brings persons' signalen and funding in line with their records. `senders` maps each person to the
 * institutions whose meldingen changed them: those get no bericht about their own change; a
 * reference-data recompute passes none, so every institution whose assessment changed is told.
 */
export async function syncPersons(
  tx: Tx,
  senders: ReadonlyMap<number, readonly string[]>,
  reference: ReferenceSnapshot,
  options: SyncOptions,
): Promise<Map<number, PersonSync>> {
  const out = new Map<number, PersonSync>();
  const ids = [...senders.keys()];
  if (!ids.length) return out;
  const known = options.known ?? new Map<number, PersonRecords>();
  const toRead = ids.filter((id) => !known.has(id));
  const records = new Map([...known].filter(([id]) => senders.has(id)));
  for (const [id, r] of await loadPersonRecordsMany(tx, toRead)) records.set(id, r);
  const assessmentsOf = await storedAssessments(tx, toRead);
  const signalenOf = groupBy(
    toRead.length
      ? await select<StoredSignaal>(
          tx,
          `SELECT s.id, s."persoonId", s.brin, s.soort::text AS soort, s.sleutel, s.code, s.parameters
           FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Signaal" x WHERE x."persoonId" = k.id AND x.code = ANY($2::text[])) s`,
          toRead,
          PERSISTENT_SIGNALEN,
        )
      : [],
    (s) => s.persoonId,
  );

  const creates: BulkRow<"Bekostigingsbeoordeling">[] = [];
  const updates: BeoordelingUpdate[] = [];
  const telling = new TellingDelta();
  const gone: number[] = [];
  const signaalCreates: BulkRow<"Signaal">[] = [];
  const signaalGone: number[] = [];
  const now = new Date();
  for (const persoonId of ids) {
    const person = records.get(persoonId);
    if (!person) continue; // removed meanwhile: nothing left to assess
    const stored = assessmentsOf.get(persoonId) ?? [];
    const existing = new Map(stored.map((r) => [keyOf(r), r]));
    const computed = assessPerson({
      person: { pgn: person.pgn, geboortedatum: person.geboortedatum, woonland: person.woonland },
      mboInschrijvingen: person.mbo,
      poInschrijvingen: person.po,
      resultaten: person.resultaten,
      reference,
      teldata: reference.teldata,
      frozen: stored.filter((r) => r.definitief).map(toAssessment),
    });
    const signalen = recordSignalen(person);
    if (known.has(persoonId)) {
      // A person created in this transaction has nothing stored yet: everything is new.
      for (const a of computed) {
        const dims = dimensies(a, person);
        creates.push(beoordelingRow(storedKey(a), persoonId, a, now, dims));
        telling.add(counted(a, dims), 1);
      }
      for (const s of signalen) signaalCreates.push(signaalRow(s, persoonId, now));
      out.set(persoonId, { records: person, assessments: computed, signalen, gewijzigd: computed.length });
      continue;
    }
    const own = senders.get(persoonId) ?? [];
    const seen = new Set<string>();
    let gewijzigd = 0;
    for (const a of computed) {
      const key = storedKey(a);
      const k = keyOf(key);
      seen.add(k);
      const before = existing.get(k);
      // A frozen ('D') assessment stays as it is, its dimensions included.
      if (before?.definitief && a.definitief) continue;
      const dims = dimensies(a, person);
      if (!before) {
        creates.push(beoordelingRow(key, persoonId, a, now, dims));
        telling.add(counted(a, dims), 1);
        gewijzigd++;
        continue;
      }
      const old = toAssessment(before);
      const sameDims = before.opleidingscode === dims.opleidingscode && before.leerweg === dims.leerweg;
      if (same(old, a) && sameDims) continue;
      telling.add(countedStored(before), -1);
      telling.add(counted(a, dims), 1);
      if (same(old, a)) {
        // Only the periode behind it moved: counted elsewhere, nothing else to tell.
        updates.push(beoordelingUpdate(before.id, a, now, dims));
        continue;
      }
      gewijzigd++;
      updates.push(beoordelingUpdate(before.id, a, now, dims));
      // domain.md: only a change of status, codes or gewicht is news to the other school.
      if (!own.includes(a.brin) && !sameFunding(old, a)) {
        options.notifier.send({
          brin: a.brin,
          soort: "BEKOSTIGING_GEWIJZIGD",
          gegevens: {
            volgnummer: a.volgnummer,
            ...(a.kind === "INSCHRIJVING" ? { teldatum: a.teldatum } : { kalenderjaar: a.kalenderjaar }),
            oudeStatus: old.status,
            oudeCodes: old.codes,
            nieuweStatus: a.status,
            nieuweCodes: a.codes,
          },
        });
      }
    }
    // Assessments of records that no longer exist or are no longer active go; definitive ones stay.
    for (const r of stored) {
      if (r.definitief || seen.has(keyOf(r))) continue;
      gone.push(r.id);
      telling.add(countedStored(r), -1);
      gewijzigd++;
    }

    // Signalen: the stored ones that still hold stay (with their sindsOp), the rest is replaced.
    const storedSignalen = new Map((signalenOf.get(persoonId) ?? []).map((s) => [signaalKey(s), s]));
    const wanted = new Set<string>();
    for (const s of signalen) {
      const k = signaalKey(s);
      wanted.add(k);
      const old = storedSignalen.get(k);
      if (old && sameFlat(old.parameters, s.parameters)) continue;
      if (old) signaalGone.push(old.id);
      signaalCreates.push(signaalRow(s, persoonId, now));
    }
    for (const [k, s] of storedSignalen) if (!wanted.has(k)) signaalGone.push(s.id);

    out.set(persoonId, { records: person, assessments: computed, signalen, gewijzigd });
  }
  deleteByIds(tx, "Signaal", signaalGone);
  insertRows(tx, "Signaal", signaalCreates);
  deleteByIds(tx, "Bekostigingsbeoordeling", gone);
  updateRows(
    tx,
    "Bekostigingsbeoordeling",
    ["status", "codes", "gewicht", "parameters", "definitief", "berekendOp", "opleidingscode", "leerweg"],
    updates,
  );
  insertRows(tx, "Bekostigingsbeoordeling", creates);
  telling.flush(tx);
  return out;
}
