/**
 * Per-source counts behind the access ledger (Who view), so it reads a few thousand summary rows
 * instead of every sign-in, device, ad and off-platform event (schema migration 11).
 *
 * A row is (source, entity, ref, platform, what, timed) with its count and time span:
 * - entity 'ip' | 'device' | 'app' | 'advertiser': ref is the entity's id; what is the event's
 *   kind (timed = 1) or the fact's name (timed = 0, no times);
 * - entity 'off' (off-platform activity): ref is the source name; what is the event named
 *   (events.off_event) or the fact's value.
 *
 * One SELECT (`countsSelect`) defines the rows. It fills the table once per source (the analysis
 * after an import, or the first open after the migration: `ensureAccessCounts`), and the same
 * SELECT stands in, computed on the fly, for any complete source not counted yet — so the sums
 * are exact at every moment, whether or not the table has caught up. A source's events never
 * change once it is complete, and its rows go with it (ON DELETE CASCADE); the enrichment of an
 * IP or a device is joined at read time, never copied here, so a data update changes nothing.
 */
import type { Db } from '../db';
import { hideUnfinished } from './visible';

/** Inlined ids: integers read from our own tables, never user input. */
const idList = (ids: readonly number[]): string => ids.map((n) => Math.trunc(n)).join(',');

/**
 * The rows of access_counts for the given sources. `+e.source_id` keeps the source term off the
 * index choice: each part is read through its own partial index (events_ip, events_device,
 * events_app, events_advertiser) or the kind index, so its cost follows the events that name an
 * entity, not the size of the source. The entity column comes first in GROUP BY: with
 * source_id first, SQLite (without statistics) walked the whole source index to get its groups
 * in order — 1.1 s of the analysis after a 1 M-record import that names 8 IPs (bench/README.md).
 */
function countsSelect(ids: readonly number[]): string {
  const list = idList(ids);
  const byRef = (entity: string, column: string): string =>
    `SELECT e.source_id, '${entity}', e.${column}, e.platform, e.kind, 1, count(*), min(e.ts), max(e.ts)
       FROM events e WHERE e.${column} IS NOT NULL AND +e.source_id IN (${list}) GROUP BY e.${column}, e.source_id, e.platform, e.kind
     UNION ALL
     SELECT f.source_id, '${entity}', f.${column}, f.platform, f.fact, 0, count(*), NULL, NULL
       FROM facts f WHERE f.${column} IS NOT NULL AND f.source_id IN (${list}) GROUP BY f.${column}, f.source_id, f.platform, f.fact`;
  return [
    `SELECT e.source_id, 'ip', e.ip_id, e.platform, e.kind, 1, count(*), min(e.ts), max(e.ts)
       FROM events e WHERE e.ip_id IS NOT NULL AND +e.source_id IN (${list}) GROUP BY e.ip_id, e.source_id, e.platform, e.kind`,
    byRef('device', 'device_id'),
    byRef('app', 'app_id'),
    byRef('advertiser', 'advertiser_id'),
    `SELECT e.source_id, 'off', e.off_source, e.platform, e.off_event, 1, count(*), min(e.ts), max(e.ts)
       FROM events e WHERE e.kind = 'off_platform' AND e.off_source IS NOT NULL AND +e.source_id IN (${list})
       GROUP BY e.source_id, e.off_source, e.platform, e.off_event`,
    `SELECT f.source_id, 'off', f.name, f.platform, f.value, 0, count(*), NULL, NULL
       FROM facts f WHERE f.fact = 'off_platform' AND f.source_id IN (${list}) GROUP BY f.source_id, f.name, f.platform, f.value`,
  ].join('\nUNION ALL\n');
}

const COLUMNS = 'source_id, entity, ref, platform, what, timed, n, first_ts, last_ts';

/** Complete sources whose rows are not in the table yet. */
export function uncountedSources(db: Db): number[] {
  return db
    .prepare(`SELECT s.id FROM sources s WHERE s.state = 'complete' AND NOT EXISTS (SELECT 1 FROM access_counted a WHERE a.source_id = s.id) ORDER BY s.id`)
    .pluck()
    .all() as number[];
}

/**
 * Writes the rows of every complete source not counted yet (inside the caller's transaction).
 * Returns the sources counted. Cost: the events that name an entity, for those sources.
 */
export function ensureAccessCounts(db: Db): number[] {
  const ids = uncountedSources(db);
  if (ids.length === 0) return ids;
  db.prepare(`INSERT INTO access_counts (${COLUMNS}) ${countsSelect(ids)}`).run();
  const mark = db.prepare(`INSERT OR IGNORE INTO access_counted (source_id) VALUES (?)`);
  for (const id of ids) mark.run(id);
  return ids;
}

/**
 * The counts of the chosen sources (all when none are given), less any import under way, as a
 * subquery with columns COLUMNS: stored rows, plus rows computed now for sources not counted yet.
 */
export function countsOf(db: Db, sourceIds?: readonly number[]): { sql: string; params: number[] } {
  const chosen = sourceIds?.length ? new Set(sourceIds) : null;
  const live = uncountedSources(db).filter((id) => chosen === null || chosen.has(id));
  const where = chosen === null ? `1 = 1` : `c.source_id IN (${[...chosen].map(() => '?').join(',')})`;
  const stored = `SELECT ${COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')} FROM access_counts c WHERE ${where}${hideUnfinished(db, 'c')}`;
  const sql = live.length === 0 ? stored : `${stored}\nUNION ALL\n${countsSelect(live)}`;
  return { sql: `(${sql})`, params: chosen === null ? [] : [...chosen] };
}

/**
 * How SQLite reads the counts of the given sources: one line per step of the plan (`SCAN e` is a
 * walk over every event of the table; `SEARCH e USING INDEX events_ip` reads only those naming an
 * IP). Tests hold the plan to the partial indexes; the cost must follow entities, not events.
 */
export function countsPlan(db: Db, sourceIds: readonly number[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${countsSelect(sourceIds)}`).all() as { detail: string }[]).map((r) => r.detail);
}
