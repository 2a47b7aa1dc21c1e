/** Sources and their members (coverage); removing a source and what it leaves behind. */
import type { MemberRow, SourcePart, SourceSummary, StatsSummary } from '../../../../shared/api';
import type { Coverage, EventKind, MemberStatus, Platform } from '../../../../shared/domain';
import { coverageFromRows } from '../../import/coverage';
import type { Db } from '../db';
import { DayCounter, dayScope } from './day-counts';
import { COMPLETE_SOURCE, hiddenSourceIds } from './visible';
import { iso, isoPrecise } from './rows';
import { listLedgerGaps, notReadCounts } from '../ledger';

interface SourceRaw {
  id: number; platform: Platform; format: string; file: string; sha256: string; bytes: number; parts: string;
  parser_version: string; imported_at: string; events: number; facts: number; first_ts: number | null; last_ts: number | null;
  synthetic: number;
}

export function listSources(db: Db): SourceSummary[] {
  const rows = db.prepare(`SELECT * FROM sources WHERE ${COMPLETE_SOURCE} ORDER BY id`).all() as SourceRaw[];
  const counts = db.prepare(`SELECT status, count(*) AS n FROM members WHERE source_id = ? GROUP BY status`);
  const notRead = notReadCounts(db);
  return rows.map((r) => {
    const c = { parsed: 0, ignored: 0, unknown: 0, missing: 0, errors: 0, notRead: notRead.get(r.id) ?? 0 };
    for (const { status, n } of counts.all(r.id) as { status: MemberStatus; n: number }[]) {
      if (status === 'error') c.errors = n;
      else c[status] = n;
    }
    return {
      id: r.id, platform: r.platform, format: r.format, file: r.file, sha256: r.sha256, bytes: r.bytes,
      parts: JSON.parse(r.parts) as SourcePart[], parserVersion: r.parser_version, importedAt: r.imported_at,
      events: r.events, facts: r.facts, first: iso(r.first_ts), last: iso(r.last_ts), coverage: c, synthetic: r.synthetic === 1,
    };
  });
}

export function listMembers(db: Db, sourceId: number): MemberRow[] {
  return (db
    .prepare(`SELECT path, bytes, sha256, status, records, items, note FROM members WHERE source_id = ? ORDER BY status = 'parsed' DESC, path`)
    .all(sourceId) as { path: string; bytes: number; sha256: string | null; status: MemberStatus; records: number; items: number | null; note: string | null }[])
    .map((m) => ({ ...m }));
}

/** Where a source was read from (one path per zip part or the folder), or null for no such source. */
export function sourceOrigin(db: Db, sourceId: number): { file: string; paths: string[] } | null {
  const row = db.prepare(`SELECT file, path FROM sources WHERE id = ?`).get(sourceId) as { file: string; path: string } | undefined;
  return row ? { file: row.file, paths: row.path.split('\n').filter((p) => p !== '') } : null;
}

export function sourceCoverage(db: Db, sourceId: number): Coverage {
  return coverageFromRows(listMembers(db, sourceId), listLedgerGaps(db, sourceId));
}

/** Entities no remaining record names are removed with the source that brought them. */
export function pruneOrphans(db: Db): void {
  db.exec(`
    DELETE FROM ips WHERE id NOT IN (SELECT ip_id FROM events WHERE ip_id IS NOT NULL);
    DELETE FROM devices WHERE id NOT IN (SELECT device_id FROM events WHERE device_id IS NOT NULL
                                         UNION SELECT device_id FROM facts WHERE device_id IS NOT NULL);
    DELETE FROM hosts WHERE id NOT IN (SELECT host_id FROM urls);
    DELETE FROM path_hints WHERE id NOT IN (SELECT path_hint_id FROM urls WHERE path_hint_id IS NOT NULL);
    DELETE FROM apps WHERE id NOT IN (SELECT app_id FROM events WHERE app_id IS NOT NULL UNION SELECT app_id FROM facts WHERE app_id IS NOT NULL);
    DELETE FROM advertisers WHERE id NOT IN (SELECT advertiser_id FROM events WHERE advertiser_id IS NOT NULL
                                             UNION SELECT advertiser_id FROM facts WHERE advertiser_id IS NOT NULL);
  `);
}

/** Remove one source with everything that came from it; derived tables are recomputed by `analyse`. */
export function removeSource(db: Db, sourceId: number, analyse?: (db: Db) => void): boolean {
  return db.transaction(() => {
    const info = db.prepare(`DELETE FROM sources WHERE id = ?`).run(sourceId);
    if (info.changes === 0) return false;
    pruneOrphans(db);
    analyse?.(db);
    return true;
  })();
}

export function statsSummary(db: Db, sourceIds?: number[]): StatsSummary {
  const sc = sourceIds?.length ? { sql: `WHERE source_id IN (${sourceIds.map(() => '?').join(',')})`, params: sourceIds } : { sql: '', params: [] };
  const byKind: Partial<Record<EventKind, number>> = {};
  const byPlatform: Partial<Record<Platform, number>> = {};
  let total = 0;
  // Per-day counts kept at import (event_days): a profile of millions of events is not scanned.
  for (const r of db.prepare(`SELECT kind, platform, sum(n) AS n FROM event_days ${sc.sql} GROUP BY kind, platform`).all(...sc.params) as {
    kind: EventKind; platform: Platform; n: number;
  }[]) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.n;
    byPlatform[r.platform] = (byPlatform[r.platform] ?? 0) + r.n;
    total += r.n;
  }
  let span: { lo: number | null; hi: number | null };
  const hidden = hiddenSourceIds(db);
  if (sourceIds?.length || hidden.length > 0) {
    // While an import is under way its events are committed but not visible: day counts decide.
    const counter = new DayCounter(db, dayScope({ sourceIds }, hidden)!);
    span = { lo: counter.firstTs(), hi: counter.lastTs() };
  } else {
    // Two subqueries: SQLite answers a lone min() or max() from the index, not both in one.
    span = db.prepare(`SELECT (SELECT min(ts) FROM events) AS lo, (SELECT max(ts) FROM events) AS hi`).get() as { lo: number | null; hi: number | null };
  }
  const hideFacts = hidden.length > 0 ? `${sc.sql ? ' AND' : 'WHERE'} source_id NOT IN (${hidden.join(',')})` : '';
  const facts = (db.prepare(`SELECT count(*) AS n FROM facts ${sc.sql}${hideFacts}`).get(...sc.params) as { n: number }).n;
  // Precise: the timeline's histogram domain ends at the last event, which must stay inside it.
  return { total, facts, byKind, byPlatform, first: isoPrecise(span.lo), last: isoPrecise(span.hi) };
}
