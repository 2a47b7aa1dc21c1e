/**
 * Timeline reads: histogram, pages by offset or by time, one event in full with its citation.
 * Ordered by (ts, id) everywhere, matching the events_ts index.
 *
 * Filters on time, source, platform and kind (the common case) are counted from event_days
 * (day-counts.ts), so totals, positions and charts cost about the same at 10 M events as at 10 k.
 * A search alone is counted in the FTS index and paged by the cheaper of two plans (searchPage).
 * Other filters (country, network, device, flagged, or search combined with anything) count and
 * skip rows.
 */
import type { EventDetail, EventRow, Histogram, TimelineFilter, TimelineOrder, TimelinePage } from '../../../../shared/api';
import type { EventKind, Grade, NetworkKind, Platform, TimePrecision } from '../../../../shared/domain';
import type { Db } from '../db';
import { DayCounter, dayOf, dayScope, type DayScope } from './day-counts';
import { buildWhere as buildWhereOf, ftsQuery, highlight, searchSides } from './filter';
import { COMPLETE_SOURCE, hiddenSourceIds } from './visible';
import { deviceLabel, isoPrecise } from './rows';
import { flagsForEvent } from './flags';
import { eventPointerSql, timeTextOf } from '../compact';
import { eventRawAndUrls } from '../raw-blocks';

const ROW_COLUMNS = `
  SELECT e.id, e.ts, e.time_text, e.precision, e.kind, e.platform, e.source_id, e.title, e.body, e.counterpart,
         e.flagged, ip.address AS ip, ip.country, ip.network_kind, d.model, d.system, d.user_agent`;
const ROW_JOINS = `
  LEFT JOIN ips ip ON ip.id = e.ip_id
  LEFT JOIN devices d ON d.id = e.device_id`;
const ROW_SELECT = `${ROW_COLUMNS} FROM events e ${ROW_JOINS}`;
/**
 * The rows of a page whose ids a subquery `p` picked: CROSS JOIN keeps `p` the outer loop (SQLite
 * does not reorder it), so the joins run for the page's rows only — otherwise the planner may
 * walk every event in time order to satisfy the outer ORDER BY.
 */
const pageOf = (ids: string): string => `${ROW_COLUMNS} FROM (${ids}) p CROSS JOIN events e ON e.id = p.id ${ROW_JOINS} ORDER BY e.ts, e.id`;

interface RawRow {
  id: number; ts: number; time_text: string; precision: TimePrecision; kind: EventKind; platform: Platform;
  source_id: number; title: string; body: string | null; counterpart: string | null; flagged: number;
  ip: string | null; country: string | null; network_kind: NetworkKind | null; model: string | null;
  system: string | null; user_agent: string | null;
}

function toRow(r: RawRow, q: string | undefined): EventRow {
  return {
    id: r.id,
    time: isoPrecise(r.ts),
    timeText: timeTextOf(r.ts, r.time_text),
    precision: r.precision,
    kind: r.kind,
    platform: r.platform,
    sourceId: r.source_id,
    title: r.title,
    ip: r.ip,
    country: r.country,
    networkKind: r.network_kind,
    device: deviceLabel(r.model, r.system, r.user_agent),
    counterpart: r.counterpart,
    flagged: r.flagged === 1,
    snippet: q ? highlight(r.body ? `${r.title} — ${r.body}` : r.title, q) : null,
  };
}

/** The filter's time range in ms (open ends infinite), or null when a bound is not a date. */
function timeRange(f: TimelineFilter): { from: number; to: number } | null {
  const from = f.from ? Date.parse(f.from) : Number.NEGATIVE_INFINITY;
  const to = f.to ? Date.parse(f.to) : Number.POSITIVE_INFINITY;
  return Number.isNaN(from) || Number.isNaN(to) ? null : { from, to };
}

/** event_days over the filter's range, when the filter allows it. */
function dayCounting(db: Db, f: TimelineFilter): { scope: DayScope; from: number; to: number; counter: DayCounter } | null {
  const range = timeRange(f);
  const scope = range ? dayScope(f, hiddenSourceIds(db)) : null;
  if (!range || !scope) return null;
  const fromDay = Number.isFinite(range.from) ? dayOf(range.from) : undefined;
  const toDay = Number.isFinite(range.to) ? dayOf(range.to) : undefined;
  return { scope, ...range, counter: new DayCounter(db, scope, fromDay, toDay) };
}

export function countEvents(db: Db, filter: TimelineFilter): number {
  const dc = dayCounting(db, filter);
  if (dc) return Math.max(0, dc.counter.before(dc.to) - dc.counter.before(dc.from));
  const match = searchOnly(db, filter);
  if (match !== null) return searchCount(db, match);
  return scanCount(db, filter);
}

/**
 * The FTS query when full-text search is the filter's only condition, else null. Null too while
 * an import is under way: its committed batches are in the FTS index but not yet visible.
 */
function searchOnly(db: Db, f: TimelineFilter): string | null {
  const match = f.q ? ftsQuery(f.q) : null;
  // A word naming an owner, host or device needs the joined tables: not the FTS index alone.
  if (match !== null && searchSides(db, f.q).length > 0) return null;
  if (match !== null && hiddenSourceIds(db).length > 0) return null;
  if (match === null || f.from || f.to || f.flaggedOnly) return null;
  if (f.sourceIds?.length || f.platforms?.length || f.kinds?.length || f.deviceIds?.length || f.countries?.length || f.networkKinds?.length) return null;
  return match;
}

/** Matches counted in the FTS index alone (every event has its FTS row, kept by triggers). */
function searchCount(db: Db, match: string): number {
  return db.prepare(`SELECT count(*) FROM events_fts WHERE events_fts MATCH ?`).pluck().get(match) as number;
}

/** Counting rows: for filters event_days cannot answer (and as the reference in tests). */
export function scanCount(db: Db, filter: TimelineFilter): number {
  const w = buildWhere(db, filter, hiddenSourceIds(db));
  return (db.prepare(`SELECT count(*) AS n FROM events e ${w.joins} ${w.where}`).get(...w.params) as { n: number }).n;
}

/** The filter's SQL, with search words that name owners, hosts or devices matched there too. */
function buildWhere(db: Db, f: TimelineFilter, hidden: readonly number[]): ReturnType<typeof buildWhereOf> {
  return buildWhereOf(f, hidden, searchSides(db, f.q));
}

type PageRequest = { filter: TimelineFilter; offset?: number; at?: string; limit: number; order?: TimelineOrder };

export function timelinePage(db: Db, req: PageRequest): TimelinePage {
  return req.order === 'newest' ? newestFirstPage(db, req) : oldestFirstPage(db, req);
}

/**
 * Newest first, as a mirror of the oldest-first page: offset o from the newest is the page that
 * ends total − o in time order, read backwards. Every plan (day counts, search, scan) stays as
 * fast as it is oldest first; the total is counted once more, from the same fast paths.
 */
function newestFirstPage(db: Db, req: PageRequest): TimelinePage {
  const limit = pageLimit(req.limit);
  const total = countEvents(db, req.filter);
  let offset = Math.max(0, Math.floor(req.offset ?? 0));
  const at = req.at ? Date.parse(req.at) : Number.NaN;
  if (req.at) offset = 0;
  if (!Number.isNaN(at)) {
    // Oldest first, `at` + 1 ms gives the count of events at or before `at` (times are whole
    // ms), capped to the last row; the newest of them sits just past the events after it.
    const p = oldestFirstPage(db, { filter: req.filter, at: new Date(at + 1).toISOString(), limit: 1 });
    const first = p.events[0]?.time;
    const atOrBefore = first && Date.parse(first) <= at ? p.offset + 1 : p.offset;
    offset = Math.max(0, Math.min(total - atOrBefore, total - 1));
  }
  if (offset >= total) return { offset, total, events: [] };
  const end = total - offset;
  const start = Math.max(0, end - limit);
  const page = oldestFirstPage(db, { filter: req.filter, offset: start, limit: end - start });
  return { offset, total, events: page.events.reverse() };
}

function oldestFirstPage(db: Db, req: PageRequest): TimelinePage {
  const dc = dayCounting(db, req.filter);
  if (!dc) {
    const match = req.at ? null : searchOnly(db, req.filter);
    return match === null ? scanPage(db, req) : searchPage(db, req, match);
  }
  const limit = pageLimit(req.limit);
  const { counter, from, to, scope } = dc;
  const base = counter.before(from);
  const total = Math.max(0, counter.before(to) - base);
  let offset = Math.max(0, Math.floor(req.offset ?? 0));
  if (req.at) {
    const capped = Math.min(Date.parse(req.at), to);
    offset = Number.isNaN(capped) ? 0 : Math.max(0, counter.before(capped) - base);
    offset = Math.max(0, Math.min(offset, total - 1));
  }
  if (offset >= total) return { offset, total, events: [] };
  // Seek to the day holding the offset and skip only the rows of that day before it.
  const win = counter.window(from, offset, limit, to);
  const rows = db
    .prepare(pageOf(`SELECT e.id FROM events e WHERE e.ts >= ? AND e.ts < ?${scope.events.sql} ORDER BY e.ts, e.id LIMIT ? OFFSET ?`))
    .all(win.start, win.end, ...scope.events.params, limit, win.skip) as RawRow[];
  return { offset, total, events: rows.map((r) => toRow(r, req.filter.q)) };
}

/**
 * A page of search results in time order. Two plans, chosen by the number of hits h among N
 * events: look up every hit's time and sort (cost ~ h), or walk the time index and keep the hits
 * (cost ~ (offset + limit) · N / h). Walking wins for frequent words near the top of the
 * results; measured on 10 M events (npm run bench), a lookup costs about 50 index steps.
 */
function searchPage(db: Db, req: PageRequest, match: string): TimelinePage {
  const limit = pageLimit(req.limit);
  const total = searchCount(db, match);
  const offset = Math.max(0, Math.floor(req.offset ?? 0));
  if (offset >= total) return { offset, total, events: [] };
  const events = (db.prepare(`SELECT coalesce(sum(events), 0) FROM sources WHERE ${COMPLETE_SOURCE}`).pluck().get() as number) || total;
  const walk = (offset + limit) * events < 50 * total * total;
  const rows = db
    .prepare(
      pageOf(`SELECT e.id FROM events e ${walk ? 'INDEXED BY events_ts' : ''}
              WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) ORDER BY e.ts, e.id LIMIT ? OFFSET ?`),
    )
    .all(match, limit, offset) as RawRow[];
  return { offset, total, events: rows.map((r) => toRow(r, req.filter.q)) };
}

function pageLimit(limit: number): number {
  return Math.max(1, Math.min(1000, Math.floor(limit)));
}

/** Counting and skipping rows: for filters event_days cannot answer (and as the reference in tests). */
export function scanPage(db: Db, req: PageRequest): TimelinePage {
  const limit = pageLimit(req.limit);
  const hidden = hiddenSourceIds(db);
  const w = buildWhere(db, req.filter, hidden);
  const total = scanCount(db, req.filter);
  let offset = Math.max(0, Math.floor(req.offset ?? 0));
  if (req.at) {
    const at = Date.parse(req.at);
    const before = buildWhere(db, { ...req.filter, to: undefined }, hidden);
    const cond = before.where ? `${before.where} AND e.ts < ?` : 'WHERE e.ts < ?';
    const capped = req.filter.to ? Math.min(at, Date.parse(req.filter.to)) : at;
    offset = (db.prepare(`SELECT count(*) AS n FROM events e ${before.joins} ${cond}`).get(...before.params, capped) as { n: number }).n;
    offset = Math.max(0, Math.min(offset, total - 1));
  }
  const rows = db
    .prepare(`${ROW_SELECT} ${w.joins} ${w.where} ORDER BY e.ts, e.id LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as RawRow[];
  return { offset, total, events: rows.map((r) => toRow(r, req.filter.q)) };
}

type HistogramRequest = { filter: TimelineFilter; buckets: number };

function emptyHistogram(lo: number | null, hi: number | null, buckets: number): Histogram {
  return { from: isoPrecise(lo), to: isoPrecise(hi), bucketMs: 0, counts: new Array<number>(buckets).fill(0), total: 0 };
}

export function histogram(db: Db, req: HistogramRequest): Histogram {
  const dc = dayCounting(db, req.filter);
  if (!dc) return scanHistogram(db, req);
  const buckets = Math.max(1, Math.min(2000, Math.floor(req.buckets)));
  const { counter, from, to } = dc;
  const lo = req.filter.from ? from : counter.firstTs(from, to);
  const last = req.filter.to ? null : counter.lastTs(from, to);
  const hi = req.filter.to ? to : last === null ? null : last + 1;
  if (lo === null || hi === null) return emptyHistogram(lo, hi, buckets);
  const atLo = counter.before(lo);
  const total = Math.max(0, counter.before(hi) - atLo);
  if (total === 0) return emptyHistogram(lo, hi, buckets);
  const bucketMs = Math.max(1, Math.ceil((hi - lo) / buckets));
  const edge = (i: number): number => Math.min(hi, lo + i * bucketMs);
  const counts = new Array<number>(buckets).fill(0);
  // Either count each bucket's rows (touches every event in range) or difference the counts
  // before each edge (touches up to half a day per edge): whichever touches fewer.
  if (total <= ((buckets + 1) * counter.perDay) / 4) {
    for (let i = 0; i < buckets; i++) counts[i] = counter.exact(edge(i), edge(i + 1));
  } else {
    let prev = atLo;
    for (let i = 0; i < buckets; i++) {
      const next = counter.before(edge(i + 1));
      counts[i] = next - prev;
      prev = next;
    }
  }
  return { from: isoPrecise(lo), to: isoPrecise(lo + bucketMs * buckets), bucketMs, counts, total };
}

/** Grouping rows into buckets: for filters event_days cannot answer (and as the reference in tests). */
export function scanHistogram(db: Db, req: HistogramRequest): Histogram {
  const buckets = Math.max(1, Math.min(2000, Math.floor(req.buckets)));
  const w = buildWhere(db, req.filter, hiddenSourceIds(db));
  const span = db.prepare(`SELECT min(e.ts) AS lo, max(e.ts) AS hi, count(*) AS n FROM events e ${w.joins} ${w.where}`).get(...w.params) as {
    lo: number | null; hi: number | null; n: number;
  };
  const lo = req.filter.from ? Date.parse(req.filter.from) : span.lo;
  const hi = req.filter.to ? Date.parse(req.filter.to) : span.hi === null ? null : span.hi + 1;
  if (lo === null || hi === null || span.n === 0) return emptyHistogram(lo, hi, buckets);
  const bucketMs = Math.max(1, Math.ceil((hi - lo) / buckets));
  const counts = new Array<number>(buckets).fill(0);
  const rows = db
    .prepare(`SELECT (e.ts - ?) / ? AS b, count(*) AS n FROM events e ${w.joins} ${w.where} GROUP BY b`)
    .all(lo, bucketMs, ...w.params) as { b: number; n: number }[];
  for (const r of rows) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(r.b)));
    counts[b]! += r.n;
  }
  return { from: isoPrecise(lo), to: isoPrecise(lo + bucketMs * buckets), bucketMs, counts, total: span.n };
}

export function eventDetail(db: Db, id: number): EventDetail | null {
  const r = db.prepare(`${ROW_SELECT} WHERE e.id = ?`).get(id) as RawRow | undefined;
  if (!r) return null;
  const extra = db
    .prepare(
      `SELECT e.raw, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256, s.file, s.platform, s.format, s.parser_version
       FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id WHERE e.id = ?`,
    )
    .get(id) as { raw: string; pointer: string; member: string; sha256: string; file: string; platform: Platform; format: string; parser_version: string };
  const urlRows = db
    .prepare(
      `SELECT u.url, h.name AS host, h.grade, h.statement FROM urls u JOIN hosts h ON h.id = u.host_id WHERE u.event_id = ? ORDER BY u.id`,
    )
    .all(id) as { url: string; host: string; grade: Grade | null; statement: string | null }[];
  // Raw records and most URL texts sit in compressed blocks (store/raw-blocks.ts, schema 12).
  const stored = eventRawAndUrls(db, id, extra.raw, urlRows.map((u) => u.url));
  const urls = urlRows.map((u, i) => ({ ...u, url: stored.urls[i]! }));
  return {
    ...toRow(r, undefined),
    text: r.body,
    raw: prettyRaw(stored.raw),
    citation: {
      sourceSha256: extra.sha256, member: extra.member, pointer: extra.pointer, sourceFile: extra.file,
      platform: extra.platform, format: extra.format, parserVersion: extra.parser_version,
    },
    urls,
    flags: flagsForEvent(db, id),
  };
}

/**
 * Raw records are stored compact (store/writer.ts rawText); the detail panel shows them indented.
 * A raw that is not JSON (a CSV row, a text line) is shown as stored.
 */
export function prettyRaw(raw: string): string {
  const first = raw.trimStart()[0];
  if (first !== '{' && first !== '[') return raw;
  try {
    return JSON.stringify(JSON.parse(raw) as unknown, null, 2);
  } catch {
    return raw;
  }
}
