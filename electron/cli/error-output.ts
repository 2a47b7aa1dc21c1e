/**
 * How the CLI reports a failed command: the same envelope as IPC and serve (shared/errors.ts).
 * A deliberate error (an ApiError, an archive problem, or one of our own named error classes such
 * as ClaimsFileError) prints its message; anything else is an internal error: the generic
 * sentence, then its own text, since the terminal is this process's log. With `--json` the
 * envelope also goes to stdout as `{"error": {code, message, detail?}}` for scripts.
 */
import { INTERNAL_MESSAGE, type ErrorEnvelope } from '../../shared/errors';
import { classifyCoreError } from '../core/api/errors';
import type { CliIo } from './command';

/** Error classes of the language and of SQLite: their text is never written for a person. */
const INTERNAL_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError', 'SqliteError']);

export function cliEnvelope(err: unknown): ErrorEnvelope {
  const known = classifyCoreError(err);
  if (known) return known.detail ? { code: known.code, message: known.message, detail: known.detail } : { code: known.code, message: known.message };
  // Our own error classes (ClaimsFileError, ReportFormatError, MissingDataError, …) are thrown on
  // purpose with a sentence for the person; they have no finer code than 'bad-request'.
  if (err instanceof Error && !INTERNAL_NAMES.has(err.name) && err.message !== '') return { code: 'bad-request', message: err.message };
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

export function printCommandError(io: CliIo, command: string, argv: readonly string[], err: unknown): void {
  const env = cliEnvelope(err);
  if (env.code === 'internal') {
    const own = err instanceof Error ? err.message : String(err);
    io.err(`whereabouts ${command}: ${INTERNAL_MESSAGE.replace(/ The details were written to its log\.$/, '')} (${own})`);
  } else {
    io.err(`whereabouts ${command}: ${env.message}`);
  }
  if (argv.includes('--json')) io.out(JSON.stringify({ error: env }));
}
