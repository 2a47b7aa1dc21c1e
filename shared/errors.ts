/**
 * The one error envelope every transport carries (Electron IPC, the loopback `serve` HTTP
 * transport, the CLI's `--json` output): `{code, message, detail?}`.
 *
 * - `code` is one of ERROR_CODES (a closed list, documented in docs/errors.md); callers branch on it.
 * - `message` is one sentence for a person; the UI shows it as is. It never holds internal text
 *   (stack traces, SQLite messages, "q.split is not a function"): an error nobody threw on purpose
 *   becomes `internal` with INTERNAL_MESSAGE, and its real text is logged where it happened.
 * - `detail` is optional structured help (the fields of a bad request, the file and member of an
 *   archive problem).
 *
 * Pure data and functions, no imports: the renderer, the preload, main and the core all use it.
 */

/** Every code, with the HTTP status `serve` answers it with and what it means. */
export const ERROR_CODES = {
  'bad-request': { status: 400, meaning: 'The request does not have the shape the contract asks for; detail.issues names each field.' },
  unauthorized: { status: 401, meaning: 'serve: the token is missing or wrong.' },
  forbidden: { status: 403, meaning: 'serve: the Host or Origin is not our own (DNS-rebinding or cross-site guard); IPC: an untrusted frame.' },
  'not-found': { status: 404, meaning: 'The thing named does not exist (a source id, a file, a channel, an API route).' },
  'method-not-allowed': { status: 405, meaning: 'serve: wrong HTTP method for the route.' },
  busy: { status: 409, meaning: 'An import is running (for a profile switch, an erase or a source removal: or a claims test or report); the call must wait or the work be stopped.' },
  'too-large': { status: 413, meaning: 'serve: the request body is over its limit.' },
  timeout: { status: 408, meaning: 'serve: the request did not arrive in time (its body stalled); the connection is closed.' },
  'not-an-export': { status: 422, meaning: 'The file is not an archive or not a data export this build recognises.' },
  'archive-corrupt': { status: 422, meaning: 'The archive is truncated, damaged, encrypted, unsafe or exceeds the size limits; detail names file and member.' },
  'not-a-file': { status: 422, meaning: 'A dropped item is not a file on this computer.' },
  'no-data': { status: 422, meaning: 'There is nothing to work on yet (no imported source).' },
  'no-sample': { status: 422, meaning: 'The bundled sample export is missing from this build.' },
  unsupported: { status: 422, meaning: 'This transport or build cannot do it (PDF without a browser, a compression method, profiles on a database opened by its path).' },
  cancelled: { status: 422, meaning: 'The work was cancelled by the person.' },
  'disk-full': { status: 507, meaning: 'The disk is full; nothing was changed.' },
  'db-newer': { status: 409, meaning: 'The profile database was written by a newer Whereabouts; it is left untouched.' },
  'db-unavailable': { status: 503, meaning: 'The profile database cannot be opened or written (locked by another program, read-only, missing folder, damaged); the message names the file and the cause.' },
  unreachable: { status: 503, meaning: 'Client side only: the core or the serve process cannot be reached.' },
  internal: { status: 500, meaning: 'Anything not thrown on purpose. The message is generic; the real text is logged.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const INTERNAL_MESSAGE = 'Something went wrong inside Whereabouts. The details were written to its log.';

/** One problem with one field of a request, as `path: message` ("filter.sourceIds.0: expected a whole number"). */
export interface FieldIssue {
  /** Dotted path into the request ('' for the request itself). */
  path: string;
  message: string;
}

/** Structured help; every field is optional and plain data (JSON and structured-clone safe). */
export interface ErrorDetail {
  /** bad-request: every field that is wrong. */
  issues?: FieldIssue[];
  /** The contract channel that was called. */
  channel?: string;
  /** Archive problems: the archive's file name and the member inside it. */
  file?: string;
  member?: string;
}

export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  detail?: ErrorDetail;
}

/** An error thrown on purpose; every transport turns it into its envelope. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly detail: ErrorDetail | undefined;
  constructor(code: ErrorCode, message: string, detail?: ErrorDetail) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
  }
}

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** `{code, message}` with a known code and a non-empty message (what crossed a transport). */
export function isEnvelope(v: unknown): v is ErrorEnvelope {
  return isRecord(v) && isErrorCode(v.code) && typeof v.message === 'string' && v.message !== '';
}

function cleanDetail(v: unknown): ErrorDetail | undefined {
  if (!isRecord(v)) return undefined;
  const out: ErrorDetail = {};
  if (Array.isArray(v.issues)) {
    out.issues = v.issues
      .filter((i): i is FieldIssue => isRecord(i) && typeof i.path === 'string' && typeof i.message === 'string')
      .map((i) => ({ path: i.path, message: i.message }));
  }
  for (const k of ['channel', 'file', 'member'] as const) if (typeof v[k] === 'string') out[k] = v[k];
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Any thrown value → the envelope to send. An ApiError (or an error of that name and a known
 * code, rebuilt after crossing a worker or process boundary) keeps its code and message; anything
 * else becomes `internal` with the generic message, and `onInternal` sees the original (to log it).
 */
export function toEnvelope(err: unknown, onInternal?: (err: unknown) => void): ErrorEnvelope {
  if (isRecord(err) && (err instanceof ApiError || err.name === 'ApiError' || !(err instanceof Error))) {
    const message = err.message;
    if (isErrorCode(err.code) && err.code !== 'internal' && typeof message === 'string' && message !== '') {
      const detail = cleanDetail(err.detail);
      return detail ? { code: err.code, message, detail } : { code: err.code, message };
    }
    // An 'internal' envelope passed along keeps the generic text, never a forwarded one.
  }
  onInternal?.(err);
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

/**
 * A received envelope → an ApiError to throw on the calling side. Also reads the older
 * `{error, code}` shape. Anything unrecognisable becomes `internal` with the generic message.
 */
export function fromEnvelope(v: unknown): ApiError {
  if (isRecord(v)) {
    const message = typeof v.message === 'string' && v.message !== '' ? v.message : typeof v.error === 'string' ? v.error : '';
    if (isErrorCode(v.code) && message !== '') return new ApiError(v.code, message, cleanDetail(v.detail));
  }
  return new ApiError('internal', INTERNAL_MESSAGE);
}

/** The HTTP status `serve` answers a code with. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** bad-request's message: "sourceId: expected a whole number; limit: expected a number". */
export function issuesMessage(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ');
}
