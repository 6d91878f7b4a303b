// CSV rows → one melding: grouping rows per inschrijving, snake_case → camelCase, afkeuringen per column and row.
import { uniek, type Afkeuring, type Bevinding } from "./afkeuring";
import { alsDeel, valideerMelding, valideerVerwijdering, type ValidatieOpties } from "./engine";
import type { Deel } from "./regels";
import type { Melding } from "./schemas";
import { isInschrijvingSoort, KOLOMMEN, toCamel, toSnake, type Soort } from "./soorten";

/** A row as the CSV reader yields it. */
export interface Rij {
  rij: number;
  values: Record<string, string>;
}

/** The melding, or its afkeuringen with the fields that did pass (see Uitkomst in engine.ts). */
export type RijenUitkomst<S extends Soort> =
  { ok: true; melding: Melding<S> } | { ok: false; afkeuringen: Afkeuring[]; deel: Deel };

/**
 * The rows of one file grouped per inschrijving (brin + inschrijvingsvolgnummer), groups in the
 * order their first row appears; rows need not be adjacent (formats.md).
 */
export function groepeerPerInschrijving<T extends Rij>(rijen: Iterable<T>): T[][] {
  // Nested maps instead of one concatenated key: no new string to build and hash per row.
  const perBrin = new Map<string, Map<string, T[]>>();
  const groepen: T[][] = [];
  for (const r of rijen) {
    const brin = r.values.brin ?? "";
    const ivn = r.values.inschrijvingsvolgnummer ?? "";
    let perIvn = perBrin.get(brin);
    if (!perIvn) perBrin.set(brin, (perIvn = new Map()));
    const g = perIvn.get(ivn);
    if (g) g.push(r);
    else {
      const nieuw = [r];
      perIvn.set(ivn, nieuw);
      groepen.push(nieuw);
    }
  }
  return groepen;
}

export type Norm = (v: string) => unknown;

const DATUM_NL = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/**
 * File conventions that the API does not have (formats.md): DD-MM-YYYY dates (also as Dutch Excel
 * writes them, 1-8-2026), j/n, numbers as text, a reden that lost its leading zero in Excel.
 * Empty means absent. Chosen once per column, not per cell. The portal's forms use it too, so a
 * form field accepts exactly what a file's cell accepts.
 */
export function normaliseerder(kolom: string): Norm {
  if (kolom.includes("datum")) {
    return (v) => {
      if (v === "") return undefined;
      const m = DATUM_NL.exec(v);
      return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : v;
    };
  }
  switch (kolom) {
    case "indicatie_bekostigbaar":
      return (v) => (v === "" ? undefined : v === "j" || v === "n" ? v.toUpperCase() : v);
    case "reden_uitschrijving":
      return (v) => (v === "" ? undefined : /^\d$/.test(v) ? `0${v}` : v);
    case "groep":
    case "omvang_uren":
      return (v) => (v === "" ? undefined : /^\d{1,9}$/.test(v) ? Number(v) : v);
    case "postcode":
      return (v) => (v === "" ? undefined : v.replace(" ", ""));
    default:
      return (v) => (v === "" ? undefined : v);
  }
}

/** A CSV column, its camelCase field and its normalisation. */
type Kolom = [kolom: string, veld: string, norm: Norm];

interface Plan {
  /** Inschrijving-level columns (the whole melding). */
  kop: Kolom[];
  /** Periode-level columns (one periode per row). */
  periode: Kolom[];
  sleutel: Kolom[];
}

const plannen = new Map<Soort, Plan>();
function plan(soort: Soort): Plan {
  let p = plannen.get(soort);
  if (!p) {
    const k = KOLOMMEN[soort];
    const kolom = (c: string): Kolom => [c, toCamel(c), normaliseerder(c)];
    p = {
      kop: k.allowed.filter((c) => c !== "actie" && !k.periode.includes(c)).map(kolom),
      periode: k.periode.map(kolom),
      sleutel: k.key.map(kolom),
    };
    plannen.set(soort, p);
  }
  return p;
}

/** Rows of one inschrijving must agree on everything but the periode columns (F09). */
function vergelijk(soort: Soort, rijen: readonly Rij[], uit: Afkeuring[]): void {
  const eerste = rijen[0]!;
  for (const r of rijen.slice(1)) {
    if (actie(r) !== actie(eerste)) uit.push(wijktAf("actie", r, eerste));
    for (const [c, , norm] of plan(soort).kop) {
      const a = eerste.values[c] ?? "";
      const b = r.values[c] ?? "";
      // Equal text is equal; otherwise compare as understood (01-08-2026 = 2026-08-01).
      if (a !== b && norm(a) !== norm(b)) uit.push(wijktAf(c, r, eerste));
    }
  }
}

// No values in the text: the column may be a BSN.
const wijktAf = (kolom: string, r: Rij, eerste: Rij): Afkeuring => ({
  code: "F09",
  kolom,
  rij: r.rij,
  melding: `Rij ${r.rij} wijkt in deze kolom af van rij ${eerste.rij} van dezelfde inschrijving.`,
});

const actie = (r: Rij): string => (r.values.actie ?? "").toLowerCase();

/**
 * Validates the rows of ONE melding: for inschrijvingen all rows of one brin + inschrijvingsvolgnummer
 * (one per periode, see groepeerPerInschrijving), otherwise exactly one row. Returns the typed
 * melding or every afkeuring, each with its column and spreadsheet row.
 */
export function valideerRijen<S extends Soort>(
  soort: S,
  rijen: readonly Rij[],
  opties: ValidatieOpties,
): RijenUitkomst<S> {
  const eerste = rijen[0];
  if (!eerste) throw new TypeError("valideerRijen: geen rijen");
  if (rijen.length > 1 && !isInschrijvingSoort(soort))
    throw new TypeError(`valideerRijen: ${soort} is één rij per melding`);
  const p = plan(soort);
  const uit: Afkeuring[] = [];
  for (const r of rijen) {
    const a = actie(r);
    if (a !== "" && a !== "verwijderen") {
      uit.push({
        code: "F06",
        kolom: "actie",
        rij: r.rij,
        melding: `'${a.slice(0, 40)}' is geen geldige actie; laat de kolom leeg of vul 'verwijderen' in.`,
      });
    }
  }
  if (rijen.length > 1) vergelijk(soort, rijen, uit);

  const naarAfkeuring = (b: Bevinding): Afkeuring => {
    const [eersteStap, index, veld] = b.pad;
    if (eersteStap === "perioden" && typeof index === "number") {
      return {
        code: b.code,
        kolom: typeof veld === "string" ? toSnake(veld) : "periode_begindatum",
        rij: rijen[index]?.rij ?? eerste.rij,
        melding: b.melding,
      };
    }
    // An inschrijving-level field is in every row of the melding: reported on each (api.md).
    return {
      code: b.code,
      kolom: toSnake(String(eersteStap ?? "")),
      ...(rijen.length > 1 ? {} : { rij: eerste.rij }),
      melding: b.melding,
    };
  };

  let r;
  if (actie(eerste) === "verwijderen") {
    const sleutel: Deel = {};
    for (const [c, v, norm] of p.sleutel) sleutel[v] = norm(eerste.values[c] ?? "");
    r = valideerVerwijdering(soort, sleutel);
  } else {
    const invoer: Deel = {};
    for (const [c, v, norm] of p.kop) invoer[v] = norm(eerste.values[c] ?? "");
    if (p.periode.length > 0) {
      invoer.perioden = rijen.map((rij) => {
        const periode: Deel = {};
        for (const [c, v, norm] of p.periode) periode[v] = norm(rij.values[c] ?? "");
        return periode;
      });
    }
    r = valideerMelding(soort, invoer, opties);
  }
  if (!r.ok) uit.push(...r.bevindingen.map(naarAfkeuring));
  if (uit.length === 0 && r.ok) return { ok: true, melding: r.melding };
  const afkeuringen = uniek(uit, (a) => `${a.kolom}\u0000${a.rij ?? ""}`).sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
  return { ok: false, afkeuringen, deel: r.ok ? alsDeel(r.melding as { sleutel: object; gegevens?: object }) : r.deel };
}
