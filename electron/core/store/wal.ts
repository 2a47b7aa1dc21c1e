/**
 * Giving back the space of a failed or cancelled import. Its pages sit in the WAL file (rolled
 * back, never copied to the database) and a PASSIVE checkpoint leaves the file at full length, so
 * after a disk-full failure the disk would stay full. TRUNCATE resets the WAL to zero bytes once
 * no reader needs it (waiting at most the busy timeout). Never throws: the import's own outcome
 * is what the person must see; the next checkpoint retries.
 */
import type { Db } from './db';

/** True when the WAL is now empty (or the database is not in WAL mode). */
export function truncateWal(db: Db): boolean {
  try {
    const row = db.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[];
    return (row[0]?.busy ?? 0) === 0;
  } catch {
    return false;
  }
}

/** Copies committed batches into the database between batches, so the WAL stays small during a long import. */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Foreign-key checks off while an import writes its batches (every row it writes points at rows it
 * wrote itself), on again for its last transaction. Only outside a transaction: SQLite ignores the
 * pragma inside one.
 */
export function setForeignKeys(db: Db, on: boolean): void {
  if (!db.inTransaction) db.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
}
