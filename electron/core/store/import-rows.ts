/**
 * The import pipeline's own rows, behind named functions: the transaction, member outcomes,
 * "missing" members, the source's final totals, and the lookup by SHA-256. SQL stays in the store.
 */
import type { MemberStatus } from '../../../shared/domain';
import type { ArchiveProblem } from '../archive/types';
import type { Db } from './db';

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

export function findSourceBySha(db: Db, sha: string): number | null {
  const row = db.prepare(`SELECT id FROM sources WHERE sha256 = ?`).get(sha) as { id: number } | undefined;
  return row ? row.id : null;
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
