/**
 * The first import into an empty profile writes its events and URLs without their secondary
 * indexes and builds them after the last batch: keeping six B-trees in order row by row cost
 * about as much as everything else in storage together (bench/README.md, "Where the time goes").
 * With other sources present the indexes stay (their queries need them while the import runs).
 *
 * The indexes that hold only the rows naming an entity (KEPT_UP: a handful of sign-ins among a
 * million watched videos) are kept up row by row instead: building each afterwards read the whole
 * table for a few entries — six scans, 0.45 s of the serial tail at 1 M records (bench/README.md).
 * `urls_event` is partial too but holds every URL of an event, so it is built after like the rest
 * (kept up, it cost 0.37 µs per URL against 0.26 µs to build).
 *
 * The dropped indexes' own SQL is kept in `meta` in the same transaction as the drop, so a
 * process killed half-way leaves what is needed to put them back: cleanupAbandonedImports
 * (import-rows.ts) restores them on the next open.
 */
import type { Db } from './db';

const META_KEY = 'bulk-import-dropped-indexes';
/** Partial indexes of the rows that name an entity: few rows each, kept up during a first import. */
const KEPT_UP: ReadonlySet<string> = new Set(['events_ip', 'events_device', 'events_app', 'events_advertiser', 'urls_fact', 'urls_path_hint']);
const TABLES = ['events', 'urls'];
/** cache_size while the indexes are built: negative = KiB (64 MiB, given back afterwards). */
const BUILD_CACHE_KIB = -65_536;

/**
 * Inside the import's first transaction, after its source row: drops the secondary indexes of
 * events and urls when this import is the profile's only source and nothing is stored yet.
 * Returns whether it did.
 */
export function dropIndexesForBulk(db: Db, sourceId: number): boolean {
  const others = db.prepare(`SELECT count(*) FROM sources WHERE id <> ?`).pluck().get(sourceId) as number;
  if (others > 0) return false;
  if (db.prepare(`SELECT 1 FROM events LIMIT 1`).get() !== undefined) return false;
  if (db.prepare(`SELECT 1 FROM meta WHERE key = ?`).get(META_KEY) !== undefined) return false;
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${TABLES.map(() => '?').join(',')}) ORDER BY name`)
    .all(...TABLES)
    .filter((ix) => !KEPT_UP.has((ix as { name: string }).name)) as { name: string; sql: string }[];
  if (indexes.length === 0) return false;
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?)`).run(META_KEY, JSON.stringify(indexes));
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return true;
}

/**
 * Builds the indexes dropIndexesForBulk removed, each in its own transaction followed by
 * `between` (a WAL checkpoint), so the WAL holds one index at a time, never all of them.
 * Outside any transaction. Does nothing when none were dropped.
 */
export function restoreDroppedIndexes(db: Db, between: () => void = () => undefined): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(META_KEY) as string | undefined;
  if (row === undefined) return 0;
  const indexes = JSON.parse(row) as { name: string; sql: string }[];
  // A larger page cache while sorting: SQLite's sorter keeps that much in memory before it
  // spills to temporary files (~20 % less CPU for the builds at 200 k events; bench/README.md).
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${BUILD_CACHE_KIB}`);
  try {
    for (const ix of indexes) {
      // IF NOT EXISTS: a build interrupted after some of them were made goes on where it stopped.
      db.exec(ix.sql.replace(/^CREATE (UNIQUE )?INDEX /i, (m) => `${m}IF NOT EXISTS `));
      between();
    }
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  db.prepare(`DELETE FROM meta WHERE key = ?`).run(META_KEY);
  return indexes.length;
}
