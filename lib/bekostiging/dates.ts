// Date helpers on ISO "YYYY-MM-DD" strings (which order correctly as strings); all ends are inclusive.
import type { IsoDate } from "./types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  // UTC so that no time zone or DST shift can move the day.
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole years on `date`; on the birthday one is a year older; born 29 February: on 1 March in other years. */
export function ageOn(geboortedatum: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = parts(geboortedatum);
  const [y, m, d] = parts(date);
  const [cm, cd] = bm === 2 && bd === 29 && !isLeapYear(y) ? [3, 1] : [bm, bd];
  const hadBirthday = m > cm || (m === cm && d >= cd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** Active on `day`: start ≤ day and (no end or day ≤ end). */
export function isActiveOn(start: IsoDate, end: IsoDate | null, day: IsoDate): boolean {
  return start <= day && (end === null || day <= end);
}

/** 1 August that starts the studiejaar (1 August – 31 July) containing `date`. */
export function studiejaarStart(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return isoDate(m >= 8 ? y : y - 1, 8, 1);
}

/** 31 December of the calendar year of `date`. */
export function endOfYear(date: IsoDate): IsoDate {
  return isoDate(yearOf(date), 12, 31);
}

/** Two inclusive date ranges share at least one day. */
export function rangesOverlap(aStart: IsoDate, aEnd: IsoDate, bStart: IsoDate, bEnd: IsoDate): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
