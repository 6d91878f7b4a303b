// The delivered state of an inschrijving as one comparable value: its dates, reden and every
// periode, canonical and hashed. Stored with the record, it lets a re-delivery be recognised as
// unchanged by comparing two short strings instead of reading the perioden back.
import { createHash } from "node:crypto";

export interface InschrijvingInhoud {
  datumInschrijving: string;
  datumUitschrijvingGepland: string | null;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
}

export interface PeriodeInhoud {
  begindatum: string;
  opleidingscode: string | null;
  leerweg: "BOL" | "BBL" | "EX" | null;
  indicatieBekostigbaar: boolean | null;
  vestigingscode: string | null;
  groep: number | null;
}

/** Perioden in begindatum order (as validation and the database give them). */
export function inhoudHash(inschrijving: InschrijvingInhoud, perioden: readonly PeriodeInhoud[]): string {
  const parts = [
    inschrijving.datumInschrijving,
    inschrijving.datumUitschrijvingGepland,
    inschrijving.datumUitschrijving,
    inschrijving.redenUitschrijving,
  ];
  for (const p of perioden)
    parts.push(
      p.begindatum,
      p.opleidingscode,
      p.leerweg,
      p.indicatieBekostigbaar === null ? null : p.indicatieBekostigbaar ? "J" : "N",
      p.vestigingscode,
      p.groep === null ? null : String(p.groep),
    );
  // U+001F between fields, U+0000 for "no value": no delivered text holds either.
  return createHash("sha1")
    .update(parts.map((p) => p ?? "\u0000").join("\u001f"))
    .digest("base64url");
}
