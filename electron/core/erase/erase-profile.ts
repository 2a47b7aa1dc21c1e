/**
 * Erasing a profile so that nothing the app wrote is left: the database with its `-wal`, `-shm`
 * and `-journal`, the browser-mode uploads (`uploads/upload-*`, serve-command.ts) and the desktop
 * temp folder's uploads (`tmp/upload-*`, electron/main/paths.ts). Nothing else: the database may
 * sit in a folder of the person's own (`--db ~/Documents/x.db`), so only names the app makes are
 * touched; whatever else is there is reported as kept, never deleted. The profile folder itself
 * goes when it is empty and is one of the app's (`…/profiles/<name>`).
 *
 * A file at the database path that is not a Whereabouts database is refused: erase must not
 * delete someone's other SQLite file because of a typo.
 */
import { tableNames } from '../store/queries/workshop';
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nativeBindingForThisProcess } from '../store/native-binding';

/** What the app writes beside a database, by name (the single list; docs/workshops.md quotes it). */
export const DB_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;
export const APP_FOLDERS = ['uploads', 'tmp'] as const;
/** Upload copies are private folders named like this inside APP_FOLDERS (serve/upload.ts, core.ts). */
export const UPLOAD_PREFIX = 'upload-';

export class NotAProfileError extends Error {
  constructor(path: string, why: string) {
    super(`${path} is not a Whereabouts profile database (${why}); nothing was erased.`);
    this.name = 'NotAProfileError';
  }
}

export interface ErasePlan {
  /** Paths to remove, files and folders, in removal order. */
  remove: string[];
  /** Entries in the profile folder the app did not write: left alone, listed so the person knows. */
  keep: string[];
  /** The profile folder, removed after the rest when it ends up empty and is the app's own. */
  folder: string;
  removeFolderIfEmpty: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Throws NotAProfileError unless `path` is absent or a SQLite file with this app's tables. */
export function checkProfileDatabase(path: string): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isFile()) throw new NotAProfileError(path, 'not a file');
  // An empty file is what SQLite leaves when a database was opened and never written.
  if (statSync(path).size === 0) return;
  // Only the 16-byte header is read: a profile can be gigabytes.
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) throw new NotAProfileError(path, 'not a SQLite file');
  const binding = nativeBindingForThisProcess();
  // A read-only connection to a WAL database makes -wal and -shm it cannot remove, so a dry run
  // would leave files behind. When no -shm exists nobody has the file open: a plain connection
  // (no pragmas, nothing written) reads the table list and its close removes what it made.
  const readonly = existsSync(`${path}-shm`);
  const db = new Database(path, binding === undefined ? { readonly, fileMustExist: true } : { readonly, fileMustExist: true, nativeBinding: binding });
  try {
    const tables = tableNames(db);
    if (!tables.has('sources') || !tables.has('members') || !tables.has('events')) throw new NotAProfileError(path, 'it has none of the app\'s tables');
  } finally {
    db.close();
  }
}

/**
 * `ownFolder`: the caller knows the folder is one of the app's profile folders (the core's
 * profiles folder may be named otherwise, e.g. in tests); by default only `…/profiles/<name>` is.
 */
export interface EraseOptions {
  ownFolder?: boolean;
}

export function planErase(dbPath: string, o: EraseOptions = {}): ErasePlan {
  const folder = dirname(dbPath);
  const remove: string[] = [];
  const keep: string[] = [];
  const dbFiles = new Set(DB_SUFFIXES.map((s) => basename(dbPath) + s));
  for (const s of DB_SUFFIXES) if (existsSync(dbPath + s)) remove.push(dbPath + s);
  for (const name of APP_FOLDERS) {
    const dir = join(folder, name);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith(UPLOAD_PREFIX)) remove.push(join(dir, entry));
      else keep.push(join(dir, entry));
    }
    remove.push(dir); // removed only if empty by then (see eraseProfile)
  }
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder)) {
      if (!dbFiles.has(entry) && !(APP_FOLDERS as readonly string[]).includes(entry)) keep.push(join(folder, entry));
    }
  }
  return { remove, keep, folder, removeFolderIfEmpty: o.ownFolder ?? basename(dirname(folder)) === 'profiles' };
}

export interface EraseResult {
  removed: string[];
  kept: string[];
}

/** Removes what planErase lists; app folders and the profile folder only when nothing else is in them. */
export function eraseProfile(dbPath: string, o: EraseOptions = {}): EraseResult {
  checkProfileDatabase(dbPath);
  const plan = planErase(dbPath, o);
  const removed: string[] = [];
  for (const p of plan.remove) {
    if (!existsSync(p)) continue;
    const isAppFolder = (APP_FOLDERS as readonly string[]).includes(basename(p)) && dirname(p) === plan.folder;
    if (isAppFolder) {
      if (readdirSync(p).length > 0) continue; // holds something the app did not write: kept, listed
      rmdirSync(p);
    } else {
      rmSync(p, { recursive: true, force: true });
    }
    removed.push(p);
  }
  if (plan.removeFolderIfEmpty && existsSync(plan.folder) && readdirSync(plan.folder).length === 0) {
    rmdirSync(plan.folder);
    removed.push(plan.folder);
  }
  return { removed, kept: plan.keep };
}
