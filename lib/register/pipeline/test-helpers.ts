// Test helpers for the pipeline: meldingen from flat objects through the real validation.
import { valideerMelding, valideerVerwijdering, type Soort } from "@/lib/register/validate";
import type { PrismaClient } from "@/generated/prisma/client";
import { verwerkMelding } from "./process";
import type { Afzender, Terugkoppeling } from "./types";

export const TODAY = "2026-11-23";

export const school = (actor = "test@school.example"): Afzender => ({
  bron: "FORM",
  actorType: "USER",
  actor,
  mayDeliver: () => true,
});

export async function lever(
  db: PrismaClient,
  soort: Soort,
  invoer: Record<string, unknown>,
  afzender = school(),
): Promise<Terugkoppeling> {
  const uitkomst = valideerMelding(soort, invoer, { vandaag: TODAY });
  if (!uitkomst.ok) throw new Error(`fixture invalid: ${JSON.stringify(uitkomst.bevindingen)}`);
  return verwerkMelding(db, afzender, { ok: true, melding: uitkomst.melding });
}

export async function verwijder(
  db: PrismaClient,
  soort: Soort,
  sleutel: Record<string, string>,
  afzender = school(),
): Promise<Terugkoppeling> {
  const uitkomst = valideerVerwijdering(soort, sleutel);
  if (!uitkomst.ok) throw new Error("fixture invalid");
  return verwerkMelding(db, afzender, { ok: true, melding: uitkomst.melding });
}

/** A valid mbo inschrijving of 2026-2027 (BOL, 90003 Verzorgende IG at 25AA), overridable. */
export function mboInschrijving(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    brin: "25AA",
    inschrijvingsvolgnummer: "T-0001",
    bsn: "111222333",
    geboortedatum: "2005-03-14",
    geslacht: "V",
    achternaam: "Jansen",
    voornamen: "Eva",
    postcode: "3521AB",
    datumInschrijving: "2026-08-01",
    datumUitschrijvingGepland: "2029-07-31",
    perioden: [
      { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
    ],
    ...overrides,
  };
}

export function poInschrijving(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    brin: "01AB",
    inschrijvingsvolgnummer: "T-P001",
    bsn: "123456782",
    geboortedatum: "2018-05-01",
    geslacht: "M",
    datumInschrijving: "2024-08-15",
    perioden: [{ periodeBegindatum: "2024-08-15", vestigingscode: "01AB00", groep: 3 }],
    ...overrides,
  };
}

/** A valid BSN (elfproef) from a number, distinct per seed; never starting with 8 or 0. */
export function bsn(seed: number): string {
  for (let n = seed; ; n++) {
    const head = `1${String(n).padStart(7, "0")}`.slice(0, 8);
    const digits = [...head].map(Number);
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return head + String(last);
  }
}
