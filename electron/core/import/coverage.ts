/**
 * Per-member coverage: for every file in the archive, what happened to it. Pure: takes what the
 * importer reported and the importer's catalogue, returns statuses. "Missing" rows are files the
 * catalogue expects that the archive does not hold.
 */
import type { Coverage, MemberStatus, NotRead } from '../../../shared/domain';
import type { KnownFile } from '../importers/types';

export interface MemberOutcome {
  path: string;
  status: MemberStatus;
  records: number;
  note: string | null;
}

export function matchesKnown(path: string, name: string | RegExp): boolean {
  if (typeof name !== 'string') return name.test(path);
  return path === name || path.endsWith(`/${name}`);
}

export function computeCoverage(input: {
  members: readonly string[];
  catalogue: readonly KnownFile[];
  parsed: ReadonlySet<string>;
  records: ReadonlyMap<string, number>;
  problems: ReadonlyMap<string, string[]>;
}): { outcomes: MemberOutcome[]; missing: { name: string; reason: string }[] } {
  const outcomes = input.members.map((path): MemberOutcome => {
    const records = input.records.get(path) ?? 0;
    const problems = input.problems.get(path);
    if (problems && problems.length > 0) return { path, status: 'error', records, note: problems.join('; ') };
    if (input.parsed.has(path) || records > 0) {
      const known = input.catalogue.find((k) => matchesKnown(path, k.name));
      return { path, status: 'parsed', records, note: known?.reason ?? null };
    }
    const known = input.catalogue.find((k) => matchesKnown(path, k.name));
    if (known) {
      return known.status === 'ignored'
        ? { path, status: 'ignored', records: 0, note: known.reason }
        : { path, status: 'ignored', records: 0, note: `recognised (${known.reason}) but not read by this format's importer` };
    }
    return { path, status: 'unknown', records: 0, note: null };
  });
  const missing = input.catalogue
    .filter((k) => k.expected && !input.members.some((m) => matchesKnown(m, k.name)))
    .map((k) => ({ name: typeof k.name === 'string' ? k.name : readablePattern(k.name), reason: `expected: ${k.reason}` }));
  return { outcomes, missing };
}

/**
 * A catalogue pattern as a person reads a file name: `(?:^|\/)Access Log Activity\/Devices[^/]*\.csv$`
 * → `Access Log Activity/Devices….csv`. Only for display; matching still uses the pattern.
 */
export function readablePattern(re: RegExp): string {
  return re.source
    .replace(/^\^/, '')
    .replace(/^\(\?:\^\|\\\/\)/, '')
    .replace(/\$$/, '')
    .replace(/\[\^\/\][*+]|\.\*|\.\+/g, '…')
    .replace(/\\(.)/g, '$1')
    .replace(/\(\?:([^()|]*)\|[^()]*\)/g, '$1');
}

export function coverageFromRows(
  rows: readonly { path: string; status: MemberStatus; records: number; note: string | null; items?: number | null }[],
  gaps: readonly NotRead[] = [],
): Coverage {
  const c: Coverage = { parsed: [], ignored: [], unknown: [], missing: [], errors: [], notRead: [...gaps] };
  for (const r of rows) {
    if (r.status === 'parsed') c.parsed.push(r.items === null || r.items === undefined ? { member: r.path, records: r.records } : { member: r.path, records: r.records, items: r.items });
    else if (r.status === 'ignored') c.ignored.push({ member: r.path, reason: r.note ?? '' });
    else if (r.status === 'unknown') c.unknown.push({ member: r.path });
    else if (r.status === 'missing') c.missing.push({ member: r.path, reason: r.note ?? '' });
    else c.errors.push({ member: r.path, error: r.note ?? '' });
  }
  return c;
}

/** "N items in M files were not read": sums over a coverage's gaps (null when nothing is missing). */
export function notReadSummary(gaps: readonly NotRead[]): { items: number; files: number } | null {
  if (gaps.length === 0) return null;
  let items = 0;
  const files = new Set<string>();
  for (const g of gaps) {
    items += g.count;
    files.add(g.member);
  }
  return { items, files: files.size };
}

/** The sentence for a person, or null when everything read was accounted for. */
export function notReadSentence(gaps: readonly NotRead[]): string | null {
  const s = notReadSummary(gaps);
  if (!s) return null;
  const items = s.items === 1 ? '1 item' : `${s.items.toLocaleString('en-US')} items`;
  const files = s.files === 1 ? '1 file' : `${s.files.toLocaleString('en-US')} files`;
  return `${items} in ${files} ${s.items === 1 ? 'was' : 'were'} not read`;
}
