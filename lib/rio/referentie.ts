// RIO reference data as the back-office maintains it: per soort its key, the fields a change is
// compared on, which of them the funding rules read, and how a row is written. A CSV import and a
// form edit both go through `planRows` (what would change) and `applyRows` (write it, audit it,
// plan the recompute), so there is one way to change reference data.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Leerweg, Sector } from "@/generated/prisma/enums";
import { planHerberekening, type Bereik } from "@/lib/register/funding/herberekening";
import { fromDb, toDb } from "@/lib/shared/dates";
import { instellingRow, licentieRow, opleidingRow, vestigingRow } from "./formats";
import { VertaalbareFout } from "@/lib/i18n/fout";

type Tx = Prisma.TransactionClient;

export const bestuurRow = z.object({
  bestuurscode: z.string().regex(/^\d{3}B\d{3}$/),
  naam: z.string().min(1),
});

export const REFERENTIE_SCHEMAS = {
  instellingen: instellingRow,
  besturen: bestuurRow,
  vestigingen: vestigingRow,
  opleidingen: opleidingRow,
  licenties: licentieRow,
} as const;

export type ReferentieSoort = keyof typeof REFERENTIE_SCHEMAS;
export const REFERENTIE_SOORTEN = Object.keys(REFERENTIE_SCHEMAS) as ReferentieSoort[];
export const isReferentieSoort = (value: unknown): value is ReferentieSoort =>
  typeof value === "string" && value in REFERENTIE_SCHEMAS;

/** A row as parsed by its zod schema (J/N as booleans, dates as ISO strings). */
export type ReferentieRij = Record<string, string | number | boolean | string[] | null>;
export type Waarde = string | number | boolean | null;
export type Velden = Record<string, Waarde>;

export class ReferentieInvoerError extends VertaalbareFout {}

export interface Wijziging {
  veld: string;
  voor: Waarde;
  na: Waarde;
}

export interface GeplandeRij {
  rij: number;
  sleutel: string;
  /** Absent for a new record. */
  wijzigingen?: Wijziging[];
  na: Velden;
}

export interface RijFout {
  rij: number;
  melding: string;
}

export interface Plan {
  nieuw: GeplandeRij[];
  gewijzigd: GeplandeRij[];
  ongewijzigd: number;
  fouten: RijFout[];
  /** The recompute the changes call for; null when no funding-relevant field changes. */
  herberekening: Bereik | null;
}

interface Definitie {
  key(row: ReferentieRij): string;
  /** The compared fields of a parsed row, as plain values (lists joined with ","). */
  velden(row: ReferentieRij): Velden;
  /** Current fields per key, for the keys given. */
  huidig(tx: Tx, keys: string[]): Promise<Map<string, Velden>>;
  /** Problems that need the database (a reference to something unknown), in Dutch. */
  controleer(tx: Tx, rows: ReferentieRij[]): Promise<(string | null)[]>;
  schrijf(tx: Tx, row: ReferentieRij, bestaat: boolean): Promise<void>;
  /** The recompute scope of a change of these fields, or null when funding does not read them. */
  bereik(row: ReferentieRij, gewijzigd: string[] | "nieuw"): Bereik | null;
  brin(row: ReferentieRij): string | null;
  entiteit: string;
}

const s = (v: unknown) => v as string;
const d = (v: unknown) => toDb(v as string | null);
const list = (v: unknown) => (v as string[]).join(",");

async function existing<T>(rows: T[], key: (r: T) => string, velden: (r: T) => Velden): Promise<Map<string, Velden>> {
  return new Map(rows.map((r) => [key(r), velden(r)]));
}

const DEFINITIES: Record<ReferentieSoort, Definitie> = {
  besturen: {
    entiteit: "Bestuur",
    key: (r) => s(r.bestuurscode),
    velden: (r) => ({ naam: s(r.naam) }),
    huidig: async (tx, keys) =>
      existing(
        await tx.bestuur.findMany({ where: { bestuurscode: { in: keys } } }),
        (b) => b.bestuurscode,
        (b) => ({ naam: b.naam }),
      ),
    controleer: async (_tx, rows) => rows.map(() => null),
    schrijf: async (tx, r) => {
      await tx.bestuur.upsert({
        where: { bestuurscode: s(r.bestuurscode) },
        create: { bestuurscode: s(r.bestuurscode), naam: s(r.naam) },
        update: { naam: s(r.naam) },
      });
    },
    bereik: () => null,
    brin: () => null,
  },
  instellingen: {
    entiteit: "Instelling",
    key: (r) => s(r.brin),
    velden: (r) => ({
      naam: s(r.naam),
      sector: s(r.sector),
      bestuurscode: s(r.bestuurscode),
      bestuursnaam: s(r.bestuursnaam),
      plaats: s(r.plaats),
      bekostigd: r.bekostigd as boolean,
    }),
    huidig: async (tx, keys) =>
      existing(
        await tx.instelling.findMany({ where: { brin: { in: keys } }, include: { bestuur: true } }),
        (i) => i.brin,
        (i) => ({
          naam: i.naam,
          sector: i.sector,
          bestuurscode: i.bestuurscode,
          bestuursnaam: i.bestuur.naam,
          plaats: i.plaats,
          bekostigd: i.bekostigd,
        }),
      ),
    controleer: async (_tx, rows) => rows.map(() => null),
    schrijf: async (tx, r, bestaat) => {
      const bestuurscode = s(r.bestuurscode);
      await tx.bestuur.upsert({
        where: { bestuurscode },
        create: { bestuurscode, naam: s(r.bestuursnaam) },
        update: { naam: s(r.bestuursnaam) },
      });
      const data = {
        naam: s(r.naam),
        sector: r.sector as Sector,
        bestuurscode,
        plaats: s(r.plaats),
        bekostigd: r.bekostigd as boolean,
      };
      if (bestaat) await tx.instelling.update({ where: { brin: s(r.brin) }, data });
      else await tx.instelling.create({ data: { brin: s(r.brin), ...data } });
    },
    // A new institution has no inschrijvingen yet; sector and bekostigd are read by M03 and P02.
    bereik: (r, gewijzigd) =>
      gewijzigd !== "nieuw" && gewijzigd.some((v) => v === "sector" || v === "bekostigd") ? { brin: s(r.brin) } : null,
    brin: (r) => s(r.brin),
  },
  vestigingen: {
    entiteit: "Vestiging",
    key: (r) => s(r.vestigingscode),
    velden: (r) => ({
      brin: s(r.brin),
      naam: s(r.naam),
      straat: s(r.straat),
      huisnummer: s(r.huisnummer),
      postcode: s(r.postcode),
      plaats: s(r.plaats),
    }),
    huidig: async (tx, keys) =>
      existing(
        await tx.vestiging.findMany({ where: { vestigingscode: { in: keys } } }),
        (v) => v.vestigingscode,
        (v) => ({
          brin: v.brin,
          naam: v.naam,
          straat: v.straat,
          huisnummer: v.huisnummer,
          postcode: v.postcode,
          plaats: v.plaats,
        }),
      ),
    controleer: async (tx, rows) => {
      const brins = new Set((await tx.instelling.findMany({ select: { brin: true } })).map((i) => i.brin));
      return rows.map((r) => {
        if (!brins.has(s(r.brin))) return `instelling ${s(r.brin)} bestaat niet`;
        if (!s(r.vestigingscode).startsWith(s(r.brin)))
          return `vestigingscode ${s(r.vestigingscode)} begint niet met de brin ${s(r.brin)}`;
        return null;
      });
    },
    schrijf: async (tx, r, bestaat) => {
      const data = {
        brin: s(r.brin),
        naam: s(r.naam),
        straat: s(r.straat),
        huisnummer: s(r.huisnummer),
        postcode: s(r.postcode),
        plaats: s(r.plaats),
      };
      if (bestaat) await tx.vestiging.update({ where: { vestigingscode: s(r.vestigingscode) }, data });
      else await tx.vestiging.create({ data: { vestigingscode: s(r.vestigingscode), ...data } });
    },
    bereik: () => null,
    brin: (r) => s(r.brin),
  },
  opleidingen: {
    entiteit: "Opleiding",
    key: (r) => s(r.opleidingscode),
    velden: (r) => ({
      naam: s(r.naam),
      niveau: r.niveau as number,
      specialist: r.specialist as boolean,
      toegestane_leerwegen: list(r.toegestane_leerwegen),
      prijsfactor: Number(r.prijsfactor).toFixed(3),
      ingangsdatum: s(r.ingangsdatum),
      einddatum: r.einddatum as string | null,
      instroomeinddatum: r.instroomeinddatum as string | null,
    }),
    huidig: async (tx, keys) =>
      existing(
        await tx.opleiding.findMany({ where: { opleidingscode: { in: keys } } }),
        (o) => o.opleidingscode,
        (o) => ({
          naam: o.naam,
          niveau: o.niveau,
          specialist: o.specialist,
          toegestane_leerwegen: o.toegestaneLeerwegen.join(","),
          prijsfactor: Number(o.prijsfactor).toFixed(3),
          ingangsdatum: fromDb(o.ingangsdatum),
          einddatum: fromDb(o.einddatum),
          instroomeinddatum: fromDb(o.instroomeinddatum),
        }),
      ),
    controleer: async (_tx, rows) =>
      rows.map((r) => {
        if (r.einddatum !== null && s(r.einddatum) < s(r.ingangsdatum)) return "einddatum ligt vóór de ingangsdatum";
        if (r.instroomeinddatum !== null && s(r.instroomeinddatum) < s(r.ingangsdatum))
          return "instroomeinddatum ligt vóór de ingangsdatum";
        if (Number(r.prijsfactor) >= 1000) return "prijsfactor is te groot (hoogstens 999,999)";
        return null;
      }),
    schrijf: async (tx, r, bestaat) => {
      const data = {
        naam: s(r.naam),
        niveau: r.niveau as number,
        specialist: r.specialist as boolean,
        toegestaneLeerwegen: r.toegestane_leerwegen as Leerweg[],
        prijsfactor: Number(r.prijsfactor).toFixed(3),
        ingangsdatum: d(r.ingangsdatum)!,
        einddatum: d(r.einddatum),
        instroomeinddatum: d(r.instroomeinddatum),
      };
      if (bestaat) await tx.opleiding.update({ where: { opleidingscode: s(r.opleidingscode) }, data });
      else await tx.opleiding.create({ data: { opleidingscode: s(r.opleidingscode), ...data } });
    },
    // Every field but the name is read by the rules (M02, M04, D02, D03, gewicht); a new opleiding has no students yet.
    bereik: (r, gewijzigd) =>
      gewijzigd !== "nieuw" && gewijzigd.some((v) => v !== "naam") ? { opleidingscode: s(r.opleidingscode) } : null,
    brin: () => null,
  },
  licenties: {
    entiteit: "Licentie",
    key: (r) => `${s(r.brin)}/${s(r.opleidingscode)}/${s(r.leerweg)}`,
    velden: (r) => ({
      bekostigd: r.bekostigd as boolean,
      begindatum: s(r.begindatum),
      einddatum: r.einddatum as string | null,
    }),
    huidig: async (tx, keys) => {
      const brins = [...new Set(keys.map((k) => k.split("/")[0]!))];
      const rows = await tx.licentie.findMany({ where: { brin: { in: brins } } });
      return existing(
        rows,
        (l) => `${l.brin}/${l.opleidingscode}/${l.leerweg}`,
        (l) => ({ bekostigd: l.bekostigd, begindatum: fromDb(l.begindatum), einddatum: fromDb(l.einddatum) }),
      );
    },
    controleer: async (tx, rows) => {
      const [brins, codes] = await Promise.all([
        tx.instelling.findMany({ select: { brin: true, sector: true } }),
        tx.opleiding.findMany({ select: { opleidingscode: true } }),
      ]);
      const sector = new Map(brins.map((i) => [i.brin, i.sector]));
      const opleidingen = new Set(codes.map((o) => o.opleidingscode));
      return rows.map((r) => {
        if (!sector.has(s(r.brin))) return `instelling ${s(r.brin)} bestaat niet`;
        if (sector.get(s(r.brin)) !== "MBO") return `instelling ${s(r.brin)} is geen mbo-instelling`;
        if (!opleidingen.has(s(r.opleidingscode))) return `opleiding ${s(r.opleidingscode)} bestaat niet`;
        if (r.einddatum !== null && s(r.einddatum) < s(r.begindatum)) return "einddatum ligt vóór de begindatum";
        return null;
      });
    },
    schrijf: async (tx, r, bestaat) => {
      const key = { brin: s(r.brin), opleidingscode: s(r.opleidingscode), leerweg: r.leerweg as Leerweg };
      const data = { bekostigd: r.bekostigd as boolean, begindatum: d(r.begindatum)!, einddatum: d(r.einddatum) };
      if (bestaat) await tx.licentie.update({ where: { brin_opleidingscode_leerweg: key }, data });
      else await tx.licentie.create({ data: { ...key, ...data } });
    },
    // M03 and D04 read every field of a licence, and a new one can fund students who were not.
    bereik: (r) => ({ brin: s(r.brin), opleidingscode: s(r.opleidingscode) }),
    brin: (r) => s(r.brin),
  },
};

export const entiteitVan = (soort: ReferentieSoort) => DEFINITIES[soort].entiteit;

/** The narrowest single scope covering every change: what they share, else everything. */
export function combineerBereik(bereiken: Bereik[]): Bereik | null {
  if (bereiken.length === 0) return null;
  const common = (field: keyof Bereik) => {
    const values = new Set(bereiken.map((b) => b[field]));
    const only = values.size === 1 ? [...values][0] : undefined;
    return only === undefined ? {} : { [field]: only };
  };
  return { ...common("brin"), ...common("opleidingscode"), ...common("sector") } as Bereik;
}

const gelijk = (a: Waarde | undefined, b: Waarde | undefined) => (a ?? null) === (b ?? null);

/**
 * Compares parsed rows (with their row numbers) with the register. Rows whose references are
 * unknown, and a key that occurs twice, become errors; nothing is written.
 */
export async function planRows(
  tx: Tx,
  soort: ReferentieSoort,
  rows: { rij: number; data: ReferentieRij }[],
  fouten: RijFout[] = [],
): Promise<Plan> {
  const def = DEFINITIES[soort];
  const problemen = await def.controleer(
    tx,
    rows.map((r) => r.data),
  );
  const eerste = new Map<string, number>();
  const geldig: { rij: number; data: ReferentieRij; sleutel: string }[] = [];
  const alleFouten = [...fouten];
  rows.forEach((row, i) => {
    const sleutel = def.key(row.data);
    const eerder = eerste.get(sleutel);
    if (problemen[i]) alleFouten.push({ rij: row.rij, melding: `rij ${row.rij}: ${problemen[i]}` });
    else if (eerder !== undefined)
      alleFouten.push({ rij: row.rij, melding: `rij ${row.rij}: ${sleutel} staat ook al op rij ${eerder}` });
    else geldig.push({ ...row, sleutel });
    if (eerder === undefined) eerste.set(sleutel, row.rij);
  });
  const huidig = await def.huidig(
    tx,
    geldig.map((g) => g.sleutel),
  );
  const plan: Plan = {
    nieuw: [],
    gewijzigd: [],
    ongewijzigd: 0,
    fouten: alleFouten.sort((a, b) => a.rij - b.rij),
    herberekening: null,
  };
  const bereiken: Bereik[] = [];
  for (const row of geldig) {
    const na = def.velden(row.data);
    const voor = huidig.get(row.sleutel);
    if (!voor) {
      plan.nieuw.push({ rij: row.rij, sleutel: row.sleutel, na });
      const b = def.bereik(row.data, "nieuw");
      if (b) bereiken.push(b);
      continue;
    }
    const wijzigingen = Object.keys(na)
      .filter((veld) => !gelijk(voor[veld], na[veld]))
      .map((veld) => ({ veld, voor: voor[veld] ?? null, na: na[veld] ?? null }));
    if (wijzigingen.length === 0) {
      plan.ongewijzigd++;
      continue;
    }
    plan.gewijzigd.push({ rij: row.rij, sleutel: row.sleutel, wijzigingen, na });
    const b = def.bereik(
      row.data,
      wijzigingen.map((w) => w.veld),
    );
    if (b) bereiken.push(b);
  }
  plan.herberekening = combineerBereik(bereiken);
  return plan;
}

/**
 * Writes what `planRows` found (new and changed rows only), one AuditEvent per record, and plans
 * one recompute when funding reads a changed field. Call inside the caller's transaction.
 */
export async function applyRows(
  tx: Tx,
  soort: ReferentieSoort,
  rows: { rij: number; data: ReferentieRij }[],
  input: { actor: string; aanleiding: string; reden?: string },
): Promise<{ plan: Plan; herberekeningId: string | null }> {
  const def = DEFINITIES[soort];
  const plan = await planRows(tx, soort, rows);
  if (plan.fouten.length)
    throw new ReferentieInvoerError("rijFouten", { fouten: plan.fouten.map((f) => f.melding).join("\n") });
  const byRij = new Map(rows.map((r) => [r.rij, r.data]));
  for (const change of [...plan.nieuw, ...plan.gewijzigd]) {
    const row = byRij.get(change.rij)!;
    const bestaat = change.wijzigingen !== undefined;
    await def.schrijf(tx, row, bestaat);
    await tx.auditEvent.create({
      data: {
        actorType: "USER",
        actor: input.actor,
        brin: def.brin(row),
        entiteit: def.entiteit,
        sleutel: change.sleutel,
        actie: bestaat ? "WIJZIGEN" : "TOEVOEGEN",
        voor: bestaat ? Object.fromEntries(change.wijzigingen!.map((w) => [w.veld, w.voor])) : undefined,
        na: bestaat ? Object.fromEntries(change.wijzigingen!.map((w) => [w.veld, w.na])) : change.na,
        reden: input.reden ?? null,
      },
    });
  }
  const herberekeningId = plan.herberekening
    ? await planHerberekening(tx, { aanleiding: input.aanleiding, bereik: plan.herberekening, actor: input.actor })
    : null;
  return { plan, herberekeningId };
}
