// po-verzuim rows for pupils of the po-inschrijvingen file with the same seed, each on a day the pupil is enrolled there.
import { iso } from "./datum";
import { kol, kolomIndex, legeRij } from "./kolommen";
import type { Basis, PoInschrijving } from "./model";
import { poInschrijvingen } from "./po";
import { Prng, Weighted } from "./prng";
import { Volgnummers } from "./volgnummer";

const STREAM = 0x5a7;
const SOORT = new Weighted<string>([
  ["LUXE", 35],
  ["16U_4W", 25],
  ["OVERIG", 20],
  ["LRV", 15],
  ["RMC", 5],
]);
/** Free text, with the quoting cases a real file has: `;`, `"` and a line break. */
const TOELICHTING = [
  "Familiebezoek buiten de schoolvakantie",
  "Ouders melden ziekte; geen verklaring ontvangen",
  'Volgens ouders "op vakantie"',
  "Herhaaldelijk te laat.\nGesprek met ouders gepland.",
  "Leerplichtambtenaar geïnformeerd",
  "Bruiloft in het buitenland (3 dagen)",
  "Zorgmelding, zie dossier",
];

const I = kolomIndex("po-verzuim");
const C = {
  brin: kol(I, "brin"),
  nr: kol(I, "verzuimvolgnummer"),
  bsn: kol(I, "bsn"),
  onr: kol(I, "onderwijsnummer"),
  soort: kol(I, "soort"),
  begin: kol(I, "datum_begin"),
  einde: kol(I, "datum_einde"),
  toelichting: kol(I, "toelichting"),
};

/** End date per soort: required for 16U_4W, LRV and RMC (F10); sometimes given for the others. */
function einde(rng: Prng, soort: string, begin: number): number | undefined {
  switch (soort) {
    case "16U_4W":
      return begin + 27;
    case "LRV":
      return begin + rng.between(5, 60);
    case "RMC":
      return begin + rng.between(10, 90);
    case "LUXE":
      return rng.chance(0.7) ? begin + rng.between(0, 4) : undefined;
    default:
      return rng.chance(0.5) ? begin + rng.between(0, 10) : undefined;
  }
}

/** About one pupil in ten gets a verzuimmelding, a few two; each begins while the pupil is enrolled. */
export function* verzuimRijen(o: Basis, geldig: (ins: PoInschrijving) => boolean): Generator<string[]> {
  const rng = new Prng(o.seed, STREAM);
  const volgnummers = new Volgnummers(o.prefix);
  for (const ins of poInschrijvingen(o)) {
    if (!geldig(ins)) continue;
    const r = rng.float();
    const aantal = r < 0.1 ? 1 : r < 0.12 ? 2 : 0;
    const tot = Math.min(o.today, ins.uitschrijving ?? o.today);
    for (let n = 0; n < aantal; n++) {
      const soort = SOORT.pick(rng);
      const begin = ins.inschrijving + rng.int(tot - ins.inschrijving + 1);
      const eind = einde(rng, soort, begin);
      const rij = legeRij("po-verzuim");
      rij[C.brin] = ins.brin;
      rij[C.nr] = volgnummers.volgende(ins.brin);
      rij[C.bsn] = ins.persoon.bsn;
      rij[C.onr] = ins.persoon.onderwijsnummer;
      rij[C.soort] = soort;
      rij[C.begin] = iso(begin);
      // Not past today: the file describes what is known now.
      if (eind !== undefined) rij[C.einde] = iso(Math.min(eind, o.today));
      if (rng.chance(0.4)) rij[C.toelichting] = rng.pick(TOELICHTING);
      yield rij;
    }
  }
}
