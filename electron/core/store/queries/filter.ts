/**
 * TimelineFilter → SQL. One builder for every query that filters events (timeline pages,
 * histogram, CSV), so the counts in every view agree. Values are always bound parameters.
 */
import type { TimelineFilter } from '../../../../shared/api';
import { ApiError } from '../../../../shared/errors';

export interface SqlWhere {
  /** Joins needed by the conditions (aliases: e = events, i = ips). */
  joins: string;
  where: string;
  params: unknown[];
}

/**
 * Limits of a search, checked here (every path to the full-text index passes through ftsQuery) so
 * no request can keep the only thread busy: an FTS5 query of N phrases costs N index scans.
 * The request schema also caps `filter.q` at 1000 characters.
 */
export const MAX_SEARCH_WORDS = 32;
export const MAX_SEARCH_WORD_CHARS = 200;

/** Words of a search; control characters (NUL ends an FTS5 string) separate words like spaces. */
export function searchWords(q: string): string[] {
  return q.replace(/[\u0000-\u001f\u007f]/g, ' ').split(/\s+/).filter((w) => w.length > 0);
}

/** Plain words → an FTS5 query where every word must match (as a phrase, so `-` is literal). */
export function ftsQuery(q: string): string | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  if (words.length > MAX_SEARCH_WORDS) {
    throw new ApiError('bad-request', `filter.q: a search has at most ${MAX_SEARCH_WORDS} words (this one has ${words.length}).`, {
      issues: [{ path: 'filter.q', message: `has more than ${MAX_SEARCH_WORDS} words (the limit)` }],
    });
  }
  const long = words.find((w) => w.length > MAX_SEARCH_WORD_CHARS);
  if (long !== undefined) {
    throw new ApiError('bad-request', `filter.q: a search word has at most ${MAX_SEARCH_WORD_CHARS} characters.`, {
      issues: [{ path: 'filter.q', message: `has a word longer than ${MAX_SEARCH_WORD_CHARS} characters (the limit)` }],
    });
  }
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * `hidden`: sources still importing (queries/visible.ts), left out; empty outside an import.
 * Their ids are integers from our own table, inlined.
 */
export function buildWhere(f: TimelineFilter, hidden: readonly number[] = []): SqlWhere {
  const conds: string[] = [];
  if (hidden.length > 0) conds.push(`e.source_id NOT IN (${hidden.map((n) => Math.trunc(n)).join(',')})`);
  const params: unknown[] = [];
  let joinIps = false;
  const inList = (column: string, values: readonly unknown[]) => {
    conds.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  if (f.from) {
    conds.push('e.ts >= ?');
    params.push(Date.parse(f.from));
  }
  if (f.to) {
    conds.push('e.ts < ?');
    params.push(Date.parse(f.to));
  }
  if (f.sourceIds?.length) inList('e.source_id', f.sourceIds);
  if (f.platforms?.length) inList('e.platform', f.platforms);
  if (f.kinds?.length) inList('e.kind', f.kinds);
  if (f.deviceIds?.length) inList('e.device_id', f.deviceIds);
  if (f.countries?.length) {
    joinIps = true;
    inList('i.country', f.countries);
  }
  if (f.networkKinds?.length) {
    joinIps = true;
    inList('i.network_kind', f.networkKinds);
  }
  if (f.flaggedOnly) conds.push('e.flagged = 1');
  const fts = f.q ? ftsQuery(f.q) : null;
  if (fts) {
    conds.push('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
    params.push(fts);
  }
  return {
    joins: joinIps ? 'JOIN ips i ON i.id = e.ip_id' : '',
    where: conds.length ? `WHERE ${conds.join(' AND ')}` : '',
    params,
  };
}

/** Split text into segments with the query's words marked, case-insensitively. Pure. */
export function highlight(text: string, q: string): { text: string; hit: boolean }[] {
  const words = searchWords(q).map((w) => w.toLowerCase());
  if (words.length === 0 || text.length === 0) return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const w of words) {
    let at = lower.indexOf(w);
    while (at !== -1) {
      marks.push([at, at + w.length]);
      at = lower.indexOf(w, at + w.length);
    }
  }
  if (marks.length === 0) return [{ text, hit: false }];
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  const out: { text: string; hit: boolean }[] = [];
  let pos = 0;
  for (const [a, b] of merged) {
    if (a > pos) out.push({ text: text.slice(pos, a), hit: false });
    out.push({ text: text.slice(a, b), hit: true });
    pos = b;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
}
