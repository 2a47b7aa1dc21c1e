/**
 * The core's side of the error envelope (shared/errors.ts): errors the core's own layers throw
 * (archive, SQLite, the disk) are given their envelope code here, once, so every transport
 * reports them alike. Anything unrecognised becomes `internal` and its real text goes to the log
 * only, never to the page.
 */
import { ApiError, toEnvelope, type ErrorEnvelope } from '../../../shared/errors';
import { ArchiveError } from '../archive/types';

/** Known failures of the core's layers → an ApiError with a plain-words message; else null. */
export function classifyCoreError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof ArchiveError) {
    const code = err.code === 'not-an-archive' ? 'not-an-export' : err.code === 'not-found' ? 'not-found' : 'archive-corrupt';
    return new ApiError(code, err.message, err.member ? { file: err.file, member: err.member } : { file: err.file });
  }
  const sysCode = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  // better-sqlite3's SqliteError carries SQLite's code; Node's fs errors their errno name.
  if (sysCode === 'SQLITE_FULL' || sysCode === 'ENOSPC') {
    return new ApiError('disk-full', 'The disk is full: free some space and try again. Nothing was changed.');
  }
  return null;
}

export type InternalLogger = (err: unknown, context: string) => void;

/** Default log for internal errors: the stack on stderr (the terminal of `serve`/CLI, the core process's log). */
export const logInternal: InternalLogger = (err, context) => {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(`[whereabouts] internal error in ${context}: ${text}`);
};

/** Any thrown value → its envelope; internal ones are logged with `context` (the channel). */
export function coreEnvelope(err: unknown, context: string, log: InternalLogger = logInternal): ErrorEnvelope {
  return toEnvelope(classifyCoreError(err) ?? err, (e) => log(e, context));
}
