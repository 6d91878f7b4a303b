// Display formats of the portal: dates as dd-mm-jjjj (stored as ISO), moments in Dutch time,
// funding weights with two decimals, file sizes.
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const iso = typeof value === "string" ? value : value.toISOString();
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}

const DATE_TIME = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** dd-mm-jjjj uu:mm in Dutch time, for received/processed moments. */
export function formatDateTime(value: Date | string): string {
  const parts = DATE_TIME.formatToParts(typeof value === "string" ? new Date(value) : value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}-${get("month")}-${get("year")} ${get("hour")}:${get("minute")}`;
}

/** The number format of the portal's language: 1.234,5 in Dutch, 1,234.5 in English. */
export function numberLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "nl-NL";
}

/** A count or figure in the reader's number format. */
export function formatGetal(n: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(numberLocale(locale), options).format(n);
}

/** A funding gewicht with two decimals (rules.md), in the reader's number format. */
export function formatGewicht(gewicht: number, locale = "nl"): string {
  return formatGetal(gewicht, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatGetal(value, locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
