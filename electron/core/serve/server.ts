/**
 * The loopback `serve` transport: the same contract as Electron IPC, over HTTP on 127.0.0.1, for
 * machines without an Electron runtime and for the browser e2e tests. This folder is the ONLY
 * shipped code allowed to import node:http (tests/layers.test.ts holds that).
 *
 * Protocol (the renderer's serve client is written against exactly this):
 *   every request   Host must be `127.0.0.1:<port>` or `localhost:<port>` (else 403, DNS-rebinding
 *                   guard); a present Origin must be our own origin (else 403). Every response
 *                   carries SECURITY_HEADERS (CSP, nosniff, no-referrer, COOP, CORP) and never a
 *                   CORS header; OPTIONS → 405.
 *   GET  /, /<path> static files from staticDir, no token. Extensionless paths → index.html.
 *                   Dot segments / backslashes / NUL → 400; missing file → 404.
 *   POST /api/call/<channel>   Authorization: Bearer <token>; JSON object body (empty = {}),
 *                   ≤ 10 MB. 200 → JSON response. Errors are the envelope `{code, message,
 *                   detail?}` (shared/errors.ts, docs/errors.md) with the status of its code:
 *                   401 unauthorized, 404 not-found (unknown channel, checked after the token),
 *                   400 bad-request (bad JSON, not an object, a field of the wrong shape),
 *                   413 too-large, 409 busy, 422 the other deliberate codes, 500 internal
 *                   (generic message; the real text goes to the server's stderr only).
 *   GET  /api/events?token=<token>   (or the Bearer header) → text/event-stream:
 *                   `event: <name>\ndata: <json>\n\n` per core event, `: heartbeat` every 15 s.
 *   POST /api/upload Authorization: Bearer <token>, X-Filename: encodeURIComponent(name), raw
 *                   body streamed to <uploadDir>/upload-XXXXXX/<sanitised name> → 200 {path}.
 *   other /api/*    404; wrong method on a known route → 405.
 *
 * Limits: `import.start` accepts only paths this server stored through /api/upload in this
 * session (else 400 naming `paths[i]`; core/api/import-paths.ts), so a page holding the token
 * cannot make the app read other files. Headers must arrive within `headersMs`, a call's body
 * within `bodyMs` (else 408 and closed), and a connection silent for `idleMs` is closed (a stalled
 * upload included; its partial copy is removed). `report.pdf` runs one at a time with at most
 * PDF_MAX_WAITING waiting; more get 409 busy at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Core } from '../api/types';
import { confineImportPaths, HandedOverPaths, isUploadedFile } from '../api/import-paths';
import { BoundedQueue } from './bounded-queue';
import { callChannel, failure, isChannel, isPlainObject } from './dispatch';
import { coreEnvelope } from '../api/errors';
import { HttpError, readBody, sendEnvelope, sendError, sendJson, splitTarget } from './http-util';
import { isAllowedHost, isAllowedOrigin } from './host-guard';
import { openEventStream } from './sse';
import { serveStatic } from './static-files';
import { bearerToken, newToken, tokenMatches } from './token';
import { receiveUpload } from './upload';

export const CALL_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * How long a connection may take. Uploads of tens of GB may take hours, so there is no limit on
 * a whole request; instead every phase that waits on the other side is bounded: the headers,
 * a call's (small) body, and silence on the socket at any time.
 */
export interface ServeTimeouts {
  /** All request headers must arrive within this. */
  headersMs: number;
  /** A call's JSON body must arrive within this. */
  bodyMs: number;
  /** A connection with no bytes either way for this long is closed (uploads included). */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: ServeTimeouts = { headersMs: 20_000, bodyMs: 30_000, idleMs: 60_000 };

/** One Chromium renders at a time; two more may wait; the rest are told `busy`. */
export const PDF_CONCURRENCY = 1;
export const PDF_MAX_WAITING = 2;

export interface ServeOptions {
  core: Core;
  /** The built renderer, `out/renderer`. */
  staticDir: string;
  /** Loopback only; the type admits nothing else on purpose. */
  host?: '127.0.0.1';
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 32 fresh random bytes, base64url. */
  token?: string;
  /**
   * Uploaded exports land here, one fresh sub-folder each. A function is asked on every upload:
   * with profiles, the open profile's `uploads/` (it changes with profiles.switch).
   */
  uploadDir: string | (() => string);
  /** Defaults to DEFAULT_TIMEOUTS (tests shorten them). */
  timeouts?: Partial<ServeTimeouts>;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/#token=<token>`: the fragment never reaches a server or a Referer. */
  url: string;
  port: number;
  token: string;
  /** The underlying server (tests check its address). */
  server: Server;
  close(): Promise<void>;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = '127.0.0.1';
  if (opts.host !== undefined && opts.host !== host) throw new Error('The serve transport binds to 127.0.0.1 only.');
  const token = opts.token ?? newToken();
  if (token.length < 16) throw new Error('The serve token is too short.');
  const streams = new Set<() => void>();
  let port = 0;

  const limits: ServeTimeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  // Only the files uploaded in this session may be imported (core/api/import-paths.ts).
  const uploaded = new HandedOverPaths();
  const pdfQueue = new BoundedQueue(PDF_CONCURRENCY, PDF_MAX_WAITING, 'PDF rendering');

  const server = createServer({
    headersTimeout: limits.headersMs,
    // Node checks the headers deadline on this interval: keep it well under the deadline.
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(limits.headersMs / 4))),
  }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) sendError(res, err.code, err.message);
      else sendEnvelope(res, coreEnvelope(err, `${req.method ?? '?'} ${req.url ?? ''}`));
    });
  });
  // Uploads of tens of GB take far longer than Node's 5-minute default request timeout; the
  // idle timeout (silence on the socket) bounds a stalled one instead.
  server.requestTimeout = 0;
  server.timeout = limits.idleMs;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendError(res, 'forbidden', 'Forbidden host.');
    if (!isAllowedOrigin(req.headers.origin, port)) return sendError(res, 'forbidden', 'Forbidden origin.');
    if (req.method === 'OPTIONS') return sendError(res, 'method-not-allowed', 'Method not allowed.', { Allow: 'GET, HEAD, POST' });
    const target = splitTarget(req.url);
    if (target === null) return sendError(res, 'bad-request', 'Bad request target.');
    const { pathname, query } = target;

    if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(req, res, pathname, query);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 'method-not-allowed', 'Method not allowed.', { Allow: 'GET, HEAD' });
    }
    return serveStatic(req, res, opts.staticDir, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, query: URLSearchParams): Promise<void> {
    const callPrefix = '/api/call/';
    const known = pathname.startsWith(callPrefix) || pathname === '/api/events' || pathname === '/api/upload';
    if (!known) return sendError(res, 'not-found', 'Not found.');
    const wanted = pathname === '/api/events' ? 'GET' : 'POST';
    if (req.method !== wanted) return sendError(res, 'method-not-allowed', 'Method not allowed.', { Allow: wanted });

    // EventSource cannot set headers, so the events stream alone also takes the token in the query.
    const given = bearerToken(req.headers.authorization) ?? (pathname === '/api/events' ? query.get('token') : null);
    if (!tokenMatches(token, given)) return sendError(res, 'unauthorized', 'Missing or wrong token.');

    if (pathname === '/api/events') {
      // The stream is quiet between events by design; its heartbeat shows a dead peer.
      req.socket.setTimeout(0);
      const end = openEventStream(req, res, opts.core.events);
      streams.add(end);
      req.on('close', () => streams.delete(end));
      return;
    }
    if (pathname === '/api/upload') {
      const stored = await receiveUpload(req, res, typeof opts.uploadDir === 'function' ? opts.uploadDir() : opts.uploadDir);
      if (stored !== null) uploaded.remember([stored]);
      return;
    }

    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice(callPrefix.length));
    } catch {
      channel = '';
    }
    if (!isChannel(channel)) return sendError(res, 'not-found', `Unknown channel "${channel}".`);
    const body = await readBody(req, CALL_BODY_LIMIT, limits.bodyMs).catch((err: unknown) => {
      // Answer, then drop the connection rather than draining up to gigabytes.
      if (err instanceof HttpError) sendError(res, err.code, err.message, { Connection: 'close' });
      else res.destroy();
      return null;
    });
    if (body === null) return;
    let request: unknown = {};
    if (body.length > 0) {
      try {
        request = JSON.parse(body.toString('utf8'));
      } catch {
        return sendError(res, 'bad-request', 'The request body is not valid JSON.');
      }
    }
    if (channel === 'import.start' && isPlainObject(request) && Array.isArray(request.paths)) {
      // A page holding the token must not make the app read any file of the person's: only
      // this session's uploads. (Other shapes are refused by the core's schema gate.)
      try {
        confineImportPaths(request.paths as string[], (p) => isUploadedFile(uploaded, p), 'not a file uploaded in this session');
      } catch (err) {
        return sendEnvelope(res, coreEnvelope(err, 'import.start'));
      }
    }
    // The body is in: the handler's own work (a query, a PDF) is not "silence" to time out.
    req.socket.setTimeout(0);
    const call = () => callChannel(opts.core.handlers, channel, request);
    const outcome = channel === 'report.pdf'
      ? await pdfQueue.run(call).catch((err: unknown) => failure(coreEnvelope(err, 'report.pdf')))
      : await call();
    if (outcome.ok) return sendJson(res, 200, outcome.value);
    return sendEnvelope(res, outcome.error);
  }

  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: opts.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.');
  port = address.port;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      for (const end of streams) end();
      streams.clear();
      server.close(() => resolve());
      // Keep-alive and in-flight uploads would otherwise hold close() open.
      for (const s of sockets) s.destroy();
    });
    return closing;
  };

  return { url: `http://${host}:${port}/#token=${token}`, port, token, server, close };
}
