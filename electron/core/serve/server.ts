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
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Core } from '../api/types';
import { callChannel, isChannel } from './dispatch';
import { coreEnvelope } from '../api/errors';
import { HttpError, readBody, sendEnvelope, sendError, sendJson, splitTarget } from './http-util';
import { isAllowedHost, isAllowedOrigin } from './host-guard';
import { openEventStream } from './sse';
import { serveStatic } from './static-files';
import { bearerToken, newToken, tokenMatches } from './token';
import { receiveUpload } from './upload';

export const CALL_BODY_LIMIT = 10 * 1024 * 1024;

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
  /** Uploaded exports land here, one fresh sub-folder each. */
  uploadDir: string;
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

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) sendError(res, err.code, err.message);
      else sendEnvelope(res, coreEnvelope(err, `${req.method ?? '?'} ${req.url ?? ''}`));
    });
  });
  // Uploads of tens of GB take far longer than Node's 5-minute default request timeout.
  server.requestTimeout = 0;

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
      const end = openEventStream(req, res, opts.core.events);
      streams.add(end);
      req.on('close', () => streams.delete(end));
      return;
    }
    if (pathname === '/api/upload') return receiveUpload(req, res, opts.uploadDir);

    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice(callPrefix.length));
    } catch {
      channel = '';
    }
    if (!isChannel(channel)) return sendError(res, 'not-found', `Unknown channel "${channel}".`);
    const body = await readBody(req, CALL_BODY_LIMIT).catch((err: unknown) => {
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
    const outcome = await callChannel(opts.core.handlers, channel, request);
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
