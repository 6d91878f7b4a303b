// Inschrijving records → CSV rows (one per periode), values as the upload formats write them.
import { iso } from "./datum";
import { kol, kolomIndex, legeRij } from "./kolommen";
import type { MboInschrijving, MboPeriode, PoInschrijving, PoPeriode } from "./model";
import type { Persoon } from "./persoon";

// Column positions resolved once; the row builders below run a million times.
const M = kolomIndex("mbo-inschrijvingen");
const MBO = {
  brin: kol(M, "brin"),
  volgnummer: kol(M, "inschrijvingsvolgnummer"),
  ins: kol(M, "datum_inschrijving"),
  gepland: kol(M, "datum_uitschrijving_gepland"),
  uit: kol(M, "datum_uitschrijving"),
  reden: kol(M, "reden_uitschrijving"),
  begin: kol(M, "periode_begindatum"),
  opleiding: kol(M, "opleidingscode"),
  leerweg: kol(M, "leerweg"),
  bekostigbaar: kol(M, "indicatie_bekostigbaar"),
};
const P = kolomIndex("po-inschrijvingen");
const PO = {
  brin: kol(P, "brin"),
  volgnummer: kol(P, "inschrijvingsvolgnummer"),
  ins: kol(P, "datum_inschrijving"),
  uit: kol(P, "datum_uitschrijving"),
  begin: kol(P, "periode_begindatum"),
  vestiging: kol(P, "vestigingscode"),
  groep: kol(P, "groep"),
};
const persoonPlaatsen = (idx: Record<string, number>) => ({
  bsn: kol(idx, "bsn"),
  onr: kol(idx, "onderwijsnummer"),
  geboren: kol(idx, "geboortedatum"),
  geslacht: kol(idx, "geslacht"),
  achternaam: kol(idx, "achternaam"),
  voorvoegsel: kol(idx, "voorvoegsel"),
  voornamen: kol(idx, "voornamen"),
  postcode: kol(idx, "postcode"),
  woonland: kol(idx, "woonland"),
});
const MBO_PERSOON = persoonPlaatsen(M);
const PO_PERSOON = persoonPlaatsen(P);

function vulPersoon(rij: string[], k: ReturnType<typeof persoonPlaatsen>, p: Persoon): void {
  rij[k.bsn] = p.bsn;
  rij[k.onr] = p.onderwijsnummer;
  rij[k.geboren] = iso(p.geboortedatum);
  rij[k.geslacht] = p.geslacht;
  rij[k.achternaam] = p.achternaam;
  rij[k.voorvoegsel] = p.voorvoegsel;
  rij[k.voornamen] = p.voornamen;
  rij[k.postcode] = p.postcode;
  rij[k.woonland] = p.woonland;
}

/** One row per periode; the last one reuses the shared row instead of copying it. */
function perPeriode<T>(kop: string[], perioden: readonly T[], vul: (rij: string[], p: T) => void): string[][] {
  const uit = new Array<string[]>(perioden.length);
  for (let i = 0; i < perioden.length; i++) {
    const rij = i === perioden.length - 1 ? kop : kop.slice();
    vul(rij, perioden[i]!);
    uit[i] = rij;
  }
  return uit;
}

function vulMbo(rij: string[], p: MboPeriode): void {
  rij[MBO.begin] = iso(p.begin);
  rij[MBO.opleiding] = p.opleidingscode;
  rij[MBO.leerweg] = p.leerweg;
  rij[MBO.bekostigbaar] = p.bekostigbaar ? "J" : "N";
}

function vulPo(rij: string[], p: PoPeriode): void {
  rij[PO.begin] = iso(p.begin);
  rij[PO.vestiging] = p.vestigingscode;
  rij[PO.groep] = String(p.groep);
}

export function mboRijen(ins: MboInschrijving): string[][] {
  const kop = legeRij("mbo-inschrijvingen");
  vulPersoon(kop, MBO_PERSOON, ins.persoon);
  kop[MBO.brin] = ins.brin;
  kop[MBO.volgnummer] = ins.volgnummer;
  kop[MBO.ins] = iso(ins.inschrijving);
  kop[MBO.gepland] = iso(ins.gepland);
  if (ins.uitschrijving !== undefined) kop[MBO.uit] = iso(ins.uitschrijving);
  kop[MBO.reden] = ins.reden ?? "";
  return perPeriode(kop, ins.perioden, vulMbo);
}

export function poRijen(ins: PoInschrijving): string[][] {
  const kop = legeRij("po-inschrijvingen");
  vulPersoon(kop, PO_PERSOON, ins.persoon);
  kop[PO.brin] = ins.brin;
  kop[PO.volgnummer] = ins.volgnummer;
  kop[PO.ins] = iso(ins.inschrijving);
  if (ins.uitschrijving !== undefined) kop[PO.uit] = iso(ins.uitschrijving);
  return perPeriode(kop, ins.perioden, vulPo);
}
