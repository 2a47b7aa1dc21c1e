/**
 * TimelineFilter → SQL. One builder for every query that filters events (timeline pages,
 * histogram, CSV), so the counts in every view agree. Values are always bound parameters.
 */
import type { TimelineFilter } from '../../../../shared/api';
import { ApiError } from '../../../../shared/errors';
import type { Db } from '../db';

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
 * Search words that also name a network owner, a host (or its owner) or a device: the text of an
 * event does not hold these (they are joined in), so the full-text index cannot find them. Per
 * word, which of the small lookup tables (ips, hosts, devices) hold it; words found in none stay
 * a pure full-text search, so the common search keeps its fast plans (timeline.ts searchOnly).
 */
export interface SearchSide { word: string; ips: boolean; devices: boolean; hosts: boolean }

/** Words shorter than this match the full-text index only: "de" is in too many owner names. */
const MIN_SIDE_WORD = 3;

/** `%word%` for LIKE, with LIKE's own wildcards escaped. */
function likeOf(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SIDE_SQL = {
  ips: `SELECT id FROM ips WHERE org LIKE ? ESCAPE '\\' OR provider LIKE ? ESCAPE '\\'`,
  devices: `SELECT id FROM devices WHERE model LIKE ? ESCAPE '\\' OR system LIKE ? ESCAPE '\\' OR user_agent LIKE ? ESCAPE '\\'`,
  hosts: `SELECT id FROM hosts WHERE name LIKE ? ESCAPE '\\' OR owner LIKE ? ESCAPE '\\'`,
} as const;
const SIDE_PARAMS = { ips: 2, devices: 3, hosts: 2 } as const;

/**
 * The last answers of searchSides, per database, keyed by the query and the sources present (an
 * import or removal changes the lookup tables): one page asks for the same query 2–3 times.
 */
const sidesCache = new WeakMap<Db, Map<string, SearchSide[]>>();

/** Which search words name an owner, host or device (a lookup in each small table per word). */
export function searchSides(db: Db, q: string | undefined): SearchSide[] {
  if (!q) return [];
  const state = db.prepare(`SELECT coalesce(max(id), 0) || ':' || count(*) || ':' || coalesce(sum(events), 0) AS k FROM sources`).get() as { k: string };
  const key = `${state.k}\u0000${q}`;
  let cache = sidesCache.get(db);
  const hit = cache?.get(key);
  if (hit) return hit;
  const sides = lookUpSides(db, q);
  if (!cache || cache.size > 32) sidesCache.set(db, (cache = new Map<string, SearchSide[]>()));
  cache.set(key, sides);
  return sides;
}

function lookUpSides(db: Db, q: string): SearchSide[] {
  const out: SearchSide[] = [];
  for (const word of searchWords(q)) {
    if (word.length < MIN_SIDE_WORD || word.length > MAX_SEARCH_WORD_CHARS) continue;
    const like = likeOf(word);
    const has = (t: keyof typeof SIDE_SQL): boolean =>
      (db.prepare(`SELECT EXISTS (${SIDE_SQL[t]}) AS x`).get(...new Array<string>(SIDE_PARAMS[t]).fill(like)) as { x: number }).x === 1;
    const side = { word, ips: has('ips'), devices: has('devices'), hosts: has('hosts') };
    if (side.ips || side.devices || side.hosts) out.push(side);
  }
  return out;
}

/**
 * `hidden`: sources still importing (queries/visible.ts), left out; empty outside an import.
 * Their ids are integers from our own table, inlined. `sides`: search words that also match
 * owners, hosts or devices (searchSides); each becomes "in the text OR in one of those".
 */
export function buildWhere(f: TimelineFilter, hidden: readonly number[] = [], sides: readonly SearchSide[] = []): SqlWhere {
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
  if (fts && f.q) {
    const sideWords = new Set(sides.map((s) => s.word));
    const plain = searchWords(f.q).filter((w) => !sideWords.has(w));
    if (plain.length > 0) {
      conds.push('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      params.push(ftsQuery(plain.join(' ')));
    }
    for (const s of sides) {
      // One set of event ids per word, a UNION of index lookups (FTS, events_ip, events_device,
      // urls_host): the cost follows the hits, like the text search's, never a pass over events.
      const like = likeOf(s.word);
      const parts = ['SELECT rowid FROM events_fts WHERE events_fts MATCH ?'];
      params.push(ftsQuery(s.word));
      if (s.ips) {
        parts.push(`SELECT id FROM events WHERE ip_id IN (${SIDE_SQL.ips})`);
        params.push(like, like);
      }
      if (s.devices) {
        parts.push(`SELECT id FROM events WHERE device_id IN (${SIDE_SQL.devices})`);
        params.push(like, like, like);
      }
      if (s.hosts) {
        parts.push(`SELECT event_id FROM urls WHERE event_id IS NOT NULL AND host_id IN (${SIDE_SQL.hosts})`);
        params.push(like, like);
      }
      conds.push(`e.id IN (${parts.join(' UNION ')})`);
    }
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
