/**
 * Why a profile database could not be opened or written, in words that name the file and the
 * cause (locked by another program, read-only, missing folder, not a database, damaged, disk
 * full). The result is an ApiError so every transport (CLI, serve, the desktop app's core
 * process) shows the sentence as is instead of SQLite's bare "database is locked".
 */
import { ApiError } from '../../../shared/errors';

/** SQLite's extended codes (SQLITE_READONLY_DIRECTORY…) share the primary code's prefix. */
function primary(code: string): string {
  const m = /^(SQLITE_[A-Z]+)/.exec(code);
  return m?.[1] ?? code;
}

export function describeDbError(err: unknown, path: string): unknown {
  if (err instanceof ApiError) return err;
  const raw = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (typeof raw !== 'string') return err;
  const cause = err instanceof Error ? err.message : String(err);
  switch (primary(raw)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ApiError('db-unavailable', `The profile database ${path} is locked by another program (is Whereabouts already running on it?). Close that program and try again.`);
    case 'SQLITE_READONLY':
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new ApiError('db-unavailable', `The profile database ${path} cannot be written: the file or its folder is read-only or not yours (${cause}).`);
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('db-unavailable', `The profile database ${path} cannot be opened: its folder is missing, not writable, or not a folder (${cause}).`);
    case 'SQLITE_NOTADB':
      return new ApiError('db-unavailable', `${path} is not a Whereabouts profile database (not a SQLite file); it was left untouched.`);
    case 'SQLITE_CORRUPT':
      return new ApiError('db-unavailable', `The profile database ${path} is damaged (${cause}); it was left untouched.`);
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new ApiError('disk-full', `The disk holding ${path} is full: free some space and try again. Nothing was changed.`);
    case 'SQLITE_IOERR':
      return new ApiError('db-unavailable', `The profile database ${path} could not be read or written by the system (${cause}).`);
    default:
      return err;
  }
}
