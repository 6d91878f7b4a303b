// The PGN outside a person's detail page: masked to its last four digits, and normalised for search.

/** `*****1234`: lists and exports show only the last four digits (domain.md). */
export function maskPgn(pgn: string): string {
  return `*****${pgn.slice(-4)}`;
}

/** What a user typed as a PGN, without spaces and dots (`1234.56.782`); null unless 9 digits remain. */
export function normalizePgn(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const digits = input.replace(/[\s.]/g, "");
  return /^\d{9}$/.test(digits) ? digits : null;
}
