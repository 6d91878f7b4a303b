// mbo-resultaten rows: diplomas for completed inschrijvingen and some certificaten, from the inschrijvingen file with the same seed.
import { iso } from "./datum";
import { kol, kolomIndex, legeRij } from "./kolommen";
import { mboInschrijvingen } from "./mbo";
import type { Basis, MboInschrijving } from "./model";
import { Prng } from "./prng";
import { Volgnummers } from "./volgnummer";

const KANS_DIPLOMA = 0.9; // of completed inschrijvingen (reden 01); the rest is not delivered yet
const KANS_CERTIFICAAT = 0.06;
const STREAM = 0x7e5;

const I = kolomIndex("mbo-resultaten");
const C = {
  brin: kol(I, "brin"),
  nr: kol(I, "resultaatvolgnummer"),
  ivn: kol(I, "inschrijvingsvolgnummer"),
  bsn: kol(I, "bsn"),
  onr: kol(I, "onderwijsnummer"),
  opleiding: kol(I, "opleidingscode"),
  soort: kol(I, "soort"),
  behaald: kol(I, "datum_behaald"),
  bekostigbaar: kol(I, "indicatie_bekostigbaar"),
};

/** One resultaat per chosen inschrijving, for the same person, in the order of the inschrijvingen. */
export function* resultaatRijen(o: Basis, geldig: (ins: MboInschrijving) => boolean): Generator<string[]> {
  const rng = new Prng(o.seed, STREAM);
  const volgnummers = new Volgnummers(o.prefix);
  for (const ins of mboInschrijvingen(o)) {
    if (!geldig(ins)) continue;
    const laatste = ins.perioden[ins.perioden.length - 1]!;
    let soort: "DIPLOMA" | "CERTIFICAAT";
    let opleidingscode: string;
    let behaald: number;
    if (ins.reden === "01" && ins.uitschrijving !== undefined && rng.chance(KANS_DIPLOMA)) {
      soort = "DIPLOMA";
      opleidingscode = laatste.opleidingscode;
      behaald = Math.max(laatste.begin, ins.uitschrijving - rng.int(30));
    } else if (rng.chance(KANS_CERTIFICAAT)) {
      soort = "CERTIFICAAT";
      const p = ins.perioden[0]!;
      opleidingscode = p.opleidingscode;
      const tot = Math.min(o.today, ins.uitschrijving ?? o.today);
      behaald = ins.inschrijving + rng.int(tot - ins.inschrijving + 1);
    } else continue;
    const r = legeRij("mbo-resultaten");
    r[C.brin] = ins.brin;
    r[C.nr] = volgnummers.volgende(ins.brin);
    r[C.ivn] = ins.volgnummer;
    r[C.bsn] = ins.persoon.bsn;
    r[C.onr] = ins.persoon.onderwijsnummer;
    r[C.opleiding] = opleidingscode;
    r[C.soort] = soort;
    r[C.behaald] = iso(behaald);
    r[C.bekostigbaar] = rng.chance(0.95) ? "J" : "N";
    yield r;
  }
}
