/**
 * serve against a hostile page holding the token and a hostile local neighbour, over real sockets
 * with the real core (in-process imports, real SQLite, a real generated TikTok export):
 * import paths confined to this session's uploads; bad requests are 4xx naming the field, fast;
 * uploads removed after import and on erase; stalled requests closed within a bounded time.
 */
import { connect } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/api';
import { createCore } from '../../../electron/core/api/core';
import type { Core } from '../../../electron/core/api/types';
import { startServer, type RunningServer } from '../../../electron/core/serve/server';
import { SEARCH_TOKEN, writeTikTokZip, type ExpectedCounts } from '../../fixtures/generators/tiktok';
import { send } from '../../unit/shell/http-client';
import { tempDir } from '../helpers';

const dir = tempDir('wa-serve-hard-');
const uploadDir = join(dir, 'uploads');
const dbPath = join(dir, 'p.db');
let core: Core;
let srv: RunningServer;
let auth: Record<string, string>;
let zip: string;
let expected: ExpectedCounts;

beforeAll(async () => {
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<div></div>');
  zip = join(dir, 'TikTok_Data_1.zip');
  expected = await writeTikTokZip(zip, { variant: 'json-2024', seed: 21, adversarial: true });
  core = await createCore({ dbPath, transport: 'serve', inProcess: true, tempDir: uploadDir });
  srv = await startServer({ core, staticDir, uploadDir, timeouts: { headersMs: 400, bodyMs: 400, idleMs: 800 } });
  auth = { Authorization: `Bearer ${srv.token}`, 'Content-Type': 'application/json' };
});

afterAll(async () => {
  await srv.close();
  await core.close();
});

const call = (channel: string, body: unknown) =>
  send(srv.port, { method: 'POST', path: `/api/call/${channel}`, headers: auth, body: typeof body === 'string' ? body : JSON.stringify(body) });

const upload = async (file: string, name: string): Promise<string> => {
  const r = await send(srv.port, { method: 'POST', path: '/api/upload', headers: { Authorization: auth.Authorization!, 'X-Filename': name }, body: readFileSync(file) });
  expect(r.status).toBe(200);
  return (JSON.parse(r.text) as { path: string }).path;
};

function done(jobId: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    const off = core.events.on('import.done', (r) => {
      if (r.jobId !== jobId) return;
      off();
      resolve(r);
    });
  });
}

describe('import.start is confined to this session\'s uploads', () => {
  it('refuses a server-side path with 400 naming paths[0], and reads nothing', async () => {
    const secret = join(dir, 'secret.zip');
    writeFileSync(secret, readFileSync(zip));
    for (const p of [secret, zip, '/etc/passwd', join(uploadDir, '..', 'p.db')]) {
      const r = await call('import.start', { paths: [p] });
      expect(r.status, p).toBe(400);
      const body = JSON.parse(r.text) as { code: string; detail: { issues: { path: string; message: string }[] } };
      expect(body.code).toBe('bad-request');
      expect(body.detail.issues).toEqual([{ path: 'paths[0]', message: 'not a file uploaded in this session' }]);
    }
    expect(JSON.parse((await call('sources.list', {})).text)).toEqual([]);
  });

  it('refuses a file placed in the upload folder by anyone but the upload route, and a symlink', async () => {
    const planted = join(uploadDir, 'upload-planted');
    mkdirSync(planted, { recursive: true });
    writeFileSync(join(planted, 'x.zip'), readFileSync(zip));
    symlinkSync(dbPath, join(planted, 'link.zip'));
    const r = await call('import.start', { paths: [join(planted, 'x.zip'), join(planted, 'link.zip')] });
    expect(r.status).toBe(400);
    expect(r.text).toContain('paths[0]');
    expect(r.text).toContain('paths[1]');
  });

  it('imports an uploaded file, then removes the upload copy', async () => {
    const before = readdirSync(uploadDir).filter((n) => n.startsWith('upload-') && n !== 'upload-planted');
    const p = await upload(zip, 'TikTok_Data_1.zip');
    const r = await call('import.start', { paths: [p] });
    expect(r.status).toBe(200);
    const result = await done((JSON.parse(r.text) as { jobId: string }).jobId);
    expect(result.status).toBe('imported');
    const info = JSON.parse((await call('profile.info', {})).text) as { events: number };
    expect(info.events).toBe(expected.events);
    expect(readdirSync(uploadDir).filter((n) => n.startsWith('upload-') && n !== 'upload-planted')).toEqual(before);
    // Used once: the same path is not accepted again (it is gone).
    expect((await call('import.start', { paths: [p] })).status).toBe(400);
  });
});

describe('bad requests are 4xx naming the field, never 500 or internal text', () => {
  const cases: [string, unknown, string][] = [
    ['timeline.page', { filter: { q: 'a\u0000b' }, limit: 10 }, ''],
    ['timeline.page', { filter: { q: ['x'] }, limit: 10 }, 'filter.q'],
    ['timeline.page', { filter: { q: 7 }, limit: 10 }, 'filter.q'],
    ['timeline.histogram', { filter: { q: { split: 1 } }, buckets: 10 }, 'filter.q'],
    ['timeline.event', { id: [1] }, 'id'],
    ['timeline.event', { id: '1' }, 'id'],
    ['sources.members', { sourceId: 1.5 }, 'sourceId'],
    ['timeline.page', { filter: {}, limit: 10_000_000 }, 'limit'],
    ['timeline.page', { filter: {}, limit: 1001 }, 'limit'],
    ['import.start', { paths: 'x.zip' }, 'paths'],
    ['import.start', { paths: [] }, 'paths'],
    ['export.csv', { table: 'sqlite_master' }, 'table'],
  ];
  it.each(cases)('%s %j', async (channel, req, field) => {
    const r = await call(channel, req);
    if (field === '') {
      // A NUL inside a search is just a character: an answer, not an error.
      expect(r.status).toBe(200);
      return;
    }
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text) as { code: string; message: string; detail: { issues: { path: string }[] } };
    expect(body.code).toBe('bad-request');
    expect(body.detail.issues.map((i) => i.path)).toContain(field);
    expect(body.message).not.toMatch(/datatype mismatch|is not a function|SQLITE|at .*\.ts/);
  });

  it.each([300_000, 1_500_000])('a search of %i words is refused at once with the limit named', async (n) => {
    const q = Array.from({ length: n }, (_, i) => `w${i % 1000}`).join(' ');
    const started = Date.now();
    const r = await call('timeline.page', { filter: { q }, limit: 50 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text) as { message: string; detail: { issues: { path: string; message: string }[] } };
    expect(body.detail.issues[0]!.path).toBe('filter.q');
    expect(body.detail.issues[0]!.message).toMatch(/longer than \d+ characters/);
    // The server still answers others at once.
    expect((await call('profile.info', {})).status).toBe(200);
  });

  it('a search of more words than the limit (short enough for the schema) is refused naming the limit', async () => {
    const q = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const r = await call('timeline.page', { filter: { q }, limit: 50 });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text) as { message: string; detail: { issues: { path: string; message: string }[] } };
    expect(body.detail.issues).toEqual([{ path: 'filter.q', message: 'has more than 32 words (the limit)' }]);
    expect(body.message).toContain('at most 32 words');
  });

  it('a NUL inside a search separates words (finds what the words find)', async () => {
    const nul = await call('timeline.page', { filter: { q: `${SEARCH_TOKEN}\u0000remember` }, limit: 5 });
    expect(nul.status).toBe(200);
    const spaced = JSON.parse((await call('timeline.page', { filter: { q: `${SEARCH_TOKEN} remember` }, limit: 5 })).text) as { total: number };
    expect(spaced.total).toBeGreaterThan(0);
    expect(JSON.parse(nul.text)).toEqual(spaced);
  });

  it('a body over the limit is 413', async () => {
    const r = await call('profile.info', JSON.stringify({ pad: 'x'.repeat(11 * 1024 * 1024) }));
    expect(r.status).toBe(413);
  });
});

/** A raw socket: write `text`, then stay silent; resolves with the time until the server closed it. */
function stall(text: string, limitMs: number): Promise<{ closedAfter: number; reply: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let reply = '';
    const s = connect({ host: '127.0.0.1', port: srv.port }, () => s.write(text));
    s.on('data', (d: Buffer) => (reply += d.toString()));
    s.on('close', () => resolve({ closedAfter: Date.now() - started, reply }));
    s.on('error', () => undefined);
    setTimeout(() => {
      s.destroy();
      reject(new Error(`still open after ${limitMs} ms`));
    }, limitMs);
  });
}

describe('stalled connections are closed within a bounded time', () => {
  const host = () => `Host: 127.0.0.1:${srv.port}\r\n`;

  it('headers sent, then a declared body that never comes: 408 and closed', async () => {
    const r = await stall(`POST /api/call/profile.info HTTP/1.1\r\n${host()}Authorization: ${auth.Authorization}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`, 5000);
    expect(r.closedAfter).toBeLessThan(3000);
    expect(r.reply).toMatch(/^HTTP\/1\.1 408/);
  });

  it('headers never finished: closed', async () => {
    const r = await stall(`GET / HTTP/1.1\r\n${host()}X-Slow: 1\r\n`, 5000);
    expect(r.closedAfter).toBeLessThan(3000);
  });

  it('an upload that stalls mid-body: closed and its partial copy removed', async () => {
    const before = readdirSync(uploadDir).sort();
    const r = await stall(`POST /api/upload HTTP/1.1\r\n${host()}Authorization: ${auth.Authorization}\r\nX-Filename: big.zip\r\nContent-Length: 1000000\r\n\r\nPK`, 5000);
    expect(r.closedAfter).toBeLessThan(3000);
    await new Promise((res) => setTimeout(res, 100));
    expect(readdirSync(uploadDir).sort()).toEqual(before);
  });
});

describe('erase everything', () => {
  it('also removes uploads that were never imported', async () => {
    const p = await upload(zip, 'never-imported.zip');
    expect(existsSync(p)).toBe(true);
    const r = await call('profile.erase', { confirm: 'erase everything' });
    expect(r.status).toBe(200);
    // eraseProfile removes the copies and then the emptied uploads folder itself.
    expect(existsSync(p)).toBe(false);
    expect(existsSync(uploadDir) ? readdirSync(uploadDir).filter((n) => n.startsWith('upload-')) : []).toEqual([]);
    // The next upload makes the folder again.
    expect(existsSync(await upload(zip, 'after-erase.zip'))).toBe(true);
  });
});
