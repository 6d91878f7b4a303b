// mbo-bpv rows for the BBL inschrijvingen of the mbo-inschrijvingen file with the same seed, rows and brins.
import { iso, plusJaren } from "./datum";
import { kol, kolomIndex, legeRij } from "./kolommen";
import { mboInschrijvingen } from "./mbo";
import type { Basis, MboInschrijving } from "./model";
import { hash32, Prng } from "./prng";

const KANS_BPV = 0.85; // the other BBL inschrijvingen have none (S04, M06)
const KANS_TWEEDE = 0.15; // a second leerbedrijf after the first placement ended
const LEERBEDRIJVEN = 25_000;
const STREAM = 0xb9f;

const I = kolomIndex("mbo-bpv");
const C = {
  brin: kol(I, "brin"),
  ivn: kol(I, "inschrijvingsvolgnummer"),
  bpv: kol(I, "bpv_volgnummer"),
  leerbedrijf: kol(I, "leerbedrijf_id"),
  opleiding: kol(I, "opleidingscode"),
  afsluit: kol(I, "afsluitdatum"),
  begin: kol(I, "datum_begin"),
  gepland: kol(I, "datum_einde_gepland"),
  einde: kol(I, "datum_einde"),
  uren: kol(I, "omvang_uren"),
};

/**
 * For each inschrijving of the inschrijvingen file, in order, that has a BBL periode and was
 * delivered without error (`geldig`): usually one BPV during that periode, sometimes two in a row.
 */
export function* bpvRijen(o: Basis, geldig: (ins: MboInschrijving) => boolean): Generator<string[]> {
  const rng = new Prng(o.seed, STREAM);
  for (const ins of mboInschrijvingen(o)) {
    const i = ins.perioden.findIndex((p) => p.leerweg === "BBL");
    if (i < 0 || !geldig(ins) || !rng.chance(KANS_BPV)) continue;
    const periode = ins.perioden[i]!;
    const volgende = ins.perioden[i + 1];
    // The BBL periode ends where the next begins, or with the inschrijving.
    const periodeEinde = volgende ? volgende.begin - 1 : ins.uitschrijving;
    const limit = Math.min(o.today, periodeEinde ?? o.today);
    const begin = periode.begin + rng.int(Math.min(21, limit - periode.begin) + 1);
    const rij = (nr: number, van: number, tot: number | undefined): string[] => {
      const r = legeRij("mbo-bpv");
      r[C.brin] = ins.brin;
      r[C.ivn] = ins.volgnummer;
      r[C.bpv] = `${o.prefix}-${nr}`;
      r[C.leerbedrijf] = String(100_000_000 + (hash32(o.seed, 0x1b, rng.int(LEERBEDRIJVEN)) % 900_000_000));
      r[C.opleiding] = periode.opleidingscode;
      r[C.afsluit] = iso(van - rng.int(45));
      r[C.begin] = iso(van);
      r[C.gepland] = iso(Math.max(van, Math.min(ins.gepland, plusJaren(van, 2))));
      if (tot !== undefined) r[C.einde] = iso(tot);
      r[C.uren] = String(rng.between(610, 1600));
      return r;
    };
    if (limit > begin && rng.chance(KANS_TWEEDE)) {
      const wissel = begin + rng.int(limit - begin);
      yield rij(1, begin, wissel);
      yield rij(2, wissel + 1, periodeEinde);
    } else {
      yield rij(1, begin, periodeEinde);
    }
  }
}
