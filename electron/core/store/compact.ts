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

/** ISO-8601 of ts (`2025-06-27T22:00:00.000Z`); null outside the dates JavaScript can hold. */
function isoOf(ts: number): string | null {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** What to store for an event's time text: a format code when that format of ts is the text. */
export function storedTimeText(ts: number, text: string): string {
  if (text.length > 24) return text; // longer than every format
  const iso = isoOf(ts);
  if (iso === null) return text;
  for (const [code, format] of TIME_FORMATS) if (format(iso, ts) === text) return code;
  return text;
}

/** The export's time text back from what was stored. */
export function timeTextOf(ts: number, stored: string): string {
  if (stored.length !== 1) return stored;
  const iso = isoOf(ts);
  const format = TIME_FORMATS.find(([code]) => code === stored)?.[1];
  return iso === null || format === undefined ? stored : (format(iso, ts) ?? stored);
}
