/**
 * Opening a profile database: WAL for concurrent readers while an import writes, foreign keys
 * on, and migrations applied. A database newer than this build is refused before anything is
 * written to it, and every failure to open names the file and the cause (./db-errors.ts).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../../shared/errors';
import { describeDbError } from './db-errors';
import { explainBindingError, nativeBindingForThisProcess } from './native-binding';
import { cleanupAbandonedImports } from './import-rows';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Apply migrations up to this version only (tests build older databases with it). */
  upTo?: number;
  /** How long to wait for another program's lock before refusing (tests shorten it). */
  busyTimeoutMs?: number;
}

export function openDb(path: string, opts: OpenOptions = {}): Db {
  try {
    if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw describeDbError(err, path);
  }
  const db = openNative(path, opts.readonly ?? false);
  try {
    // busy_timeout first: the UI's reader and the import worker's writer share the file, and a
    // database another program holds must be waited for, then named, not misread.
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    // Read the version BEFORE anything that writes (journal_mode = WAL rewrites the header, a
    // migration the schema): a database from a newer build is refused with its bytes untouched.
    const v = schemaVersion(db);
    if (v > SCHEMA_VERSION) throw newerDatabase(path, v);
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, opts.upTo ?? SCHEMA_VERSION);
      // Staged imports (migration 10) whose process died half-way are removed on the next open.
      if (schemaVersion(db) >= 10) cleanupAbandonedImports(db);
    } else if (v !== SCHEMA_VERSION) {
      throw new ApiError('db-unavailable', `The profile database ${path} is at schema ${v}, expected ${SCHEMA_VERSION}; open it once read-write to update it.`);
    }
  } catch (err) {
    db.close();
    throw describeDbError(err, path);
  }
  return db;
}

function newerDatabase(path: string, version: number): ApiError {
  // An ApiError so every transport says it plainly (`db-newer`), not as an internal error.
  return new ApiError(
    'db-newer',
    `The profile database ${path} was written by a newer Whereabouts (schema ${version}; this version reads up to ${SCHEMA_VERSION}). It was left untouched: update Whereabouts to open it.`,
  );
}

/** Electron loads its own ABI build of better-sqlite3 (native-binding.ts); Node its default one. */
function openNative(path: string, readonly: boolean): Db {
  const nativeBinding = nativeBindingForThisProcess();
  try {
    return new Database(path, nativeBinding === undefined ? { readonly } : { readonly, nativeBinding });
  } catch (err) {
    throw explainBindingError(err) ?? describeDbError(err, path);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, upTo: number = SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw newerDatabase(db.name, current);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return schemaVersion(db);
}
