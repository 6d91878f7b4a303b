// The RIO reference data the generator draws from, built in (a test checks it against prisma/data/rio/*.csv).
//
// Built in rather than read at run time so the generator stays pure and works in any process
// (CLI, bench, tests) without file access; the check test catches drift from the demo files.

export type Leerweg = "BOL" | "BBL" | "EX";
export type Sector = "MBO" | "PO";

export interface Instelling {
  brin: string;
  sector: Sector;
}

export interface Opleiding {
  code: string;
  niveau: number;
  leerwegen: readonly Leerweg[];
}

export interface Licentie {
  brin: string;
  opleidingscode: string;
  leerweg: Leerweg;
}

export const INSTELLINGEN: readonly Instelling[] = [
  { brin: "25AA", sector: "MBO" },
  { brin: "25BB", sector: "MBO" },
  { brin: "25CC", sector: "MBO" },
  { brin: "01AB", sector: "PO" },
  { brin: "02CD", sector: "PO" },
  { brin: "03EF", sector: "PO" },
  { brin: "04GH", sector: "PO" },
];

export const VESTIGINGEN: Readonly<Record<string, readonly string[]>> = {
  "25AA": ["25AA00", "25AA01"],
  "25BB": ["25BB00"],
  "25CC": ["25CC00"],
  "01AB": ["01AB00", "01AB01"],
  "02CD": ["02CD00"],
  "03EF": ["03EF00"],
  "04GH": ["04GH00"],
};

export const OPLEIDINGEN: readonly Opleiding[] = [
  { code: "90001", niveau: 1, leerwegen: ["BOL", "BBL"] },
  { code: "90002", niveau: 2, leerwegen: ["BOL", "BBL"] },
  { code: "90003", niveau: 3, leerwegen: ["BOL", "BBL"] },
  { code: "90004", niveau: 4, leerwegen: ["BOL"] },
  { code: "90005", niveau: 2, leerwegen: ["BBL"] },
  { code: "90006", niveau: 4, leerwegen: ["BOL"] },
  { code: "90007", niveau: 4, leerwegen: ["BOL", "BBL"] },
  { code: "90008", niveau: 2, leerwegen: ["BOL", "BBL"] },
  { code: "90009", niveau: 4, leerwegen: ["BOL", "BBL"] },
];

// Every licence regardless of bekostigd or end date: the funding codes (M03) may vary, that is the point.
const L = (brin: string, code: string, ...leerwegen: Leerweg[]): Licentie[] =>
  leerwegen.map((leerweg) => ({ brin, opleidingscode: code, leerweg }));

export const LICENTIES: readonly Licentie[] = [
  ...L("25AA", "90001", "BOL", "BBL"),
  ...L("25AA", "90002", "BOL", "BBL"),
  ...L("25AA", "90003", "BOL", "BBL"),
  ...L("25AA", "90004", "BOL"),
  ...L("25AA", "90005", "BBL"),
  ...L("25AA", "90006", "BOL"),
  ...L("25AA", "90007", "BOL", "BBL"),
  ...L("25AA", "90008", "BOL", "BBL"),
  ...L("25AA", "90009", "BOL", "BBL"),
  ...L("25BB", "90002", "BOL", "BBL"),
  ...L("25BB", "90003", "BOL", "BBL"),
  ...L("25BB", "90004", "BOL"),
  ...L("25BB", "90005", "BBL"),
  ...L("25BB", "90007", "BOL", "BBL"),
  ...L("25CC", "90004", "BOL"),
  ...L("25CC", "90006", "BOL"),
];

/**
 * Relative size of each institution: with the default mbo brins 30% of the inschrijvingen are at
 * 25AA, as the bench's `pages` scenario expects (300,000 of 1 M). Unlisted brins weigh 1.
 */
export const BRIN_GEWICHT: Readonly<Record<string, number>> = {
  "25AA": 3,
  "25BB": 5,
  "25CC": 2,
  "01AB": 4,
  "02CD": 3,
  "03EF": 2,
  "04GH": 1,
};

/** Default brins: every institution of the sector that has licences (mbo) or vestigingen (po). */
export function standaardBrins(sector: Sector): string[] {
  return INSTELLINGEN.filter(
    (i) =>
      i.sector === sector &&
      (sector === "PO" ? (VESTIGINGEN[i.brin]?.length ?? 0) > 0 : LICENTIES.some((l) => l.brin === i.brin)),
  ).map((i) => i.brin);
}

export function sectorVan(brin: string): Sector | undefined {
  return INSTELLINGEN.find((i) => i.brin === brin)?.sector;
}

export function opleiding(code: string): Opleiding {
  const o = OPLEIDINGEN.find((x) => x.code === code);
  if (!o) throw new RangeError(`unknown opleiding ${code}`);
  return o;
}

/** Per brin: each licensed opleiding with the leerwegen it holds a licence for. */
export function licentiesPerOpleiding(brin: string): readonly { code: string; leerwegen: readonly Leerweg[] }[] {
  let lijst = perBrin.get(brin);
  if (!lijst) perBrin.set(brin, (lijst = groepeer(brin)));
  return lijst;
}
// Asked for once per inschrijving: computed once per brin.
const perBrin = new Map<string, { code: string; leerwegen: Leerweg[] }[]>();

function groepeer(brin: string): { code: string; leerwegen: Leerweg[] }[] {
  const per = new Map<string, Leerweg[]>();
  for (const l of LICENTIES) {
    if (l.brin !== brin) continue;
    const lijst = per.get(l.opleidingscode) ?? [];
    lijst.push(l.leerweg);
    per.set(l.opleidingscode, lijst);
  }
  return [...per].map(([code, leerwegen]) => ({ code, leerwegen }));
}
