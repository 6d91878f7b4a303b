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

// Built once: constructing an Intl.DateTimeFormat with a time zone costs about 0.2 ms (measured; 0.004 ms to format with a kept one), and every API
// request asks for today (the profile of `next start` under api-put had 7 % of its CPU here).
const DUTCH_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const DUTCH_HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  hourCycle: "h23",
});

let today = { minute: Number.NaN, iso: "" };

/**
 * Today in the Netherlands as ISO date: "in the future" and mandates are judged by Dutch dates.
 * Formatted once per minute: the Dutch date changes only on a whole UTC hour (the offsets are whole
 * hours), and formatting with a time zone still cost 1.4 % of an API PUT's server CPU.
 */
export function todayIso(now = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== today.minute) today = { minute, iso: DUTCH_DATE.format(now) };
  return today.iso;
}

/**
 * The instant a Dutch calendar day begins: a date filter a user types means their own day. At UTC
 * midnight Amsterdam is one or two hours ahead, and DST never changes between the two moments
 * (it changes at 01:00 UTC).
 */
export function startOfDutchDay(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const hour = DUTCH_HOUR.format(utcMidnight);
  return new Date(utcMidnight.getTime() - Number(hour) * 3_600_000);
}
