import { ApiError, fromEnvelope, INTERNAL_MESSAGE, isEnvelope, type ErrorCode, type ErrorDetail } from '../../../shared/errors';

/** An error from the core, with the envelope's code (shared/errors.ts) and the HTTP status in serve mode. */
export class ApiCallError extends ApiError {
  constructor(
    message: string,
    code: ErrorCode,
    readonly status?: number,
    detail?: ErrorDetail,
  ) {
    super(code, message, detail);
    this.name = 'ApiCallError';
  }
}

/**
 * The sentence to show a person for anything thrown by a call: the `message` of any Error or of
 * an envelope-shaped object (Electron's contextBridge passes rejections as plain objects). An
 * `internal` error is shown with the generic sentence whatever text it carries.
 */
export function messageOf(err: unknown): string {
  if (typeof err === 'string' && err !== '') return err;
  if (isEnvelope(err)) return err.code === 'internal' ? INTERNAL_MESSAGE : err.message;
  if (typeof err === 'object' && err !== null) {
    const e = err as { message?: unknown; code?: unknown };
    if (e.code === 'internal') return INTERNAL_MESSAGE;
    if (typeof e.message === 'string' && e.message !== '') return e.message;
  }
  return fromEnvelope(err).message;
}
