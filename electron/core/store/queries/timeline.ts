/**
 * Timeline reads: histogram, pages by offset or by time, one event in full with its citation.
 * Ordered by (ts, id) everywhere, matching the events_ts index.
 */
import type { EventDetail, EventRow, Histogram, TimelineFilter, TimelinePage } from '../../../../shared/api';
import type { EventKind, Grade, NetworkKind, Platform, TimePrecision } from '../../../../shared/domain';
import type { Db } from '../db';
import { buildWhere, highlight } from './filter';
import { deviceLabel, iso } from './rows';
import { flagsForEvent } from './flags';

const ROW_SELECT = `
  SELECT e.id, e.ts, e.time_text, e.precision, e.kind, e.platform, e.source_id, e.title, e.body, e.counterpart,
         e.flagged, ip.address AS ip, ip.country, ip.network_kind, d.model, d.system, d.user_agent
  FROM events e
  LEFT JOIN ips ip ON ip.id = e.ip_id
  LEFT JOIN devices d ON d.id = e.device_id`;

interface RawRow {
  id: number; ts: number; time_text: string; precision: TimePrecision; kind: EventKind; platform: Platform;
  source_id: number; title: string; body: string | null; counterpart: string | null; flagged: number;
  ip: string | null; country: string | null; network_kind: NetworkKind | null; model: string | null;
  system: string | null; user_agent: string | null;
}

function toRow(r: RawRow, q: string | undefined): EventRow {
  return {
    id: r.id,
    time: iso(r.ts),
    timeText: r.time_text,
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

export function countEvents(db: Db, filter: TimelineFilter): number {
  const w = buildWhere(filter);
  return (db.prepare(`SELECT count(*) AS n FROM events e ${w.joins} ${w.where}`).get(...w.params) as { n: number }).n;
}

export function timelinePage(db: Db, req: { filter: TimelineFilter; offset?: number; at?: string; limit: number }): TimelinePage {
  const limit = Math.max(1, Math.min(1000, Math.floor(req.limit)));
  const w = buildWhere(req.filter);
  const total = countEvents(db, req.filter);
  let offset = Math.max(0, Math.floor(req.offset ?? 0));
  if (req.at) {
    const at = Date.parse(req.at);
    const before = buildWhere({ ...req.filter, to: undefined });
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

export function histogram(db: Db, req: { filter: TimelineFilter; buckets: number }): Histogram {
  const buckets = Math.max(1, Math.min(2000, Math.floor(req.buckets)));
  const w = buildWhere(req.filter);
  const span = db.prepare(`SELECT min(e.ts) AS lo, max(e.ts) AS hi, count(*) AS n FROM events e ${w.joins} ${w.where}`).get(...w.params) as {
    lo: number | null; hi: number | null; n: number;
  };
  const lo = req.filter.from ? Date.parse(req.filter.from) : span.lo;
  const hi = req.filter.to ? Date.parse(req.filter.to) : span.hi === null ? null : span.hi + 1;
  if (lo === null || hi === null || span.n === 0) {
    return { from: iso(lo), to: iso(hi), bucketMs: 0, counts: new Array<number>(buckets).fill(0), total: 0 };
  }
  const bucketMs = Math.max(1, Math.ceil((hi - lo) / buckets));
  const counts = new Array<number>(buckets).fill(0);
  const rows = db
    .prepare(`SELECT (e.ts - ?) / ? AS b, count(*) AS n FROM events e ${w.joins} ${w.where} GROUP BY b`)
    .all(lo, bucketMs, ...w.params) as { b: number; n: number }[];
  for (const r of rows) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(r.b)));
    counts[b]! += r.n;
  }
  return { from: iso(lo), to: iso(lo + bucketMs * buckets), bucketMs, counts, total: span.n };
}

export function eventDetail(db: Db, id: number): EventDetail | null {
  const r = db.prepare(`${ROW_SELECT} WHERE e.id = ?`).get(id) as RawRow | undefined;
  if (!r) return null;
  const extra = db
    .prepare(
      `SELECT e.raw, e.pointer, m.path AS member, s.sha256, s.file, s.platform, s.format, s.parser_version
       FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id WHERE e.id = ?`,
    )
    .get(id) as { raw: string; pointer: string; member: string; sha256: string; file: string; platform: Platform; format: string; parser_version: string };
  const urls = db
    .prepare(
      `SELECT u.url, h.name AS host, h.grade, h.statement FROM urls u JOIN hosts h ON h.id = u.host_id WHERE u.event_id = ? ORDER BY u.id`,
    )
    .all(id) as { url: string; host: string; grade: Grade | null; statement: string | null }[];
  return {
    ...toRow(r, undefined),
    text: r.body,
    raw: extra.raw,
    citation: {
      sourceSha256: extra.sha256, member: extra.member, pointer: extra.pointer, sourceFile: extra.file,
      platform: extra.platform, format: extra.format, parserVersion: extra.parser_version,
    },
    urls,
    flags: flagsForEvent(db, id),
  };
}
