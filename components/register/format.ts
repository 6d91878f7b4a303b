// Display formats of the register pages beyond components/ui/format.ts: person names.

type Naam = { achternaam: string | null; voorvoegsel: string | null; voornamen: string | null };

/** "Vries, Jan de" — the Dutch list convention (sorted on achternaam); null without any name. */
export function formatNaam({ achternaam, voorvoegsel, voornamen }: Naam): string | null {
  const rest = [voornamen, voorvoegsel].filter(Boolean).join(" ");
  if (!achternaam) return rest || null;
  return rest ? `${achternaam}, ${rest}` : achternaam;
}

/** "Jan de Vries" — as a heading reads. */
export function formatVolledigeNaam({ achternaam, voorvoegsel, voornamen }: Naam): string | null {
  return [voornamen, voorvoegsel, achternaam].filter(Boolean).join(" ") || null;
}
