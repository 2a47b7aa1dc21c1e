/**
 * ISO-8601 UTC times to and from ms, for the writer's per-record work: `Date.parse` of each
 * record's time and a `toISOString` to check its time text cost ~1.5 µs a record together, about a
 * tenth of the database thread's work per event. Both answers equal Date's own for every input
 * (property tests in test/unit/store/raw-compact.test.ts); the usual case (years 0000–9999, the
 * same day as the last record) is a few character comparisons, everything else is left to Date.
 */
import { digits2 } from '../../../shared/time';

export const DAY_MS = 86_400_000;
const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
export const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** The last day formatted and its date (`2025-06-27`): an export's records mostly share their neighbours' day. */
let lastDay = Number.NaN;
let lastDate = '';

/** The date (`2025-06-27`) of a day number, or null where Date writes a sign and six digits (years outside 0000–9999) or none. */
export function dateOfDay(day: number): string | null {
  if (day === lastDay) return lastDate;
  const iso = isoByDate(day * DAY_MS);
  if (iso === null || iso.length !== 24) return null;
  lastDay = day;
  lastDate = iso.slice(0, 10);
  return lastDate;
}

export function clockOf(msOfDay: number): { h: number; m: number; s: number; ms: number } {
  const h = Math.floor(msOfDay / 3_600_000);
  let rest = msOfDay - h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return { h, m, s, ms: rest - s * 1000 };
}

/** ISO-8601 of ts (`2025-06-27T22:00:00.000Z`), as `new Date(ts).toISOString()`; null outside the dates JavaScript can hold. */
export function isoOf(ts: number): string | null {
  if (!Number.isInteger(ts)) return isoByDate(ts);
  const day = Math.floor(ts / DAY_MS);
  const date = dateOfDay(day);
  if (date === null) return isoByDate(ts);
  const c = clockOf(ts - day * DAY_MS);
  return `${date}T${PAD2[c.h]}:${PAD2[c.m]}:${PAD2[c.s]}.${PAD3[c.ms]}Z`;
}

function isoByDate(ts: number): string | null {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The last date text parsed and its day's first ms. */
let lastParsedDate = '';
let lastParsedDayMs = Number.NaN;

/**
 * `Date.parse(iso)`, fast for the forms records carry (`2025-06-27T22:00:00Z`, with `.123`
 * before the Z): the date part parsed once per day, the clock read digit by digit.
 */
export function msOfIso(iso: string): number {
  const len = iso.length;
  if ((len !== 20 && len !== 24) || iso.charCodeAt(len - 1) !== 90 || iso.charCodeAt(10) !== 84
    || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return Date.parse(iso);
  const h = digits2(iso, 11);
  const m = digits2(iso, 14);
  const s = digits2(iso, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return Date.parse(iso);
  let ms = 0;
  if (len === 24) {
    const a = digits2(iso, 20);
    const b = iso.charCodeAt(22) - 48;
    if (iso.charCodeAt(19) !== 46 || a < 0 || b < 0 || b > 9) return Date.parse(iso);
    ms = a * 10 + b;
  }
  if (!iso.startsWith(lastParsedDate) || lastParsedDate === '') {
    const date = iso.slice(0, 10);
    // Only the plain form YYYY-MM-DD is cached; Date decides what it means (and whether it is a date).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return Date.parse(iso);
    const dayMs = Date.parse(`${date}T00:00:00Z`);
    if (Number.isNaN(dayMs)) return Number.NaN;
    lastParsedDate = date;
    lastParsedDayMs = dayMs;
  }
  return lastParsedDayMs + h * 3_600_000 + m * 60_000 + s * 1000 + ms;
}
