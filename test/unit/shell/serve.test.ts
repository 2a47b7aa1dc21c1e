/** The loopback serve transport over real sockets on 127.0.0.1. */
import { createConnection } from 'node:net';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../../electron/core/serve/csp';
import { INTERNAL_MESSAGE } from '../../../shared/errors';
import { startServer, type RunningServer } from '../../../electron/core/serve/server';
import { fakeCore, PROFILE, type FakeCore } from './fake-core';
import { send } from './http-client';

let tmp: string;
let staticDir: string;
let uploadDir: string;
let core: FakeCore;
let srv: RunningServer;
let port: number;
let auth: Record<string, string>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'wa-serve-'));
  staticDir = join(tmp, 'renderer');
  uploadDir = join(tmp, 'uploads');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Whereabouts</title><div data-testid="app-shell"></div>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(tmp, 'secret.txt'), 'TOP-SECRET');
  symlinkSync(join(tmp, 'secret.txt'), join(staticDir, 'assets', 'link.txt'));
  core = fakeCore();
  srv = await startServer({ core, staticDir, uploadDir });
  port = srv.port;
  auth = { Authorization: `Bearer ${srv.token}` };
});

afterAll(async () => {
  await srv.close();
  rmSync(tmp, { recursive: true, force: true });
});

const call = (channel: string, body: unknown, headers: Record<string, string> = auth) =>
  send(port, { method: 'POST', path: `/api/call/${channel}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('binding', () => {
  it('listens on 127.0.0.1 only and prints the token in the URL fragment', () => {
    const addr = srv.server.address();
    expect(typeof addr === 'object' && addr !== null && addr.address).toBe('127.0.0.1');
    expect(srv.url).toBe(`http://127.0.0.1:${port}/#token=${srv.token}`);
    // 32 random bytes, base64url, no padding.
    expect(srv.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal && !i.address.startsWith('fe80'))
    .map((i) => i!.address);

  it.skipIf(external.length === 0)(`refuses connections on non-loopback addresses (${external.join(', ') || 'none on this machine: SKIPPED'})`, async () => {
    for (const address of external) {
      const outcome = await new Promise<string>((done) => {
        const s = createConnection({ host: address, port });
        s.setTimeout(2000, () => {
          s.destroy();
          done('timeout');
        });
        s.on('connect', () => {
          s.destroy();
          done('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
      });
      expect(outcome, `connecting via ${address}`).not.toBe('connected');
    }
  });

  it('refuses the IPv6 loopback too (bound to 127.0.0.1, not ::)', async () => {
    const outcome = await new Promise<string>((done) => {
      const s = createConnection({ host: '::1', port });
      s.on('connect', () => {
        s.destroy();
        done('connected');
      });
      s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
    });
    expect(outcome).not.toBe('connected');
  });

  it('rejects a non-loopback host option', async () => {
    // @ts-expect-error the type admits only 127.0.0.1; this proves the runtime check too
    await expect(startServer({ core, staticDir, uploadDir, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
  });
});

describe('auth and guards', () => {
  it('401 without a token, with a wrong token, and with the token in the query of a call', async () => {
    expect((await call('profile.info', {}, {})).status).toBe(401);
    expect((await call('profile.info', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await call('profile.info', {}, { Authorization: `Bearer ${srv.token}x` })).status).toBe(401);
    const r = await send(port, { method: 'POST', path: `/api/call/profile.info?token=${srv.token}`, body: '{}' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.text)).toEqual({ message: expect.any(String), code: 'unauthorized' });
  });

  it('403 for a foreign Host header, on API and static requests alike (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `[::1]:${port}`]) {
      expect((await send(port, { path: '/', host })).status, host).toBe(403);
      expect((await send(port, { method: 'POST', path: '/api/call/profile.info', host, headers: auth, body: '{}' })).status, host).toBe(403);
    }
    expect((await send(port, { path: '/', host: `localhost:${port}` })).status).toBe(200);
    expect((await send(port, { path: '/', host: `LOCALHOST:${port}` })).status).toBe(200);
  });

  it('403 for a foreign Origin', async () => {
    const r = await call('profile.info', {}, { ...auth, Origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect((await call('profile.info', {}, { ...auth, Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('OPTIONS → 405 and no CORS header on any response', async () => {
    const responses = [
      await send(port, { method: 'OPTIONS', path: '/api/call/profile.info', headers: { Origin: `http://127.0.0.1:${port}`, 'Access-Control-Request-Method': 'POST' } }),
      await send(port, { method: 'OPTIONS', path: '/' }),
      await call('profile.info', {}),
      await send(port, { path: '/' }),
      await call('profile.info', {}, {}),
    ];
    expect(responses[0]!.status).toBe(405);
    expect(responses[1]!.status).toBe(405);
    for (const r of responses) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('calls', () => {
  it('round-trips a contract call', async () => {
    const r = await call('profile.info', {});
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.text)).toEqual(PROFILE);
    const c = await call('import.cancel', { jobId: 'job-1' });
    expect(JSON.parse(c.text)).toEqual({ cancelled: true });
    expect(core.calls.at(-1)).toEqual({ channel: 'import.cancel', req: { jobId: 'job-1' } });
  });

  it('treats an empty body as {}', async () => {
    const r = await send(port, { method: 'POST', path: '/api/call/profile.info', headers: auth });
    expect(r.status).toBe(200);
  });

  it('404 for unknown channels (prototype names included), 401 before 404', async () => {
    for (const ch of ['nope', '__proto__', 'constructor', 'toString', 'test.blockedRequests', '']) {
      const r = await call(ch, {});
      expect(r.status, ch).toBe(404);
    }
    expect((await call('nope', {}, {})).status).toBe(401);
    expect((await send(port, { method: 'POST', path: '/api/other', headers: auth })).status).toBe(404);
  });

  it('400 for bad JSON and for a non-object request', async () => {
    const bad = await send(port, { method: 'POST', path: '/api/call/profile.info', headers: auth, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({ code: 'bad-request', message: 'The request body is not valid JSON.' });
    for (const body of ['[]', '42', 'null', '"x"']) {
      const r = await send(port, { method: 'POST', path: '/api/call/profile.info', headers: auth, body });
      expect(r.status, body).toBe(400);
    }
  });

  it('answers the error envelope: 422 with the code for an ApiError, 500 internal without the internal text', async () => {
    const api = await call('sources.list', {});
    expect(api.status).toBe(422);
    expect(JSON.parse(api.text)).toEqual({ message: 'sources.list is not part of the fake core', code: 'unsupported' });
    const boom = await call('sources.members', { sourceId: 666 });
    expect(boom.status).toBe(500);
    expect(JSON.parse(boom.text)).toEqual({ message: INTERNAL_MESSAGE, code: 'internal' });
    expect(boom.text).not.toContain('boom');
  });

  it('413 for a call body over 10 MB', async () => {
    // Declared too large: refused before reading anything.
    const declared = await send(port, {
      method: 'POST',
      path: '/api/call/profile.info',
      headers: { ...auth, 'Content-Length': 50 * 1024 * 1024 },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    // Streamed (counted while reading): the server answers 413 and drops the connection, which
    // can race with the client still writing, so a reset is the only other acceptable outcome.
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    const before = core.calls.length;
    const r = await send(port, { method: 'POST', path: '/api/call/profile.info', headers: auth, body: big }).catch((e: NodeJS.ErrnoException) => e);
    if (r instanceof Error) expect(['ECONNRESET', 'EPIPE']).toContain(r.code);
    else expect(r.status).toBe(413);
    expect(core.calls.length).toBe(before);
  });

  it('405 for GET on a call', async () => {
    expect((await send(port, { path: '/api/call/profile.info', headers: auth })).status).toBe(405);
  });
});

describe('static files', () => {
  it('serves index.html with the CSP and security headers', async () => {
    const r = await send(port, { path: '/' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.text).toContain('app-shell');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("connect-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(r.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('every API response carries the CSP too', async () => {
    expect((await call('profile.info', {})).headers['content-security-policy']).toBe(CSP);
    expect((await call('profile.info', {}, {})).headers['content-security-policy']).toBe(CSP);
  });

  it('serves assets with their content types; SPA routes fall back to index.html', async () => {
    expect((await send(port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const route = await send(port, { path: '/timeline/2024?x=1' });
    expect(route.status).toBe(200);
    expect(route.text).toContain('app-shell');
    expect((await send(port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    for (const path of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..\\secret.txt', '/%00', '/C:%5cWindows']) {
      const r = await send(port, { path });
      expect([400, 404], path).toContain(r.status);
      expect(r.text, path).not.toContain('TOP-SECRET');
      expect(r.text, path).not.toContain('"name"');
    }
  });

  it('does not follow a symlink out of the static folder', async () => {
    const r = await send(port, { path: '/assets/link.txt' });
    expect(r.status).toBe(404);
    expect(r.text).not.toContain('TOP-SECRET');
  });

  it('needs no token for static files', async () => {
    expect((await send(port, { path: '/assets/app.js' })).status).toBe(200);
  });
});

describe('events (SSE)', () => {
  it('401 without the token', async () => {
    expect((await send(port, { path: '/api/events' })).status).toBe(401);
  });

  it('streams an emitted core event', async () => {
    const received = await new Promise<string>((done, fail) => {
      const req = get({ host: '127.0.0.1', port, path: `/api/events?token=${encodeURIComponent(srv.token)}`, agent: false }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(res.headers['content-security-policy']).toBe(CSP);
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buf += chunk;
          if (buf.startsWith(': connected') && !buf.includes('event:')) {
            core.emit('import.progress', {
              jobId: 'j1', phase: 'reading', file: 'x.zip', member: 'a.json',
              bytesRead: 1, bytesTotal: 2, membersDone: 0, membersTotal: 1, records: 0,
            });
          }
          if (buf.includes('\n\nevent: import.progress\n') || /event: import\.progress\ndata: .*\n\n/.test(buf)) {
            req.destroy();
            done(buf);
          }
        });
      });
      req.on('error', fail);
    });
    const frame = /event: import\.progress\ndata: (.*)\n\n/.exec(received);
    expect(frame).not.toBeNull();
    expect(JSON.parse(frame![1]!)).toMatchObject({ jobId: 'j1', phase: 'reading' });
  });
});

describe('upload', () => {
  it('streams the body to a fresh folder inside uploadDir with a sanitised name', async () => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const r = await send(port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...auth, 'X-Filename': encodeURIComponent('../../ex port:1.zip'), 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    expect(r.status).toBe(200);
    const { path } = JSON.parse(r.text) as { path: string };
    expect(resolve(path).startsWith(resolve(uploadDir) + sep)).toBe(true);
    expect(path.endsWith(`${sep}ex port_1.zip`)).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    const again = await send(port, { method: 'POST', path: '/api/upload', headers: { ...auth, 'X-Filename': 'ex%20port%3A1.zip' }, body: 'x' });
    const second = (JSON.parse(again.text) as { path: string }).path;
    expect(second).not.toBe(path);
  });

  it('401 without the token, and nothing is written', async () => {
    const before = readdirSync(uploadDir).length;
    const r = await send(port, { method: 'POST', path: '/api/upload', headers: { 'X-Filename': 'a.zip' }, body: 'abc' });
    expect(r.status).toBe(401);
    expect(readdirSync(uploadDir).length).toBe(before);
  });
});

describe('close', () => {
  it('closes with an open event stream and stops listening', async () => {
    const s = await startServer({ core: fakeCore(), staticDir, uploadDir });
    await new Promise<void>((done) => {
      get({ host: '127.0.0.1', port: s.port, path: `/api/events?token=${s.token}`, agent: false }, (res) => {
        res.on('data', () => undefined);
        res.on('error', () => undefined);
        done();
      });
    });
    await s.close();
    await expect(send(s.port, { path: '/' })).rejects.toThrow();
  });
});
