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

/**
 * Parts of the same split export that were not chosen: numbers missing below the highest chosen
 * one, and parts lying beside the chosen ones (`siblings`: file names in their folder). Names of
 * gaps are spelled like their neighbours (`takeout-…-002.zip`).
 */
export function missingParts(chosen: readonly string[], siblings: readonly string[]): { kind: 'missing-part'; path: string; reason: string }[] {
  const parsed = chosen.map((name) => ({ name, s: splitName(name) })).filter((p): p is { name: string; s: SplitName } => p.s !== null);
  if (parsed.length === 0 || parsed.length !== chosen.length) return [];
  const key = parsed[0]!.s.key;
  const have = new Set(parsed.map((p) => p.s.number));
  const out = new Map<number, { kind: 'missing-part'; path: string; reason: string }>();
  for (const sib of siblings) {
    const s = splitName(sib);
    if (s === null || s.key !== key || have.has(s.number)) continue;
    out.set(s.number, { kind: 'missing-part', path: sib, reason: `part ${s.number} of this split export lies beside the chosen parts but was not chosen; files in it were not read` });
  }
  const max = Math.max(...have);
  const sample = parsed[0]!;
  for (let n = 1; n < max; n++) {
    if (have.has(n) || out.has(n)) continue;
    out.set(n, { kind: 'missing-part', path: partFileName(sample.name, sample.s.number, n), reason: `part ${n} of this split export was not chosen (parts ${[...have].sort((a, b) => a - b).join(', ')} were); files in it were not read` });
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

/** `takeout-X-003.zip` with number 3 → the same name for number 2, keeping the digit count. */
function partFileName(name: string, from: number, to: number): string {
  const digits = new RegExp(`0*${from}(\\.zip)$`, 'i');
  const m = digits.exec(name);
  if (m === null) return `part ${to}`;
  const width = m[0].length - m[1]!.length;
  return name.slice(0, m.index) + String(to).padStart(width, '0') + m[1]!;
}
