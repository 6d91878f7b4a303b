// Check digits of the persoonsgebonden nummers (rules.md F03/F04): BSN elfproef and onderwijsnummer.

/** 9·d1 + 8·d2 + … + 2·d8 over the first eight digits; undefined unless s is exactly 9 digits. */
function weightedSum(s: string): number | undefined {
  if (s.length !== 9) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 8) sum += (9 - i) * d;
  }
  return sum;
}

/** BSN elfproef: (9·d1 + … + 2·d8 − d9) mod 11 = 0; 000000000 is not a BSN. */
export function isGeldigBsn(s: string): boolean {
  const sum = weightedSum(s);
  if (sum === undefined || s === "000000000") return false;
  return (sum - (s.charCodeAt(8) - 48)) % 11 === 0;
}

/** Onderwijsnummer: (9·d1 + … + 2·d8) mod 11 = d9 + 5 (so d9 ≤ 5). */
export function isGeldigOnderwijsnummer(s: string): boolean {
  const sum = weightedSum(s);
  if (sum === undefined) return false;
  return sum % 11 === s.charCodeAt(8) - 48 + 5;
}
