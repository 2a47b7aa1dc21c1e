/** Small response/body helpers for the serve transport. Every response goes through `head()`. */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { httpStatusOf, type ErrorCode, type ErrorEnvelope } from '../../../shared/errors';
import { SECURITY_HEADERS } from './csp';

/** Raised while reading a request body; its code (shared/errors.ts) gives the HTTP status. */
export class HttpError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
  get status(): number {
    return httpStatusOf(this.code);
  }
}

/** Write the status line with our security headers (and never any CORS header). */
export function head(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extra: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  head(res, status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/** The error envelope `{code, message, detail?}` (shared/errors.ts), with the status its code maps to. */
export function sendEnvelope(res: ServerResponse, envelope: ErrorEnvelope, extra: OutgoingHttpHeaders = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, httpStatusOf(envelope.code), envelope, extra);
}

export function sendError(res: ServerResponse, code: ErrorCode, message: string, extra: OutgoingHttpHeaders = {}): void {
  sendEnvelope(res, { code, message }, extra);
}

/**
 * Read a whole (small) body within `timeoutMs`, refusing more than `limit` bytes — by Content-Length up front and by
 * counting while reading (chunked bodies have no Content-Length).
 */
export function readBody(req: IncomingMessage, limit: number, timeoutMs = 0): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError('too-large', `The request body is larger than ${limit} bytes.`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    // A sender that declares a body and then stalls is answered and dropped, not waited on.
    const timer = timeoutMs > 0
      ? setTimeout(() => {
          if (failed) return;
          failed = true;
          reject(new HttpError('timeout', `The request body did not arrive within ${Math.round(timeoutMs / 1000)} s.`));
        }, timeoutMs)
      : null;
    req.once('close', () => {
      if (timer) clearTimeout(timer);
    });
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError('too-large', `The request body is larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (timer) clearTimeout(timer);
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) {
        failed = true;
        reject(err);
      }
    });
  });
}

/** Pathname and query of a request target; null for absolute-form or otherwise odd targets. */
export function splitTarget(url: string | undefined): { pathname: string; query: URLSearchParams } | null {
  if (typeof url !== 'string' || !url.startsWith('/')) return null;
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  return { pathname, query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)) };
}
