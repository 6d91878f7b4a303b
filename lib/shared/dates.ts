// ISO dates (YYYY-MM-DD) in the domain, `Date` at UTC midnight in the database.
export function toDb(iso: string): Date;
export function toDb(iso: string | null | undefined): Date | null;
export function toDb(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function fromDb(date: Date): string;
export function fromDb(date: Date | null): string | null;
export function fromDb(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Today in the Netherlands as ISO date: "in the future" and mandates are judged by Dutch dates. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/**
 * The instant a Dutch calendar day begins: a date filter a user types means their own day. At UTC
 * midnight Amsterdam is one or two hours ahead, and DST never changes between the two moments
 * (it changes at 01:00 UTC).
 */
export function startOfDutchDay(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const hour = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    hourCycle: "h23",
  }).format(utcMidnight);
  return new Date(utcMidnight.getTime() - Number(hour) * 3_600_000);
}
