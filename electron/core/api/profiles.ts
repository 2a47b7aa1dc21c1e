/**
 * Profiles on disk: `<profiles folder>/<name>/whereabouts.db`, one database each
 * (core/profile-path.ts). A facilitator prepares one per participant, switches between them and
 * erases each afterwards. Names are checked before any path is built from them, so a name can
 * never climb out of the profiles folder (`..`, `/`, `\`, upper case, spaces: all refused).
 *
 * Listing another profile must not leave files behind: a read-only SQLite connection to a WAL
 * database creates `-wal` and `-shm` and cannot remove them. So a profile nobody has open (no
 * `-shm`) is opened as the app opens it — its last connection closing removes both, and an older
 * profile is brought to this schema as switching to it would — and one in use elsewhere (its
 * `-shm` exists already) is read read-only, creating nothing.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PROFILE_NAME_PATTERN, type ProfileEntry } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import { DB_FILE_NAME } from '../profile-path';
import { openDb, type Db } from '../store/db';
import { completeSources, profileTotals } from '../store/queries/workshop';

/** The profiles folder and the profile open now. */
export interface ProfilesRoot {
  dir: string;
  current: string;
}

export function isProfileName(name: string): boolean {
  return PROFILE_NAME_PATTERN.test(name);
}

/** A bad-request naming the field, unless `name` is a valid profile name. */
export function checkProfileName(name: string, field = 'name'): void {
  if (!isProfileName(name)) {
    throw new ApiError('bad-request', `${field}: "${name}" is not a profile name (lower-case letters, digits and dashes, up to 40, starting with a letter or digit).`, {
      issues: [{ path: field, message: 'expected a profile name' }],
    });
  }
}

export function profileDbPath(dir: string, name: string): string {
  checkProfileName(name);
  return join(dir, name, DB_FILE_NAME);
}

/**
 * The profiles root when `dbPath` is `<profilesDir>/<name>/whereabouts.db` with a valid name;
 * null otherwise (an explicit `--db` elsewhere: profile null, switching off).
 */
export function profilesRootOf(dbPath: string, profilesDir: string | undefined): ProfilesRoot | null {
  if (profilesDir === undefined) return null;
  const db = resolve(dbPath);
  const folder = dirname(db);
  const name = basename(folder);
  if (basename(db) !== DB_FILE_NAME || resolve(dirname(folder)) !== resolve(profilesDir) || !isProfileName(name)) return null;
  return { dir: resolve(profilesDir), current: name };
}

/** The database and its -wal, in bytes (what ProfileInfo.dbBytes counts). */
export function dbFileBytes(dbPath: string): number {
  let n = 0;
  for (const suffix of ['', '-wal']) {
    const p = dbPath + suffix;
    if (existsSync(p)) n += statSync(p).size;
  }
  return n;
}

/** Counts of one open profile database. */
export function profileCounts(db: Db): Pick<ProfileEntry, 'sources' | 'events' | 'syntheticOnly'> {
  const totals = profileTotals(db);
  const sources = completeSources(db, true);
  return { sources: totals.sources, events: totals.events, syntheticOnly: sources.length > 0 && sources.every((s) => s.synthetic) };
}

/** Names of the profiles in `dir` (folders with a valid name holding a database), sorted. */
export function profileNames(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((n) => isProfileName(n) && existsSync(join(dir, n, DB_FILE_NAME))).sort();
}

/**
 * Every profile with its counts; the current one from its open database, the others read-only.
 * A profile that cannot be read (written by a newer version, damaged) is listed with zero counts
 * rather than hiding it: it can still be switched to (which says why it fails) or erased.
 */
export function listProfileEntries(root: ProfilesRoot, currentDb: Db): ProfileEntry[] {
  const names = new Set(profileNames(root.dir));
  names.add(root.current);
  return [...names].sort().map((name) => readProfileEntry(root.dir, name, name === root.current ? currentDb : undefined));
}

/** One profile's entry: from `open` when it is the open one, else from its file (zero counts when unreadable). */
export function readProfileEntry(dir: string, name: string, open?: Db): ProfileEntry {
  const dbPath = join(dir, name, DB_FILE_NAME);
  let counts: Pick<ProfileEntry, 'sources' | 'events' | 'syntheticOnly'> = { sources: 0, events: 0, syntheticOnly: false };
  if (open !== undefined) counts = profileCounts(open);
  else {
    try {
      const db = openDb(dbPath, { readonly: existsSync(`${dbPath}-shm`) });
      try {
        counts = profileCounts(db);
      } finally {
        db.close();
      }
    } catch {
      // Unreadable here: listed with zero counts (see above).
    }
  }
  return { name, current: open !== undefined, dbBytes: dbFileBytes(dbPath), ...counts };
}

/** Creates `<dir>/<name>/whereabouts.db` (a fresh, migrated database); an existing profile is refused. */
export function createProfile(dir: string, name: string): string {
  const dbPath = profileDbPath(dir, name);
  if (existsSync(dbPath)) throw new ApiError('bad-request', `A profile named "${name}" already exists.`, { issues: [{ path: 'name', message: 'already exists' }] });
  // A folder of that name that holds no database is not ours to take over (nor to list).
  if (existsSync(dirname(dbPath))) {
    throw new ApiError('bad-request', `The profiles folder already has a folder named "${name}" that is not a profile; choose another name.`, { issues: [{ path: 'name', message: 'already exists' }] });
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  openDb(dbPath).close();
  return dbPath;
}
