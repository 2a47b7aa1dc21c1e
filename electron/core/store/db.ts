/**
 * Opening a profile database: WAL for concurrent readers while an import writes, foreign keys
 * on, and migrations applied. A database newer than this build is refused rather than damaged.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../../shared/errors';
import { explainBindingError, nativeBindingForThisProcess } from './native-binding';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Apply migrations up to this version only (tests build older databases with it). */
  upTo?: number;
}

export function openDb(path: string, opts: OpenOptions = {}): Db {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = openNative(path, opts.readonly ?? false);
  db.pragma('foreign_keys = ON');
  // busy_timeout: the UI's reader and the import worker's writer share the file.
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, opts.upTo ?? SCHEMA_VERSION);
  } else {
    const v = schemaVersion(db);
    if (v !== SCHEMA_VERSION) throw new Error(`database ${path} is at schema ${v}, expected ${SCHEMA_VERSION}`);
  }
  return db;
}

/** Electron loads its own ABI build of better-sqlite3 (native-binding.ts); Node its default one. */
function openNative(path: string, readonly: boolean): Db {
  const nativeBinding = nativeBindingForThisProcess();
  try {
    return new Database(path, nativeBinding === undefined ? { readonly } : { readonly, nativeBinding });
  } catch (err) {
    throw explainBindingError(err) ?? err;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, upTo: number = SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    // An ApiError so every transport says it plainly (`db-newer`), not as an internal error.
    throw new ApiError(
      'db-newer',
      `This database was written by a newer Whereabouts (schema ${current}; this version reads up to ${SCHEMA_VERSION}). It was left untouched: update Whereabouts to open it.`,
    );
  }
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
