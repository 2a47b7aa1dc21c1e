/**
 * The import pipeline's own rows, behind named functions: the transaction, member outcomes,
 * "missing" members, the source's final totals, and the lookup by SHA-256. SQL stays in the store.
 */
import type { MemberStatus } from '../../../shared/domain';
import type { ArchiveProblem } from '../archive/types';
import type { Db } from './db';
import { restoreDroppedIndexes } from './bulk-indexes';
import { removeSource } from './queries/sources';

export function beginImport(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
}

export function commitImport(db: Db): void {
  db.exec('COMMIT');
}

/**
 * SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR): a
 * second ROLLBACK would throw "no transaction is active" and hide the real cause.
 */
export function rollbackImport(db: Db): void {
  if (db.inTransaction) db.exec('ROLLBACK');
}

/** A complete source with this SHA-256 (an unfinished one is not an import yet). */
export function findSourceBySha(db: Db, sha: string): number | null {
  const row = db.prepare(`SELECT id FROM sources WHERE sha256 = ? AND state = 'complete'`).get(sha) as { id: number } | undefined;
  return row ? row.id : null;
}

/**
 * A commit between batches of a staged import: the batch becomes durable (still invisible, the
 * source is 'importing') and the WAL is checkpointed, so it stays about one batch long instead of
 * growing to the size of the import. PASSIVE: never waits for the UI's readers; a frame a reader
 * still needs is copied at a later checkpoint.
 */
export function commitBatch(db: Db): void {
  db.exec('COMMIT');
  db.pragma('wal_checkpoint(PASSIVE)');
  db.exec('BEGIN IMMEDIATE');
}

/** The last, small transaction of an import: the source becomes visible. */
export function markComplete(db: Db, sourceId: number): void {
  db.prepare(`UPDATE sources SET state = 'complete', import_pid = NULL WHERE id = ?`).run(sourceId);
}

/** An import that failed or was cancelled: its committed batches go, with every entity only it named. */
export function discardStagedSource(db: Db, sourceId: number): void {
  if (db.inTransaction) db.exec('ROLLBACK');
  db.pragma('foreign_keys = ON'); // the delete cascades to members, events, facts, urls, day counts
  removeSource(db, sourceId);
  restoreDroppedIndexes(db);
  db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Unfinished imports whose process is gone (killed, crashed, powered off) are deleted with
 * everything they brought. One whose process still runs (another window, the import worker of
 * this very process) is left alone. Returns how many were removed.
 */
export function cleanupAbandonedImports(db: Db): number {
  const rows = db.prepare(`SELECT id, import_pid AS pid FROM sources WHERE state <> 'complete'`).all() as { id: number; pid: number | null }[];
  let removed = 0;
  for (const r of rows) {
    if (r.pid !== null && processAlive(r.pid)) continue;
    removeSource(db, r.id);
    removed++;
  }
  // A first import killed half-way also leaves its events' indexes unbuilt (bulk-indexes.ts).
  if (removed === rows.length) restoreDroppedIndexes(db);
  if (removed > 0) db.pragma('wal_checkpoint(PASSIVE)');
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else (a reused pid): not ours to judge, keep it.
    return (err as { code?: string }).code === 'EPERM';
  }
}

export interface MemberOutcomeRow {
  path: string;
  sha256: string | null;
  status: MemberStatus;
  records: number;
  note: string | null;
  items: number | null;
}

export function writeMemberOutcomes(db: Db, sourceId: number, rows: readonly MemberOutcomeRow[]): void {
  const update = db.prepare(`UPDATE members SET sha256 = ?, status = ?, records = ?, note = ?, items = ? WHERE source_id = ? AND path = ?`);
  for (const r of rows) update.run(r.sha256, r.status, r.records, r.note, r.items, sourceId, r.path);
}

export function writeMissingMembers(db: Db, sourceId: number, missing: readonly { name: string; reason: string }[]): void {
  const insert = db.prepare(`INSERT INTO members (source_id, path, bytes, status, note) VALUES (?, ?, 0, 'missing', ?)`);
  for (const m of missing) insert.run(sourceId, m.name, m.reason);
}

export function finishSource(
  db: Db,
  sourceId: number,
  s: { sha256: string; firstTs: number | null; lastTs: number | null; events: number; facts: number },
): void {
  db.prepare(`UPDATE sources SET sha256 = ?, first_ts = ?, last_ts = ?, events = ?, facts = ? WHERE id = ?`)
    .run(s.sha256, s.firstTs, s.lastTs, s.events, s.facts, sourceId);
  markComplete(db, sourceId);
}

/**
 * What the archive layer could not read, as member rows: an unreadable file or folder is an
 * `error`, a part of a split export that was not chosen is `missing`. (Duplicates are ledger gaps
 * of the member that was read.)
 */
export function writeArchiveProblems(db: Db, sourceId: number, problems: readonly ArchiveProblem[]): void {
  const insert = db.prepare(`INSERT INTO members (source_id, path, bytes, status, note) VALUES (?, ?, 0, ?, ?)
    ON CONFLICT (source_id, path) DO UPDATE SET status = excluded.status, note = excluded.note`);
  for (const p of problems) {
    if (p.kind === 'duplicate') continue;
    insert.run(sourceId, p.path, p.kind === 'missing-part' ? 'missing' : 'error', p.reason);
  }
}
