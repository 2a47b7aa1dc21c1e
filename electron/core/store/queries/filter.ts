/**
 * TimelineFilter → SQL. One builder for every query that filters events (timeline pages,
 * histogram, CSV), so the counts in every view agree. Values are always bound parameters.
 */
import type { TimelineFilter } from '../../../../shared/api';

export interface SqlWhere {
  /** Joins needed by the conditions (aliases: e = events, i = ips). */
  joins: string;
  where: string;
  params: unknown[];
}

/** Plain words → an FTS5 query where every word must match (as a phrase, so `-` is literal). */
export function ftsQuery(q: string): string | null {
  const words = q.split(/\s+/).map((w) => w.trim()).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

export function buildWhere(f: TimelineFilter): SqlWhere {
  const conds: string[] = [];
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
  const words = q.split(/\s+/).filter((w) => w.length > 0).map((w) => w.toLowerCase());
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
