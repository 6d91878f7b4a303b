// The correctiefactor per institution and studiejaar from the funded BOL/BBL counts on 1 October and 1 February.
import { isoDate } from "./dates";
import type { IsoDate, JN, Leerweg } from "./types";

export interface LeerwegTelling {
  bol: number;
  bbl: number;
}

/**
 * Cf = [(0.4·BBL₁ + BOL₁) + (0.4·BBL₂ + BOL₂)] / [2·(0.4·BBL₁ + BOL₁)].
 * null means "n.v.t.": no 1 February assessments yet (februari null) or a denominator of 0.
 */
export function correctiefactor(oktober: LeerwegTelling, februari: LeerwegTelling | null): number | null {
  if (februari === null) return null;
  const eerste = 0.4 * oktober.bbl + oktober.bol;
  const tweede = 0.4 * februari.bbl + februari.bol;
  if (eerste === 0) return null;
  return (eerste + tweede) / (2 * eerste);
}

/** One assessment with the leerweg of the periode it assessed (the caller joins it from the periode). */
export interface GeteldeInschrijving {
  brin: string;
  teldatum: IsoDate;
  status: JN;
  leerweg: Leerweg;
}

/**
 * Cf of `brin` for the studiejaar starting 1 August `beginjaar`: counts funded BOL/BBL on
 * 1 October `beginjaar` and 1 February the year after.
 */
export function correctiefactorVoorStudiejaar(
  inschrijvingen: readonly GeteldeInschrijving[],
  brin: string,
  beginjaar: number,
): number | null {
  const oktober = isoDate(beginjaar, 10, 1);
  const februari = isoDate(beginjaar + 1, 2, 1);
  const vanBrin = inschrijvingen.filter((i) => i.brin === brin);
  const tel = (datum: IsoDate): LeerwegTelling => {
    const bekostigd = vanBrin.filter((i) => i.teldatum === datum && i.status === "J");
    return {
      bol: bekostigd.filter((i) => i.leerweg === "BOL").length,
      bbl: bekostigd.filter((i) => i.leerweg === "BBL").length,
    };
  };
  const heeftFebruari = vanBrin.some((i) => i.teldatum === februari);
  return correctiefactor(tel(oktober), heeftFebruari ? tel(februari) : null);
}
