// Test fixtures: rows copied from the demo RIO data (data/rio/*.csv) and small record builders.
import type {
  Bpv,
  Instelling,
  Leerweg,
  Licentie,
  MboInschrijving,
  MboPeriode,
  Opleiding,
  Person,
  PoInschrijving,
  Reference,
  Resultaat,
  Sector,
  Teldatum,
} from "./types";

const opl = (
  opleidingscode: string,
  niveau: number,
  specialist: boolean,
  leerwegen: string,
  prijsfactor: number,
  ingangsdatum: string,
  einddatum: string | null = null,
  instroomeinddatum: string | null = null,
): Opleiding => ({
  opleidingscode,
  niveau,
  specialist,
  toegestaneLeerwegen: leerwegen.split(","),
  prijsfactor,
  ingangsdatum,
  einddatum,
  instroomeinddatum,
});

export const OPLEIDINGEN: Opleiding[] = [
  opl("90001", 1, false, "BOL,BBL", 1.1, "2016-08-01"), // Entree - Medewerker dienstverlening
  opl("90002", 2, false, "BOL,BBL", 1.25, "2016-08-01"), // Medewerker logistiek
  opl("90003", 3, false, "BOL,BBL", 1.3, "2016-08-01"), // Verzorgende IG
  opl("90004", 4, false, "BOL", 1.4, "2016-08-01"), // Software developer
  opl("90005", 2, false, "BBL", 1.6, "2016-08-01"), // Monteur elektrotechnische installaties
  opl("90006", 4, false, "BOL", 1.45, "2016-08-01"), // Mediavormgever
  opl("90007", 4, false, "BOL,BBL", 1.35, "2016-08-01"), // Verpleegkundige
  opl("90008", 2, false, "BOL,BBL", 1.5, "2016-08-01", "2027-07-31", "2024-07-31"), // Kok
  opl("90009", 4, true, "BOL,BBL", 1.55, "2018-08-01"), // Specialist mechatronica
];

const lic = (
  brin: string,
  opleidingscode: string,
  leerweg: Leerweg,
  bekostigd: boolean,
  begindatum: string,
  einddatum: string | null = null,
): Licentie => ({ brin, opleidingscode, leerweg, bekostigd, begindatum, einddatum });

export const LICENTIES: Licentie[] = [
  lic("25AA", "90001", "BOL", true, "2015-08-01"),
  lic("25AA", "90001", "BBL", true, "2015-08-01"),
  lic("25AA", "90002", "BOL", true, "2015-08-01"),
  lic("25AA", "90002", "BBL", true, "2015-08-01"),
  lic("25AA", "90003", "BOL", true, "2015-08-01"),
  lic("25AA", "90003", "BBL", true, "2015-08-01"),
  lic("25AA", "90004", "BOL", true, "2015-08-01"),
  lic("25AA", "90005", "BBL", false, "2015-08-01"),
  lic("25AA", "90006", "BOL", true, "2015-08-01"),
  lic("25AA", "90007", "BOL", true, "2015-08-01"),
  lic("25AA", "90007", "BBL", true, "2015-08-01"),
  lic("25AA", "90008", "BOL", true, "2015-08-01"),
  lic("25AA", "90008", "BBL", true, "2015-08-01"),
  lic("25AA", "90009", "BOL", true, "2018-08-01"),
  lic("25AA", "90009", "BBL", true, "2018-08-01"),
  lic("25BB", "90002", "BOL", true, "2015-08-01"),
  lic("25BB", "90002", "BBL", true, "2015-08-01"),
  lic("25BB", "90003", "BOL", true, "2015-08-01"),
  lic("25BB", "90003", "BBL", true, "2015-08-01"),
  lic("25BB", "90004", "BOL", true, "2015-08-01", "2025-07-31"),
  lic("25BB", "90005", "BBL", true, "2015-08-01"),
  lic("25BB", "90007", "BOL", true, "2015-08-01"),
  lic("25BB", "90007", "BBL", true, "2015-08-01"),
  lic("25CC", "90004", "BOL", false, "2019-08-01"),
  lic("25CC", "90006", "BOL", false, "2019-08-01"),
];

export const INSTELLINGEN: Instelling[] = [
  { brin: "25AA", sector: "MBO", bekostigd: true }, // ROC Horizon
  { brin: "25BB", sector: "MBO", bekostigd: true }, // ROC Delta College
  { brin: "25CC", sector: "MBO", bekostigd: false }, // Vakschool Noord
  { brin: "01AB", sector: "PO", bekostigd: true }, // OBS De Linde
  { brin: "02CD", sector: "PO", bekostigd: true }, // CBS Het Anker
  { brin: "03EF", sector: "PO", bekostigd: true }, // Montessorischool De Tuin
  { brin: "04GH", sector: "PO", bekostigd: false }, // Particuliere school Het Kompas
];

/** Opleidingen as a Map and instellingen as a Record: the rules accept either. */
export function reference(extra: { licenties?: Licentie[]; instellingen?: Instelling[] } = {}): Reference {
  const instellingen = [
    ...INSTELLINGEN.filter((i) => !extra.instellingen?.some((e) => e.brin === i.brin)),
    ...(extra.instellingen ?? []),
  ];
  return {
    opleidingen: new Map(OPLEIDINGEN.map((o) => [o.opleidingscode, o])),
    licenties: [...LICENTIES, ...(extra.licenties ?? [])],
    instellingen: Object.fromEntries(instellingen.map((i) => [i.brin, i])),
  };
}
export { lic as licentie };

/** The teldata at install: MBO 1 October and 1 February 2023-2024 … 2026-2027, PO 1 February 2024 … 2027. */
export const TELDATA: Teldatum[] = [
  ...[2023, 2024, 2025, 2026].flatMap((y): Teldatum[] => [
    { sector: "MBO", datum: `${y}-10-01`, status: "VOORLOPIG" },
    { sector: "MBO", datum: `${y + 1}-02-01`, status: "VOORLOPIG" },
  ]),
  ...[2024, 2025, 2026, 2027].map((y): Teldatum => ({ sector: "PO", datum: `${y}-02-01`, status: "VOORLOPIG" })),
];

export const teldatum = (sector: Sector, datum: string, status: Teldatum["status"] = "VOORLOPIG"): Teldatum => ({
  sector,
  datum,
  status,
});

export function persoon(p: Partial<Person> = {}): Person {
  return { pgn: "111222333", geboortedatum: "2005-05-05", woonland: "NL", ...p };
}

/** A BPV that runs over the whole of 2025-2027, concluded in summer 2025. */
export function bpv(b: Partial<Bpv> = {}): Bpv {
  return {
    bpvVolgnummer: "1",
    afsluitdatum: "2025-07-15",
    datumBegin: "2025-08-01",
    datumEindeGepland: "2027-07-31",
    datumEinde: null,
    ...b,
  };
}

export interface MboOpties {
  brin?: string;
  nr?: string;
  van?: string;
  tot?: string | null;
  opl?: string;
  lw?: Leerweg;
  bekostigbaar?: boolean;
  /** Extra perioden after the first (which starts on `van` with opl/lw/bekostigbaar). */
  later?: Partial<MboPeriode>[];
  bpv?: Bpv[];
}

export function mbo(o: MboOpties = {}): MboInschrijving {
  const van = o.van ?? "2025-08-01";
  const eerste: MboPeriode = {
    begindatum: van,
    opleidingscode: o.opl ?? "90003",
    leerweg: o.lw ?? "BOL",
    indicatieBekostigbaar: o.bekostigbaar ?? true,
  };
  return {
    brin: o.brin ?? "25AA",
    inschrijvingsvolgnummer: o.nr ?? "1",
    datumInschrijving: van,
    datumUitschrijving: o.tot ?? null,
    perioden: [eerste, ...(o.later ?? []).map((p) => ({ ...eerste, ...p }))],
    bpv: o.bpv ?? (eerste.leerweg === "BBL" ? [bpv()] : []),
  };
}

export function po(o: { brin?: string; nr?: string; van?: string; tot?: string | null } = {}): PoInschrijving {
  const van = o.van ?? "2024-08-20";
  return {
    brin: o.brin ?? "01AB",
    inschrijvingsvolgnummer: o.nr ?? "1",
    datumInschrijving: van,
    datumUitschrijving: o.tot ?? null,
    perioden: [{ begindatum: van, vestigingscode: `${o.brin ?? "01AB"}00`, groep: 1 }],
  };
}

export function resultaat(r: Partial<Resultaat> = {}): Resultaat {
  return {
    brin: "25AA",
    resultaatvolgnummer: "R1",
    inschrijvingsvolgnummer: "1",
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datumBehaald: "2025-06-30",
    indicatieBekostigbaar: true,
    ...r,
  };
}
