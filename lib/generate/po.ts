// po inschrijvingen as records: instroom at 4 or later, groep by age, a periode per groep change on 1 August, moves between schools.
import { dag, jaarVan, leeftijd, plusJaren, studiejaarVan, type Dag } from "./datum";
import { EERSTE_STUDIEJAAR, LAATSTE_STUDIEJAAR } from "./mbo";
import type { Basis, PoInschrijving, PoPeriode } from "./model";
import { maakPersoon, persoonIndex, type Persoon } from "./persoon";
import { Prng, Weighted } from "./prng";
import { BRIN_GEWICHT, VESTIGINGEN } from "./referentie";
import { Volgnummers } from "./volgnummer";

const KANS_VERHUIZING = 0.04; // leaves during the year, to no school in this file
const KANS_WISSEL = 0.03; // moves to another school of the file: an inschrijving at both
const KANS_ANDERE_VESTIGING = 0.03; // per new schooljaar, where the school has more than one
const STREAM = 0x9a1;
const STUDIEJAAR = new Weighted<number>([
  [2023, 20],
  [2024, 25],
  [2025, 30],
  [2026, 25],
]);

/**
 * The groep in the schooljaar of `d`: age on 1 October of that schooljaar minus 3 (6 by 1 October:
 * groep 3). A child that started after turning 4 late in the year stays in groep 1 a second year.
 */
export function groepOp(geboren: Dag, d: Dag): number {
  const g = leeftijd(geboren, dag(studiejaarVan(d), 10, 1)) - 3;
  return g < 1 ? 1 : g > 8 ? 8 : g;
}

/** The last day of the schooljaar in which the pupil is in groep 8 (age 11 on 1 October): 31 July. */
function eindeGroep8(geboren: Dag): Dag {
  const elf = plusJaren(geboren, 11);
  const jaar8 = jaarVan(elf) + (elf > dag(jaarVan(elf), 10, 1) ? 1 : 0);
  return dag(jaar8 + 1, 7, 31);
}

/** Birth date and start: half start the day they turn 4 (or just after), the rest arrive in groep 2–8. */
function kiesLeerling(rng: Prng, laatste: Dag): { geboren: Dag; start: Dag } {
  if (rng.chance(0.55)) {
    const eerste = dag(EERSTE_STUDIEJAAR, 8, 1);
    const vier = eerste + rng.int(laatste - eerste + 1);
    const geboren = plusJaren(vier, -4);
    const start = plusJaren(geboren, 4) + rng.int(4);
    return { geboren, start: start <= laatste ? start : plusJaren(geboren, 4) };
  }
  let jaar = STUDIEJAAR.pick(rng);
  while (dag(jaar, 8, 1) > laatste) jaar--;
  const aug1 = dag(jaar, 8, 1);
  let start = rng.chance(0.7) ? aug1 + 14 + rng.int(21) : aug1 + rng.int(365);
  if (start > laatste) start = aug1 + rng.int(laatste - aug1 + 1);
  // Groep 2–8: old enough (5 on 1 October) to be 4 on any start date in the schooljaar.
  const groep = rng.between(2, 8);
  const geboren = plusJaren(dag(jaar, 10, 1), -(groep + 3)) - rng.int(365);
  return { geboren, start };
}

/**
 * One inschrijving from `start`. `einde` forces a datum_uitschrijving (a move to another school);
 * otherwise groep 8 leaves in July, and a few leave during the year.
 */
function maakInschrijving(
  rng: Prng,
  brin: string,
  persoon: Persoon,
  start: Dag,
  today: Dag,
  einde?: Dag,
): Omit<PoInschrijving, "nr" | "volgnummer"> {
  const vestigingen = VESTIGINGEN[brin] ?? [];
  const geboren = persoon.geboortedatum;
  let uitschrijving = einde;
  if (uitschrijving === undefined) {
    // Groep 8 leaves in July, at the start of the summer holiday.
    const juli = Math.max(start, eindeGroep8(geboren) - rng.between(11, 26));
    if (juli <= today) uitschrijving = juli;
    else if (rng.chance(KANS_VERHUIZING)) uitschrijving = start + rng.int(today - start + 1);
  }
  let vestigingscode = rng.pick(vestigingen);
  const perioden: PoPeriode[] = [{ begin: start, vestigingscode, groep: groepOp(geboren, start) }];
  const tot = Math.min(uitschrijving ?? today, today);
  for (let jaar = studiejaarVan(start) + 1; dag(jaar, 8, 1) <= tot; jaar++) {
    const aug1 = dag(jaar, 8, 1);
    const vorige = perioden[perioden.length - 1]!;
    if (vestigingen.length > 1 && rng.chance(KANS_ANDERE_VESTIGING))
      vestigingscode = rng.pick(vestigingen.filter((v) => v !== vestigingscode));
    const groep = groepOp(geboren, aug1);
    if (groep !== vorige.groep || vestigingscode !== vorige.vestigingscode)
      perioden.push({ begin: aug1, vestigingscode, groep });
  }
  return { brin, persoon, inschrijving: start, uitschrijving, perioden };
}

/**
 * The inschrijvingen of a po file of `rows` rows, in order (the last one loses perioden that do not
 * fit). A pupil who moves ends at one school and starts at the other the next day, now and then
 * after a gap (S02).
 */
export function* poInschrijvingen(o: Basis): Generator<PoInschrijving> {
  const rng = new Prng(o.seed, STREAM);
  const brinKeuze = new Weighted(o.brins.map((b) => [b, BRIN_GEWICHT[b] ?? 1] as const));
  const volgnummers = new Volgnummers(o.prefix);
  const laatste = Math.min(o.today, dag(LAATSTE_STUDIEJAAR + 1, 7, 31));
  let rest = o.rows;
  let nr = 0;
  for (let p = 0; rest > 0; p++) {
    const { geboren, start } = kiesLeerling(rng, laatste);
    const persoon = maakPersoon(rng, o.seed, persoonIndex(o.seed, "PO", p), geboren);
    const brin = brinKeuze.pick(rng);
    const lijst: Omit<PoInschrijving, "nr" | "volgnummer">[] = [];
    // A move ends at least a month before the end of groep 8: the next school is still a po school.
    const uiterste = Math.min(laatste - 1, eindeGroep8(geboren) - 32);
    if (o.brins.length > 1 && start <= uiterste && rng.chance(KANS_WISSEL)) {
      const einde = start + rng.int(uiterste - start + 1);
      let ander = brinKeuze.pick(rng);
      while (ander === brin) ander = brinKeuze.pick(rng);
      const gat = rng.chance(0.85) ? 0 : rng.between(1, 30);
      const tweede = Math.min(einde + 1 + gat, laatste);
      lijst.push(
        maakInschrijving(rng, brin, persoon, start, o.today, einde),
        maakInschrijving(rng, ander, persoon, tweede, o.today),
      );
    } else {
      lijst.push(maakInschrijving(rng, brin, persoon, start, o.today));
    }
    for (const ins of lijst) {
      if (rest === 0) break;
      if (ins.perioden.length > rest) ins.perioden.length = rest;
      rest -= ins.perioden.length;
      yield { ...ins, nr: nr++, volgnummer: volgnummers.volgende(ins.brin) };
    }
  }
}
