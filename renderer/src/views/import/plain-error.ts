/**
 * Messages people read never carry a system error code ("ENOSPC: no space left on device, write",
 * "SQLITE_FULL", "errno -28"). The core's own messages are sentences already; a message that
 * leaks a code is replaced by the sentence for that code, or a general one. Pure.
 */
const CODES: [RegExp, string][] = [
  [/ENOSPC|SQLITE_FULL|disk is full|no space left/i, 'The disk is full: free some space and try again. Nothing was saved.'],
  [/ENOENT|no such file/i, 'The file could not be found: it may have been moved, renamed or deleted.'],
  [/EACCES|EPERM|permission denied|operation not permitted/i, 'The app is not allowed to read this file: check its permissions, or copy it to your Documents folder.'],
  [/EMFILE|ENFILE|too many open files/i, 'Too many files are open at once: close other programs and try again.'],
  [/EIO|SQLITE_IOERR|i\/o error/i, 'The disk could not be read or written (an input/output error): try another copy of the file.'],
  [/SQLITE_CORRUPT|malformed/i, 'The profile database is damaged. Settings → Erase everything starts a fresh one.'],
  [/SQLITE_BUSY|SQLITE_LOCKED|database is locked/i, 'The profile is busy in another window or process: close it and try again.'],
];

/** True when a text shows a code: an E-code, an SQLite code, an errno, or a stack frame. */
export function hasRawCode(text: string): boolean {
  return /\bE[A-Z]{3,}\b|\bSQLITE_[A-Z_]+\b|\berrno\b|\n\s+at\s|\bERR_[A-Z_]+\b/.test(text);
}

export function plainError(text: string | null | undefined, fallback: string): string {
  if (!text) return fallback;
  if (!hasRawCode(text)) return text;
  for (const [re, sentence] of CODES) if (re.test(text)) return sentence;
  return fallback;
}
