// Built-in lists for Dutch-looking persons: first names, surnames (with voorvoegsel), postcodes, woonland.
import { Weighted, type Prng } from "./prng";

const JONGENS = [
  "Daan",
  "Sem",
  "Lucas",
  "Milan",
  "Levi",
  "Noah",
  "Finn",
  "Bram",
  "Jesse",
  "Thijs",
  "Luuk",
  "Mohammed",
  "Ahmed",
  "Jan-Willem",
  "Sven",
  "Ruben",
  "Tim",
  "Lars",
  "Stijn",
  "Mees",
  "Yusuf",
  "Emre",
  "Joël",
  "Ravi",
  "Gijs",
  "Teun",
];
const MEISJES = [
  "Emma",
  "Julia",
  "Mila",
  "Sophie",
  "Tess",
  "Zoë",
  "Sara",
  "Anna",
  "Noor",
  "Fenna",
  "Lotte",
  "Eva",
  "Lisa",
  "Fleur",
  "Yara",
  "Fatima",
  "Aïcha",
  "Noëlle",
  "Chloë",
  "Anouk",
  "Iris",
  "Sanne",
  "Maud",
  "Esmée",
  "Ilse",
  "Saar",
];
const TWEEDE_M = ["Jan", "Pieter", "Willem", "Hendrik", "Johannes"];
const TWEEDE_V = ["Maria", "Johanna", "Elisabeth", "Sophia", "Anna"];

/** [voorvoegsel, achternaam]: the voorvoegsel is its own column (formats.md). */
const GEWOON: readonly (readonly [string, string])[] = [
  ["", "Jansen"],
  ["de", "Jong"],
  ["", "Bakker"],
  ["van", "Dijk"],
  ["", "Visser"],
  ["de", "Vries"],
  ["van den", "Berg"],
  ["", "Smit"],
  ["", "Meijer"],
  ["de", "Boer"],
  ["", "Mulder"],
  ["de", "Groot"],
  ["", "Bos"],
  ["", "Vos"],
  ["", "Peters"],
  ["", "Hendriks"],
  ["van", "Leeuwen"],
  ["", "Dekker"],
  ["", "Brouwer"],
  ["de", "Wit"],
  ["", "Dijkstra"],
  ["", "Smits"],
  ["de", "Graaf"],
  ["van der", "Meer"],
  ["van der", "Linden"],
  ["", "Kok"],
  ["", "Jacobs"],
  ["de", "Haan"],
  ["", "Vermeulen"],
  ["van den", "Heuvel"],
  ["van der", "Veen"],
  ["van den", "Broek"],
  ["", "Schouten"],
  ["", "Willems"],
  ["", "Hoekstra"],
  ["in 't", "Veld"],
  ["", "El Amrani"],
  ["", "Bouzid"],
  ["", "Nguyen"],
  ["", "Kaya"],
];
/** Rarer names with diacritics or non-ASCII letters: the upload path must keep them intact. */
const BIJZONDER: readonly (readonly [string, string])[] = [
  ["", "Özil"],
  ["", "Ruïz"],
  ["", "Çelik"],
  ["", "Yılmaz"],
  ["", "Şahin"],
  ["", "Müller"],
  ["", "Hoëgaerts"],
];

export interface Naam {
  voornamen: string;
  voorvoegsel: string;
  achternaam: string;
}

export function kiesNaam(rng: Prng, geslacht: string): Naam {
  const jongen = geslacht === "M" || (geslacht === "O" && rng.chance(0.5));
  let voornamen = rng.pick(jongen ? JONGENS : MEISJES);
  if (rng.chance(0.15)) voornamen += ` ${rng.pick(jongen ? TWEEDE_M : TWEEDE_V)}`;
  const [voorvoegsel, achternaam] = rng.chance(0.05) ? rng.pick(BIJZONDER) : rng.pick(GEWOON);
  return { voornamen, voorvoegsel, achternaam };
}

// Dutch postcodes never use F, I, O, Q, U, Y, nor the combinations SA, SD, SS.
const LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
const VERBODEN = new Set(["SA", "SD", "SS"]);

/** A valid NL postcode, now and then written with a space (accepted, stored without). */
export function kiesPostcode(rng: Prng): string {
  const cijfers = rng.between(1011, 9999);
  let letters: string;
  do letters = LETTERS[rng.int(LETTERS.length)]! + LETTERS[rng.int(LETTERS.length)]!;
  while (VERBODEN.has(letters));
  return rng.chance(0.03) ? `${cijfers} ${letters}` : `${cijfers}${letters}`;
}

// Mostly NL, a few from across the border (still funded), rarely further away (M08).
const WOONLAND = new Weighted<string>([
  ["NL", 960],
  ["BE", 18],
  ["DE", 14],
  ["PL", 2],
  ["FR", 2],
  ["TR", 1],
  ["MA", 1],
  ["GB", 1],
  ["ES", 1],
]);

export function kiesWoonland(rng: Prng): string {
  return WOONLAND.pick(rng);
}
