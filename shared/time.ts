/**
 * Pure timestamp parsers for the formats platform exports use (reference/export-formats.md §0.4).
 *
 * Every parser returns a ParsedTime: the UTC instant as ISO-8601 (`2024-03-01T10:20:30Z`, with
 * `.mmm` only at ms precision), the original text untouched, and the precision the export gave.
 * A text that does not fit the format gives `utc: null` with the text kept, never a guess.
 *
 * Why no `new Date(text)`: its parsing of non-ISO strings is implementation-defined and reads
 * zone-less text in the local time zone, which would silently shift every TikTok timestamp by
 * the analyst's offset. Each format here is matched by a strict regular expression and built
 * with Date.UTC from validated fields.
 *
 * Runs anywhere (shared/): no Node or DOM APIs.
 */
import type { TimePrecision } from './domain';
import type { ParsedTime } from './records';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** A ParsedTime for text that could not be read: kept as is, no instant. */
export function invalidTime(text: string, precision: TimePrecision = 'second'): ParsedTime {
  return { utc: null, text, precision };
}

/** Formats a unix-ms instant as the ISO form used across layers (no `.000` unless ms precision). */
export function isoFromMs(ms: number, precision: TimePrecision = 'second'): string {
  const iso = new Date(ms).toISOString();
  return precision === 'ms' ? iso : `${iso.slice(0, 19)}Z`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && s <= 59;
}

/**
 * Validated fields → unix ms, or null when a field is out of range (month 13, 31 April, 25:00).
 * Two-digit or five-digit years are rejected by the callers' patterns.
 */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  if (y > 9999 || ms > 999 || !validFields(y, mo, d, h, mi, s)) return null;
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear avoids that for the (odd) early years.
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

function result(text: string, ms: number | null, precision: TimePrecision): ParsedTime {
  return ms === null ? invalidTime(text, precision) : { utc: isoFromMs(ms, precision), text, precision };
}

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** `+02:00`, `+0200`, `-05`, `Z` → offset in minutes east of UTC; null when malformed. */
function offsetMinutes(zone: string): number | null {
  if (zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const h = num(m[2]);
  const mi = num(m[3]);
  if (h > 14 || mi > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

const TIKTOK_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?: ?UTC)?$/;

/**
 * TikTok `YYYY-MM-DD HH:MM:SS` (UTC by convention, no marker). One 2022 sample appends ` UTC`
 * to login dates; that is accepted too. Surrounding whitespace is ignored; the text is kept as given.
 */
export function parseTikTokTime(text: string): ParsedTime {
  const fast = exactTikTokTime(text);
  if (fast !== undefined) return fast;
  return tikTokTimeByPattern(text);
}

/** The date (`2025-06-27`) most recently found valid: a watch history's items share their days. */
let lastValidDate = '';

/** Two ASCII digits at `at` as a number, or -1 (also the store's time checks, store/iso-time.ts). */
export function digits2(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The usual case read character by character: exactly `YYYY-MM-DD HH:MM:SS` (or with `T`), no
 * padding, no marker. Undefined for anything else, which the pattern then reads. Gives exactly
 * what tikTokTimeByPattern gives (a property test compares them).
 */
function exactTikTokTime(text: string): ParsedTime | undefined {
  if (text.length !== 19) return undefined;
  const sep = text.charCodeAt(10);
  if ((sep !== 32 && sep !== 84) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const h = digits2(text, 11);
  const mi = digits2(text, 14);
  const s = digits2(text, 17);
  if (h < 0 || mi < 0 || s < 0) return undefined;
  if (h > 23 || mi > 59 || s > 59) return invalidTime(text, 'second');
  if (lastValidDate === '' || !text.startsWith(lastValidDate)) {
    const hi = digits2(text, 0);
    const lo = digits2(text, 2);
    const mo = digits2(text, 5);
    const d = digits2(text, 8);
    if (hi < 0 || lo < 0 || mo < 0 || d < 0) return undefined;
    if (!validFields(hi * 100 + lo, mo, d, 0, 0, 0)) return invalidTime(text, 'second');
    lastValidDate = text.slice(0, 10);
  }
  return { utc: `${text.slice(0, 10)}T${text.slice(11, 19)}Z`, text, precision: 'second' };
}

/** parseTikTokTime by its pattern: the definition, and the path for padded or marked texts. */
export function tikTokTimeByPattern(text: string): ParsedTime {
  const m = TIKTOK_RE.exec(text.trim());
  if (!m) return invalidTime(text, 'second');
  // Hot path (millions of watch-history rows): the fields already are UTC, so the ISO string is
  // assembled from the validated text instead of going through a Date.
  if (!validFields(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]))) return invalidTime(text, 'second');
  return { utc: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`, text, precision: 'second' };
}

/** Google Access Log / Reddit `YYYY-MM-DD HH:MM:SS UTC` (the marker is required here). */
export function parseUtcMarkedTime(text: string): ParsedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$/.exec(text.trim());
  if (!m) return invalidTime(text, 'second');
  return result(text, utcMs(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6])), 'second');
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * ISO-8601 with an explicit zone: `2024-03-01T10:20:30Z`, `…+02:00`, `…-0500`, fractions.
 * A zone-less ISO string is rejected: which zone it means is the caller's decision
 * (use parseTikTokTime for the TikTok convention). Fractions make it ms precision (truncated).
 */
export function parseIsoTime(text: string): ParsedTime {
  const m = ISO_RE.exec(text.trim());
  if (!m) return invalidTime(text, 'second');
  const precision: TimePrecision = m[7] !== undefined ? 'ms' : m[6] !== undefined ? 'second' : 'minute';
  const fraction = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offset = offsetMinutes(m[8] ?? '');
  const local = utcMs(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), fraction);
  if (local === null || offset === null) return invalidTime(text, precision);
  return result(text, local - offset * 60_000, precision);
}

function unixResult(text: string, ms: number, precision: TimePrecision): ParsedTime {
  // ±1e14 ms ≈ year 5138: beyond that the number is not a timestamp in any export we read.
  if (!Number.isFinite(ms) || Math.abs(ms) > 1e14) return invalidTime(text, precision);
  return { utc: isoFromMs(Math.trunc(ms), precision), text, precision };
}

function numericText(value: number | string): { text: string; n: number | null } {
  const text = typeof value === 'number' ? String(value) : value;
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { text, n: null };
  return { text, n: Number(t) };
}

/** Unix seconds (Meta `timestamp`, `creation_timestamp`). Fractional seconds give ms precision. */
export function parseUnixSeconds(value: number | string): ParsedTime {
  const { text, n } = numericText(value);
  if (n === null) return invalidTime(text, 'second');
  return unixResult(text, n * 1000, Number.isInteger(n) ? 'second' : 'ms');
}

/** Unix milliseconds (Meta `timestamp_ms`). */
export function parseUnixMs(value: number | string): ParsedTime {
  const { text, n } = numericText(value);
  if (n === null) return invalidTime(text, 'ms');
  return unixResult(text, n, 'ms');
}

/**
 * A unix number of unknown unit: ≥ 1e11 is read as ms (1e11 s would be the year 5138, 1e11 ms
 * is 1973), below as seconds. Use the explicit parsers when the field name says the unit.
 */
export function parseUnixAuto(value: number | string): ParsedTime {
  const { text, n } = numericText(value);
  if (n === null) return invalidTime(text, 'second');
  return Math.abs(n) >= 1e11 ? parseUnixMs(value) : parseUnixSeconds(value);
}

/** X/Twitter tweets: `Sat Aug 12 16:10:37 +0000 2023`. The weekday is not checked against the date. */
export function parseTwitterTime(text: string): ParsedTime {
  const m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS[(m[1] ?? '').toLowerCase()] : undefined;
  if (!m || month === undefined) return invalidTime(text, 'second');
  const offset = offsetMinutes(m[6] ?? '');
  const local = utcMs(num(m[7]), month, num(m[2]), num(m[3]), num(m[4]), num(m[5]));
  if (local === null || offset === null) return invalidTime(text, 'second');
  return result(text, local - offset * 60_000, 'second');
}

/** LinkedIn: `Tue Jan 10 12:34:56 UTC 2023`. */
export function parseLinkedInTime(text: string): ParsedTime {
  const m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS[(m[1] ?? '').toLowerCase()] : undefined;
  if (!m || month === undefined) return invalidTime(text, 'second');
  return result(text, utcMs(num(m[6]), month, num(m[2]), num(m[3]), num(m[4]), num(m[5])), 'second');
}

/** Spotify account data: `YYYY-MM-DD HH:MM` (UTC, minute precision). */
export function parseMinuteTime(text: string): ParsedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return invalidTime(text, 'minute');
  return result(text, utcMs(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5])), 'minute');
}

export interface DateOnlyOptions {
  /**
   * How to read `NN/NN/YYYY`. Slash dates are ambiguous (TikTok TXT birthdates are DD/MM/YYYY,
   * US exports MM/DD/YYYY), so they are read only when the caller says which order applies.
   */
  slashOrder?: 'dmy' | 'mdy';
}

/**
 * A calendar date, day precision, at 00:00 UTC: `2024-03-01`, `10-Aug-2002` (TikTok birthDate),
 * `10 Aug 2002`, `Aug 10, 2002`, and `DD/MM/YYYY` / `MM/DD/YYYY` only with `slashOrder`.
 */
export function parseDateOnly(text: string, opts: DateOnlyOptions = {}): ParsedTime {
  const t = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
    [y, mo, d] = [num(m[1]), num(m[2]), num(m[3])];
  } else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(t))) {
    [y, mo, d] = [num(m[3]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, num(m[1])];
  } else if ((m = /^([A-Za-z]{3}) (\d{1,2}), (\d{4})$/.exec(t))) {
    [y, mo, d] = [num(m[3]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, num(m[2])];
  } else if (opts.slashOrder && (m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) {
    const [a, b] = [num(m[1]), num(m[2])];
    [y, mo, d] = opts.slashOrder === 'dmy' ? [num(m[3]), b, a] : [num(m[3]), a, b];
  } else {
    return invalidTime(text, 'day');
  }
  return result(text, utcMs(y, mo, d), 'day');
}

/**
 * Tries every unambiguous format above, most specific first, for a value whose format the caller
 * does not know. Zone-less `YYYY-MM-DD HH:MM:SS` is read as UTC (the TikTok/X-ads convention);
 * slash dates are never guessed. Numbers are unix time (unit by magnitude, see parseUnixAuto).
 */
export function parseAnyTime(value: string | number): ParsedTime {
  if (typeof value === 'number') return parseUnixAuto(value);
  const t = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return parseUnixAuto(value);
  const attempts: ((s: string) => ParsedTime)[] = [
    parseIsoTime, parseTikTokTime, parseTwitterTime, parseLinkedInTime, parseMinuteTime, (s) => parseDateOnly(s),
  ];
  for (const attempt of attempts) {
    const parsed = attempt(value);
    if (parsed.utc !== null) return parsed;
  }
  return invalidTime(value, 'second');
}
