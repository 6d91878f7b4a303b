// Cross-field rules (rules.md F05, F07, F08, F09 for perioden, F10) over the fields that passed their format.
import type { z } from "zod";
import type { Bevinding } from "./afkeuring";
import type { Soort } from "./soorten";

/** A melding as far as it is valid: fields that failed their format are absent. */
export type Deel = Record<string, unknown>;

/** Whether the sender filled the field (even with an invalid value): F05/F08/F10 are about presence. */
export type Aanwezig = (veld: string) => boolean;

const tekst = (m: Deel, k: string): string | undefined => {
  const v = m[k];
  return typeof v === "string" ? v : undefined;
};

function pgn(aanwezig: Aanwezig, uit: Bevinding[]): void {
  const bsn = aanwezig("bsn");
  const onr = aanwezig("onderwijsnummer");
  if (!bsn && !onr) uit.push({ code: "F05", pad: ["bsn"], melding: "Vul een BSN of een onderwijsnummer in." });
  if (bsn && onr) {
    uit.push({
      code: "F05",
      pad: ["onderwijsnummer"],
      melding: "Vul een BSN óf een onderwijsnummer in, niet allebei.",
    });
  }
}

function nietInToekomst(m: Deel, veld: string, wat: string, vandaag: string, uit: Bevinding[]): void {
  const d = tekst(m, veld);
  if (d !== undefined && d > vandaag)
    uit.push({ code: "F07", pad: [veld], melding: `${wat} (${d}) ligt in de toekomst.` });
}

/** F07 when `later` lies before `eerder` (ISO dates compare as strings). */
function nietVoor(m: Deel, later: string, eerder: string, wat: string, uit: Bevinding[]): void {
  const a = tekst(m, later);
  const b = tekst(m, eerder);
  if (a !== undefined && b !== undefined && a < b)
    uit.push({ code: "F07", pad: [later], melding: `${wat} (${a}) ligt vóór ${b}.` });
}

/** Perioden against the inschrijving: duplicates (F09), before inschrijving or after uitschrijving, first ≠ inschrijving (F07). */
function perioden(m: Deel, uit: Bevinding[]): void {
  const ins = tekst(m, "datumInschrijving");
  const eind = tekst(m, "datumUitschrijving");
  const lijst: unknown[] = Array.isArray(m.perioden) ? m.perioden : [];
  const gezien = new Set<string>();
  let alleBekend = true;
  let eerste: { i: number; d: string } | undefined;
  lijst.forEach((p, i) => {
    const d = p !== null && typeof p === "object" ? (p as Deel).periodeBegindatum : undefined;
    if (typeof d !== "string") {
      alleBekend = false;
      return;
    }
    const pad = ["perioden", i, "periodeBegindatum"];
    if (gezien.has(d)) uit.push({ code: "F09", pad, melding: `Twee perioden hebben dezelfde begindatum (${d}).` });
    gezien.add(d);
    if (ins !== undefined && d < ins) {
      uit.push({ code: "F07", pad, melding: `De periode begint (${d}) vóór de datum inschrijving (${ins}).` });
    }
    if (eind !== undefined && d > eind) {
      uit.push({ code: "F07", pad, melding: `De periode begint (${d}) na de datum uitschrijving (${eind}).` });
    }
    if (!eerste || d < eerste.d) eerste = { i, d };
  });
  // Only judged when every begindatum is known: otherwise the true first periode is unknown.
  if (alleBekend && eerste && ins !== undefined && eerste.d !== ins) {
    uit.push({
      code: "F07",
      pad: ["perioden", eerste.i, "periodeBegindatum"],
      melding: `De eerste periode begint op ${eerste.d}; dat moet de datum inschrijving (${ins}) zijn.`,
    });
  }
}

const VERZUIM_MET_EINDE = new Set(["16U_4W", "LRV", "RMC"]);

/** Every cross-field finding of one melding. `vandaag` is an ISO date (never the clock: tests and replays fix it). */
export function regels(soort: Soort, m: Deel, aanwezig: Aanwezig, vandaag: string): Bevinding[] {
  const uit: Bevinding[] = [];
  switch (soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen":
      pgn(aanwezig, uit);
      nietInToekomst(m, "geboortedatum", "De geboortedatum", vandaag, uit);
      if (soort === "mbo-inschrijvingen") {
        nietVoor(m, "datumUitschrijvingGepland", "datumInschrijving", "De geplande datum uitschrijving", uit);
      }
      nietVoor(m, "datumUitschrijving", "datumInschrijving", "De datum uitschrijving", uit);
      if (soort === "mbo-inschrijvingen") {
        const reden = aanwezig("redenUitschrijving");
        const datum = aanwezig("datumUitschrijving");
        if (reden && !datum) {
          uit.push({
            code: "F08",
            pad: ["redenUitschrijving"],
            melding: "Er is een reden uitschrijving, maar geen datum uitschrijving.",
          });
        }
        if (datum && !reden) {
          uit.push({
            code: "F08",
            pad: ["redenUitschrijving"],
            melding: "Bij een datum uitschrijving hoort een reden uitschrijving (01 tot en met 10).",
          });
        }
      }
      perioden(m, uit);
      break;
    case "mbo-bpv":
      nietVoor(m, "datumEindeGepland", "datumBegin", "De geplande datum einde", uit);
      nietVoor(m, "datumEinde", "datumBegin", "De datum einde", uit);
      break;
    case "mbo-resultaten":
      pgn(aanwezig, uit);
      nietInToekomst(m, "datumBehaald", "De datum behaald", vandaag, uit);
      break;
    case "po-verzuim": {
      pgn(aanwezig, uit);
      nietVoor(m, "datumEinde", "datumBegin", "De datum einde", uit);
      const s = tekst(m, "soort");
      if (s !== undefined && VERZUIM_MET_EINDE.has(s) && !aanwezig("datumEinde")) {
        uit.push({
          code: "F10",
          pad: ["datumEinde"],
          melding: `Bij verzuim van soort ${s} is een datum einde verplicht.`,
        });
      }
      break;
    }
  }
  return uit;
}

/** The same rules as a zod check on a fully parsed flat melding (issues carry the code in params). */
export function regelsAlsCheck(soort: Soort, vandaag: string) {
  return (ctx: z.core.ParsePayload<Deel>): void => {
    const m = ctx.value;
    for (const b of regels(soort, m, (k) => m[k] !== undefined, vandaag)) {
      ctx.issues.push({ code: "custom", message: b.melding, path: b.pad, input: m, params: { code: b.code } });
    }
  };
}
