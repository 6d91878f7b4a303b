// Display formats of the register pages beyond components/ui/format.ts: names, weights, moments.

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

/** A funding gewicht with two decimals (rules.md), in the reader's number format. */
export function formatGewicht(gewicht: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(gewicht);
}

/** dd-mm-jjjj hh:mm in Dutch time, for received/processed moments. */
export function formatMoment(value: Date): string {
  const parts = new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
  }).formatToParts(value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}-${get("month")}-${get("year")} ${get("hour")}:${get("minute")}`;
}
