/**
 * What the workshop tools read and mark (aggregate, letter, personas) and the profile's totals,
 * behind named functions: SQL stays in the store. Complete sources only where the reader must not
 * see an import under way (migration 10).
 */
import { LOGIN_KINDS } from '../../../../shared/domain';
import type { Db } from '../db';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** Complete sources, optionally without synthetic ones: id and whether synthetic. */
export function completeSources(db: Db, includeSynthetic: boolean): { id: number; synthetic: boolean }[] {
  const rows = db.prepare(`SELECT id, synthetic FROM sources WHERE state = 'complete'${includeSynthetic ? '' : ' AND synthetic = 0'}`).all() as { id: number; synthetic: number }[];
  return rows.map((r) => ({ id: r.id, synthetic: r.synthetic === 1 }));
}

/** Sign-ins per value of an IP column (country or network kind) over some sources. */
export function signInsBy(db: Db, column: 'country' | 'network_kind', sourceIds: readonly number[]): { v: string | null; n: number }[] {
  if (sourceIds.length === 0) return [];
  return db.prepare(
    `SELECT i.${column} AS v, count(*) AS n FROM events e JOIN ips i ON i.id = e.ip_id
     WHERE e.kind IN (${marks(LOGIN_KINDS.length)}) AND e.source_id IN (${marks(sourceIds.length)}) GROUP BY i.${column}`,
  ).all(...LOGIN_KINDS, ...sourceIds) as { v: string | null; n: number }[];
}

/** Links per host owner over some sources. */
export function linksByHostOwner(db: Db, sourceIds: readonly number[]): { v: string | null; n: number }[] {
  if (sourceIds.length === 0) return [];
  return db.prepare(
    `SELECT h.owner AS v, count(*) AS n FROM urls u JOIN hosts h ON h.id = u.host_id
     LEFT JOIN events e ON e.id = u.event_id LEFT JOIN facts f ON f.id = u.fact_id
     WHERE coalesce(e.source_id, f.source_id) IN (${marks(sourceIds.length)}) GROUP BY h.owner`,
  ).all(...sourceIds) as { v: string | null; n: number }[];
}

/** Records per platform over some sources. */
export function recordsByPlatform(db: Db, sourceIds: readonly number[]): { v: string; n: number }[] {
  if (sourceIds.length === 0) return [];
  return db.prepare(`SELECT platform AS v, sum(events + facts) AS n FROM sources WHERE id IN (${marks(sourceIds.length)}) GROUP BY platform`).all(...sourceIds) as { v: string; n: number }[];
}

/** How many sign-ins some sources hold, and their first and last instants. */
export function signInSpan(db: Db, sourceIds: readonly number[]): { n: number; first: number | null; last: number | null } {
  if (sourceIds.length === 0) return { n: 0, first: null, last: null };
  return db.prepare(
    `SELECT count(*) AS n, min(ts) AS first, max(ts) AS last FROM events
     WHERE kind IN (${marks(LOGIN_KINDS.length)}) AND source_id IN (${marks(sourceIds.length)})`,
  ).get(...LOGIN_KINDS, ...sourceIds) as { n: number; first: number | null; last: number | null };
}

/** Marks sources as synthetic (a persona or the bundled sample). */
export function markSourcesSynthetic(db: Db, sourceIds: readonly number[]): void {
  const mark = db.prepare(`UPDATE sources SET synthetic = 1 WHERE id = ?`);
  db.transaction(() => {
    for (const id of sourceIds) mark.run(id);
  })();
}

/** Marks the sources whose archive SHA-256 is one of `shas`; returns how many were newly marked. */
export function markSyntheticBySha(db: Db, shas: readonly string[]): number {
  if (shas.length === 0) return 0;
  return db.prepare(`UPDATE sources SET synthetic = 1 WHERE synthetic = 0 AND sha256 IN (${marks(shas.length)})`).run(...shas).changes;
}

/** Visible sources and their events (the profile's totals). */
export function profileTotals(db: Db): { sources: number; events: number } {
  return db.prepare(`SELECT count(*) AS sources, coalesce(sum(events), 0) AS events FROM sources WHERE state = 'complete'`).get() as { sources: number; events: number };
}

/** The names of a database file's tables (is it a profile at all?). */
export function tableNames(db: Db): Set<string> {
  return new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
}
