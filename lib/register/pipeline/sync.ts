// After a melding: bring one person's stored signalen and funding assessments in line with their
// records, and tell other institutions whose assessments changed (BEKOSTIGING_GEWIJZIGD).
import { assessPerson } from "@/lib/bekostiging/assess";
import type { Assessment } from "@/lib/bekostiging/types";
import { insertRows, type BulkRow } from "./bulk";
import { fromDb, toDb } from "./dates";
import { groupBy } from "./group";
import { loadPersonRecordsMany, type Tx } from "./person-records";
import type { ReferenceSnapshot } from "./reference";
import { recordSignalen } from "./signalen";

const PERSISTENT_SIGNALEN = ["S01", "S02", "S04", "S05"];

type StoredKey = { brin: string; soort: string; volgnummer: string; peildatum: string };
const keyOf = (k: StoredKey) => `${k.brin}\u0000${k.soort}\u0000${k.volgnummer}\u0000${k.peildatum}`;

/** Where an assessment is stored: diplomas under 1 January of their kalenderjaar. */
export function storedKey(a: Assessment): StoredKey {
  return a.kind === "INSCHRIJVING"
    ? { brin: a.brin, soort: "INSCHRIJVING", volgnummer: a.volgnummer, peildatum: a.teldatum }
    : { brin: a.brin, soort: "RESULTAAT", volgnummer: a.volgnummer, peildatum: `${a.kalenderjaar}-01-01` };
}

type StoredRow = Awaited<ReturnType<Tx["bekostigingsbeoordeling"]["findMany"]>>[number];

export function toAssessment(row: StoredRow): Assessment {
  const base = {
    brin: row.brin,
    volgnummer: row.volgnummer,
    status: row.status as "J" | "N",
    codes: row.codes,
    gewicht: Number(row.gewicht),
    parameters: (row.parameters ?? {}) as Record<string, string>,
    definitief: row.definitief,
  };
  const peildatum = fromDb(row.peildatum);
  return row.soort === "RESULTAAT"
    ? { ...base, kind: "RESULTAAT", kalenderjaar: Number(peildatum.slice(0, 4)) }
    : { ...base, kind: "INSCHRIJVING", teldatum: peildatum };
}

const same = (a: Assessment, b: Assessment) =>
  a.status === b.status &&
  a.gewicht === b.gewicht &&
  a.codes.join() === b.codes.join() &&
  JSON.stringify(a.parameters) === JSON.stringify(b.parameters) &&
  a.definitief === b.definitief;

export interface PersonSync {
  assessments: Assessment[];
  /** Assessments created, changed or removed. */
  gewijzigd: number;
}

/**
 * Brings persons' signalen and funding in line with their records. `senders` maps each person to the
 * institutions whose meldingen changed them: those get no bericht about their own change; a
 * reference-data recompute passes none, so every institution whose assessment changed is told.
 * Reads and inserts are one query per table for the whole batch; only an assessment that changed
 * is updated on its own.
 */
export async function syncPersons(tx: Tx, senders: ReadonlyMap<number, readonly string[]>, reference: ReferenceSnapshot): Promise<Map<number, PersonSync>> {
  const ids = [...senders.keys()];
  const out = new Map<number, PersonSync>();
  if (!ids.length) return out;
  const records = await loadPersonRecordsMany(tx, ids);

  await tx.signaal.deleteMany({ where: { persoonId: { in: ids }, code: { in: PERSISTENT_SIGNALEN } } });
  const signalen = [...records.values()].flatMap((r) => recordSignalen(r).map((s) => ({ ...s, persoonId: r.persoonId })));
  const sindsOp = new Date();
  await insertRows(tx, "Signaal", signalen.map((s) => ({ ...s, sindsOp })));

  const allRows = await tx.bekostigingsbeoordeling.findMany({ where: { persoonId: { in: ids } } });
  const rowsOf = groupBy(allRows, (r) => r.persoonId);

  const creates: BulkRow<"Bekostigingsbeoordeling">[] = [];
  const berichten: Omit<BulkRow<"Bericht">, "gelezen" | "aangemaaktOp">[] = [];
  const goneIds: number[] = [];
  const berekendOp = new Date();
  for (const persoonId of ids) {
    const person = records.get(persoonId);
    if (!person) continue; // removed meanwhile: nothing left to assess
    const existingRows = rowsOf.get(persoonId) ?? [];
    const existing = new Map(existingRows.map((r) => [keyOf({ brin: r.brin, soort: r.soort, volgnummer: r.volgnummer, peildatum: fromDb(r.peildatum) }), r]));
    const computed = assessPerson({
      person: { pgn: person.pgn, geboortedatum: person.geboortedatum, woonland: person.woonland },
      mboInschrijvingen: person.mbo,
      poInschrijvingen: person.po,
      resultaten: person.resultaten,
      reference,
      teldata: reference.teldata,
      frozen: existingRows.filter((r) => r.definitief).map(toAssessment),
    });
    const own = senders.get(persoonId) ?? [];
    const seen = new Set<string>();
    let gewijzigd = 0;
    for (const a of computed) {
      const key = storedKey(a);
      const k = keyOf(key);
      seen.add(k);
      const before = existing.get(k);
      const data = { status: a.status, codes: a.codes, gewicht: a.gewicht, parameters: a.parameters, definitief: a.definitief, berekendOp };
      if (!before) {
        creates.push({ ...key, peildatum: toDb(key.peildatum), persoonId, ...data });
        gewijzigd++;
        continue;
      }
      const old = toAssessment(before);
      if (same(old, a)) continue;
      gewijzigd++;
      await tx.bekostigingsbeoordeling.update({ where: { id: before.id }, data });
      if (!own.includes(a.brin)) {
        berichten.push({
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
    const gone = existingRows.filter((r) => !r.definitief && !seen.has(keyOf({ brin: r.brin, soort: r.soort, volgnummer: r.volgnummer, peildatum: fromDb(r.peildatum) })));
    goneIds.push(...gone.map((r) => r.id));
    out.set(persoonId, { assessments: computed, gewijzigd: gewijzigd + gone.length });
  }
  await insertRows(tx, "Bekostigingsbeoordeling", creates);
  if (goneIds.length) await tx.bekostigingsbeoordeling.deleteMany({ where: { id: { in: goneIds } } });
  await insertRows(tx, "Bericht", berichten.map((b) => ({ ...b, gelezen: false, aangemaaktOp: berekendOp })));
  return out;
}
