// Form fields → the same camelCase melding the CSV and API paths validate, and every afkeuring
// (F from validation, R from the register) back to the form field it concerns. Pure: no database.
import {
  isAanwezig,
  KOLOMMEN,
  normaliseerder,
  toCamel,
  toSnake,
  valideerMelding,
  type Bevinding,
  type Melding,
  type Norm,
  type Soort,
} from "@/lib/register/validate";
import type { RegisterAfkeuring } from "@/lib/register/pipeline/types";

/** A flat form as posted: `datumInschrijving`, `perioden.0.opleidingscode`, … → text. */
export type Waarden = Record<string, string>;

/** A melding as far as it is known: camelCase fields, `perioden` as a list. */
type Invoer = Record<string, unknown>;

/** An afkeuring on the form: `veld` is the form field (`perioden.1.leerweg`), `kolom` the CSV column as the melding records it. */
export interface FormAfkeuring {
  code: string;
  kolom: string;
  veld: string;
  melding: string;
}

/** The list of perioden as a whole (no periode, or a periode-level afkeuring that names none). */
export const PERIODEN_VELD = "perioden";

/** A form holds at most this many perioden; more is not a real enrolment, and keeps a crafted post small. */
export const MAX_PERIODEN = 50;

const PERIODE_VELD = /^perioden\.(\d{1,2})\.([A-Za-z]+)$/;

type Plan = { kop: Map<string, Norm>; periode: Map<string, Norm> };
const plannen = new Map<Soort, Plan>();

/** The fields of a soort with the CSV column's normalisation (dd-mm-jjjj dates, j/n, numbers as text). */
function plan(soort: Soort): Plan {
  let p = plannen.get(soort);
  if (!p) {
    const k = KOLOMMEN[soort];
    const norm = (c: string): [string, Norm] => [toCamel(c), normaliseerder(c)];
    p = {
      kop: new Map(k.allowed.filter((c) => c !== "actie" && !k.periode.includes(c)).map(norm)),
      periode: new Map(k.periode.map(norm)),
    };
    plannen.set(soort, p);
  }
  return p;
}

/** FormData (or any entries) as trimmed text; files and unknown names are dropped. */
export function waardenUit(entries: Iterable<[string, FormDataEntryValue | string]>): Waarden {
  const uit: Waarden = {};
  for (const [naam, waarde] of entries) {
    if (typeof waarde === "string" && !naam.startsWith("$")) uit[naam] = waarde.trim();
  }
  return uit;
}

/**
 * The melding the validator reads: only the soort's own fields, normalised like a CSV cell, with
 * `vast` (what the server knows: brin, the key of a record being changed, the person's PGN)
 * winning over anything posted under the same name.
 */
export function formulierNaarInvoer(soort: Soort, waarden: Waarden, vast: Invoer): Invoer {
  const { kop, periode } = plan(soort);
  const invoer: Invoer = {};
  for (const [veld, norm] of kop) {
    const w = waarden[veld];
    if (w !== undefined) invoer[veld] = norm(w);
  }
  if (periode.size > 0) {
    const perIndex = new Map<number, Invoer>();
    for (const [naam, w] of Object.entries(waarden)) {
      const m = PERIODE_VELD.exec(naam);
      const norm = m ? periode.get(m[2]!) : undefined;
      if (!m || !norm) continue;
      const index = Number(m[1]);
      if (index >= MAX_PERIODEN) continue;
      const p = perIndex.get(index) ?? {};
      p[m[2]!] = norm(w);
      perIndex.set(index, p);
    }
    // In the order of the form; a row removed in the browser leaves no hole.
    invoer.perioden = [...perIndex.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
  }
  return { ...invoer, ...vast };
}

const veldVanPad = (pad: readonly (string | number)[]): string => pad.join(".");

/** The CSV column of a finding, as the upload's error report names it. */
function kolomVanPad(pad: readonly (string | number)[]): string {
  const [eerste, index, veld] = pad;
  if (eerste === PERIODEN_VELD && typeof index === "number")
    return typeof veld === "string" ? toSnake(veld) : "periode_begindatum";
  return toSnake(String(eerste ?? ""));
}

export function bevindingNaarAfkeuring(b: Bevinding): FormAfkeuring {
  return { code: b.code, kolom: kolomVanPad(b.pad), veld: veldVanPad(b.pad), melding: b.melding };
}

export type FormValidatie<S extends Soort> =
  | { ok: true; melding: Melding<S>; invoer: Invoer }
  | {
      ok: false;
      afkeuringen: FormAfkeuring[];
      invoer: Invoer;
      /** The fields that passed, for the reference checks. */ deel: Invoer;
    };

/** The field checks F01–F10 of the upload, on a form. */
export function valideerFormulier<S extends Soort>(
  soort: S,
  waarden: Waarden,
  vast: Invoer,
  vandaag: string,
): FormValidatie<S> {
  const invoer = formulierNaarInvoer(soort, waarden, vast);
  const r = valideerMelding(soort, invoer, { vandaag });
  return r.ok
    ? { ok: true, melding: r.melding, invoer }
    : { ok: false, afkeuringen: r.bevindingen.map(bevindingNaarAfkeuring), invoer, deel: r.deel };
}

/**
 * Where a form shows an afkeuring whose column it has no field for. A verzuimmelding's form is about
 * one pupil, so "not enrolled on datum_begin" (R03, reported on the PGN) is about the date.
 */
const VELD_VAN_KOLOM: Partial<Record<Soort, Record<string, string>>> = {
  "po-verzuim": { bsn: "datumBegin", onderwijsnummer: "datumBegin" },
};

/**
 * The form field of a register afkeuring (R01–R07), which names only a CSV column. A periode
 * column (R02 on opleidingscode or vestigingscode) goes to every periode whose value the message
 * names — the pipeline names the unknown code — and to the perioden as a whole when none does.
 */
export function registerAfkeuringNaarVelden(soort: Soort, a: RegisterAfkeuring, invoer: Invoer): FormAfkeuring[] {
  const veld = VELD_VAN_KOLOM[soort]?.[a.kolom] ?? toCamel(a.kolom);
  if (!plan(soort).periode.has(veld)) return [{ code: a.code, kolom: a.kolom, veld, melding: a.melding }];
  const perioden = Array.isArray(invoer.perioden) ? (invoer.perioden as Invoer[]) : [];
  const velden = perioden.flatMap((p, i) => {
    const w = p[veld];
    return isAanwezig(w) && a.melding.includes(String(w)) ? [`${PERIODEN_VELD}.${i}.${veld}`] : [];
  });
  return (velden.length ? velden : [PERIODEN_VELD]).map((v) => ({
    code: a.code,
    kolom: a.kolom,
    veld: v,
    melding: a.melding,
  }));
}
