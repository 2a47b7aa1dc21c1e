/**
 * Recognising the parts of one split export from their file names. Each part is a complete zip
 * on its own (Takeout `takeout-20240301T101010Z-001.zip`, `-002.zip`; Meta and others `…-part1.zip`),
 * so the names are the only thing tying them together.
 *
 * The bare-number form needs exactly three digits: `TikTok_Data_1700000000.zip` (a timestamp) and
 * `export-2024-03-01.zip` (a date) must not pass for parts of one export.
 */
export interface SplitName {
  /** Lower-cased stem without the part number; equal for all parts of one export. */
  key: string;
  /** The stem as written, for labels. */
  stem: string;
  number: number;
}

const WITH_PART_WORD = /^(.+?)[-_ .]part[-_ .]?(\d{1,4})$/i;
const THREE_DIGITS = /^(.+?)-(\d{3})$/;

export function splitName(fileName: string): SplitName | null {
  const zip = /^(.+)\.zip$/i.exec(fileName);
  if (zip === null) return null;
  const m = WITH_PART_WORD.exec(zip[1]!) ?? THREE_DIGITS.exec(zip[1]!);
  if (m === null) return null;
  const stem = m[1]!.replace(/[-_ .]+$/, '');
  return { key: stem.toLowerCase(), stem, number: Number(m[2]) };
}

/**
 * The files in part order, or why they are not one export. Gaps are allowed: every part is
 * readable alone, and someone may analyse only the parts they downloaded.
 */
export function orderParts<T extends { name: string }>(files: T[]): { ordered: T[]; stem: string } | { problem: string } {
  const named = files.map((f) => ({ f, s: splitName(f.name) }));
  const unnumbered = named.filter((n) => n.s === null).map((n) => n.f.name);
  if (unnumbered.length > 0) {
    return { problem: `${quoteList(unnumbered)} ${unnumbered.length === 1 ? 'does' : 'do'} not look like a numbered part of a split export (such as “takeout-…-001.zip”, “…-002.zip”). Open one export at a time` };
  }
  const keys = new Set(named.map((n) => n.s!.key));
  if (keys.size > 1) return { problem: 'these zip files belong to different exports (their names differ). Open one export at a time' };
  const numbers = new Set(named.map((n) => n.s!.number));
  if (numbers.size < named.length) return { problem: 'the same part number appears twice; pick each part of the export once' };
  const ordered = named.sort((a, b) => a.s!.number - b.s!.number).map((n) => n.f);
  return { ordered, stem: named[0]!.s!.stem };
}

export function quoteList(names: string[], max = 4): string {
  const shown = names.slice(0, max).map((n) => `“${n}”`);
  const more = names.length > max ? ` and ${names.length - max} more` : '';
  return shown.join(', ') + more;
}
