/**
 * Two columns of an events row stored without repeating what every neighbour repeats (schema
 * migration 12, issue 15: the database ≤ 2.5× its JSON). Both are exact: the writer keeps the
 * compact form only when reading it back gives the very text it was given.
 *
 * - The pointer: `/Your Activity/Watch History/VideoList/91` is a base shared by the member's
 *   items (`/Your Activity/Watch History/VideoList/` + `` rest) and the last run of digits (`91`).
 *   The base is a pointer_bases row; the events row keeps the digits.
 * - The time text: the export's own words for the time. When it is one of a few fixed formats
 *   of the event's ts (`2025-06-27 22:00:00`, ISO-8601, epoch seconds), a one-character code
 *   naming the format stands for it.
 */
import { digits2 } from '../../../shared/time';
import { clockOf, dateOfDay, DAY_MS, isoOf, msOfIso, PAD3 } from './iso-time';

/** A pointer split around its last run of digits; null when it has none. */
export interface PointerSplit {
  head: string;
  tail: string;
  rest: string;
}

export function splitPointer(pointer: string): PointerSplit | null {
  let end = pointer.length;
  while (end > 0 && !isDigit(pointer.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && isDigit(pointer.charCodeAt(start - 1))) start--;
  return { head: pointer.slice(0, start), tail: pointer.slice(start, end), rest: pointer.slice(end) };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The SQL for an event's whole pointer, given the alias of its events row: the stored text when
 * it has no base (rows written before migration 12, pointers without digits), else base + digits.
 */
export function eventPointerSql(alias: string): string {
  return `CASE WHEN ${alias}.pointer_base IS NULL THEN ${alias}.pointer ELSE (SELECT b.head || ${alias}.pointer || b.rest FROM pointer_bases b WHERE b.id = ${alias}.pointer_base) END`;
}

/**
 * Formats a time text can be derived in, each keyed by the control character stored for it.
 * Never reorder or change one: stored rows name them. A code is stored only when the format of
 * ts equals the export's text, so no real time text (which always held a readable date) is a code.
 */
const TIME_FORMATS: readonly (readonly [code: string, format: (iso: string, ts: number) => string | null])[] = [
  ['\u0001', (iso, ts) => (ts % 1000 === 0 && iso.length === 24 ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : null)],
  ['\u0002', (iso) => iso],
  ['\u0003', (iso, ts) => (ts % 1000 === 0 && iso.length === 24 ? `${iso.slice(0, 19)}Z` : null)],
  ['\u0004', (_iso, ts) => (ts % 1000 === 0 ? String(ts / 1000) : null)],
];

/** The code of `2025-06-27 22:00:00` (the time of ts at a whole second, as TikTok writes it). */
export const TIME_FORMAT_SECONDS = TIME_FORMATS[0]![0];

/**
 * What to store for an event's time text: a format code when that format of ts is the text.
 * Called for every event an import writes, so the usual case (an integer ts in years 0000–9999)
 * compares characters instead of formatting ts four ways; it answers exactly as
 * `timeCodeByFormats` does (a property test compares the two).
 */
export function storedTimeText(ts: number, text: string): string {
  if (text.length > 24) return text; // longer than every format
  if (!Number.isInteger(ts)) return timeCodeByFormats(ts, text);
  const day = Math.floor(ts / DAY_MS);
  const date = dateOfDay(day);
  if (date === null) return timeCodeByFormats(ts, text);
  const c = clockOf(ts - day * DAY_MS);
  const len = text.length;
  if ((len === 19 || len === 20 || len === 24) && text.startsWith(date) && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58
    && digits2(text, 11) === c.h && digits2(text, 14) === c.m && digits2(text, 17) === c.s) {
    const sep = text.charCodeAt(10);
    if (len === 19 && sep === 32 && c.ms === 0) return TIME_FORMATS[0]![0];
    if (len === 24 && sep === 84 && text.charCodeAt(19) === 46 && text.endsWith(`${PAD3[c.ms]}Z`)) return TIME_FORMATS[1]![0];
    if (len === 20 && sep === 84 && c.ms === 0 && text.charCodeAt(19) === 90) return TIME_FORMATS[2]![0];
  }
  if (c.ms === 0 && text === String(ts / 1000)) return TIME_FORMATS[3]![0];
  return text;
}

/** storedTimeText by formatting ts in each format and comparing: the definition, and the path for unusual ts. */
export function timeCodeByFormats(ts: number, text: string): string {
  if (text.length > 24) return text;
  const iso = isoOf(ts);
  if (iso === null) return text;
  for (const [code, format] of TIME_FORMATS) if (format(iso, ts) === text) return code;
  return text;
}

/**
 * An event's ts and stored time text, computed where the record was read (the import's reader
 * thread, which has time to spare) and carried on the record under this key, so the database
 * thread does not compute them again (import/reader-protocol.ts). Absent: the writer computes them.
 */
export const TIME_AS_STORED: unique symbol = Symbol('time as stored');
export type TimeAsStored = [ts: number, stored: string];

/** [ts, stored time text] of an event's UTC time and text, or null when the time gives no ts. */
export function timeAsStored(utc: string, text: string): TimeAsStored | null {
  const ts = msOfIso(utc);
  return Number.isFinite(ts) ? [ts, storedTimeText(ts, text)] : null;
}

/** The export's time text back from what was stored. */
export function timeTextOf(ts: number, stored: string): string {
  if (stored.length !== 1) return stored;
  const iso = isoOf(ts);
  const format = TIME_FORMATS.find(([code]) => code === stored)?.[1];
  return iso === null || format === undefined ? stored : (format(iso, ts) ?? stored);
}
