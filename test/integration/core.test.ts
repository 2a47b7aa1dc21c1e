/**
 * The core service as the UI sees it: imports through the real worker thread (the built
 * bundle), progress events, every read channel, source removal and erase.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress, ImportResult } from '../../shared/api';
import { createCore } from '../../electron/core/api/core';
import { openDb } from '../../electron/core/store/db';
import type { Core } from '../../electron/core/api/types';
import { SEARCH_TOKEN, writeTikTokZip, type ExpectedCounts } from '../fixtures/generators/tiktok';
import { tempDir } from './helpers';

const workerFile = join(__dirname, '..', '..', 'out', 'main', 'import-worker.js');
const built = existsSync(workerFile);
if (!built) console.warn(`core.test: ${workerFile} missing — run npm run build (npm test does)`);

function waitDone(core: Core, jobId: string): Promise<{ result: ImportResult; progress: ImportProgress[] }> {
  const progress: ImportProgress[] = [];
  return new Promise((resolve) => {
    const offP = core.events.on('import.progress', (p) => { if (p.jobId === jobId) progress.push(p); });
    const offD = core.events.on('import.done', (r) => {
      if (r.jobId !== jobId) return;
      offP();
      offD();
      resolve({ result: r, progress });
    });
  });
}

describe.runIf(built)('core over a profile database (worker thread imports)', () => {
  const dir = tempDir();
  const dbPath = join(dir, 'profile.db');
  let core: Core;
  let a: ExpectedCounts;
  let b: ExpectedCounts;
  const zipA = join(dir, 'TikTok_Data_A.zip');
  const zipB = join(dir, 'TikTok_Data_B.zip');

  beforeAll(async () => {
    a = await writeTikTokZip(zipA, { variant: 'json-2024', seed: 11, adversarial: true });
    b = await writeTikTokZip(zipB, { variant: 'json-2026', seed: 11 });
    core = await createCore({ dbPath, transport: 'serve', workerFile });
  });
  afterAll(async () => core.close());

  it('imports in a worker, reporting phases and records as it goes', async () => {
    const { jobId } = await core.handlers['import.start']({ paths: [zipA] });
    const { result, progress } = await waitDone(core, jobId);
    expect(result.status).toBe('imported');
    const phases = new Set(progress.map((p) => p.phase));
    for (const ph of ['hashing', 'reading', 'analysing', 'done'] as const) expect(phases).toContain(ph);
    expect(progress.at(-1)!.records).toBe(a.events + a.facts);
    const stats = await core.handlers['stats.summary']({});
    expect(stats.total).toBe(a.events);
    expect(stats.facts).toBe(a.facts);
  });

  it('pages the timeline by offset and by time, and the histogram adds up', async () => {
    const all = await core.handlers['timeline.page']({ filter: {}, offset: 0, limit: 1000 });
    expect(all.total).toBe(a.events);
    const times = all.events.map((e) => e.time!);
    expect([...times].sort()).toEqual(times);
    const mid = all.events[Math.floor(all.events.length / 2)]!;
    const at = await core.handlers['timeline.page']({ filter: {}, at: mid.time!, limit: 5 });
    expect(at.events[0]!.time! <= mid.time!).toBe(true);
    expect(at.offset).toBeGreaterThan(0);
    const h = await core.handlers['timeline.histogram']({ filter: {}, buckets: 40 });
    expect(h.counts.reduce((x, y) => x + y, 0)).toBe(a.events);
    const logins = await core.handlers['timeline.histogram']({ filter: { kinds: ['login'] }, buckets: 7 });
    expect(logins.total).toBe(a.logins);
  });

  it('finds a planted word and marks it, and cites the record', async () => {
    const page = await core.handlers['timeline.page']({ filter: { q: SEARCH_TOKEN }, offset: 0, limit: 10 });
    expect(page.total).toBeGreaterThan(0);
    const seg = page.events[0]!.snippet!;
    expect(seg.some((s) => s.hit && s.text.toLowerCase() === SEARCH_TOKEN)).toBe(true);
    const detail = (await core.handlers['timeline.event']({ id: page.events[0]!.id }))!;
    expect(detail.citation.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.citation.member).toBe('user_data_tiktok.json');
    expect(detail.citation.pointer.startsWith('/')).toBe(true);
    expect(detail.raw).toContain(SEARCH_TOKEN);
  });

  it('serves the Who and Where summaries with dataset credits', async () => {
    const access = await core.handlers['access.summary']({});
    expect(access.logins).toBe(a.logins);
    expect(access.ips.length).toBe(a.distinctIps);
    expect(access.datasets.map((d) => d.name).join(' ')).toMatch(/DB-IP/);
    const oracle = access.ips.find((i) => i.asn === 31898);
    expect(oracle?.networkKind).toBe('cloud');
    expect(access.flags.some((f) => f.kind === 'datacenter-login')).toBe(true);
    const where = await core.handlers['where.summary']({});
    expect(where.hosts.reduce((n, h) => n + h.count, 0)).toBe(Object.values(a.hosts).reduce((x, y) => x + y, 0));
    expect(where.findings.length).toBeGreaterThan(0);
    const csv = await core.handlers['export.csv']({ table: 'ips' });
    expect(csv.csv.split('\r\n')[0]).toMatch(/^ip,count,first,last,country/);
  });

  it('joins two exports in one ledger and removes one cleanly', async () => {
    const { jobId } = await core.handlers['import.start']({ paths: [zipB] });
    expect((await waitDone(core, jobId)).result.status).toBe('imported');
    const sources = await core.handlers['sources.list']({});
    expect(sources).toHaveLength(2);
    const shared = (await core.handlers['access.summary']({})).ips.filter((i) => a.ips.includes(i.ip) && b.ips.includes(i.ip));
    expect(shared.length).toBeGreaterThan(0);
    const members = await core.handlers['sources.members']({ sourceId: sources[1]!.id });
    expect(members.every((m) => m.sha256 === null || /^[0-9a-f]{64}$/.test(m.sha256))).toBe(true);

    await core.handlers['sources.remove']({ sourceId: sources[1]!.id });
    const stats = await core.handlers['stats.summary']({});
    expect(stats.total).toBe(a.events);
    const ips = (await core.handlers['access.summary']({})).ips.map((i) => i.ip).sort();
    expect(ips).toEqual([...a.ips].sort());
    const where = await core.handlers['where.summary']({});
    expect(Object.fromEntries(where.hosts.map((h) => [h.host, h.count]))).toEqual(a.hosts);
  });

  it('erases everything by deleting and recreating the database file', async () => {
    await expect(core.handlers['profile.erase']({ confirm: 'nope' as 'erase everything' })).rejects.toThrow(/erase everything/);
    // A table the app knows nothing about survives any "DELETE FROM …"; only a new file loses it.
    const other = openDb(dbPath);
    other.exec('CREATE TABLE erase_marker (x)');
    other.close();
    const { info, erased } = await core.handlers['profile.erase']({ confirm: 'erase everything' });
    expect(info.sources).toBe(0);
    expect(info.events).toBe(0);
    expect(erased.removed).toContain(dbPath);
    const after = openDb(dbPath);
    expect(after.prepare(`SELECT name FROM sqlite_master WHERE name = 'erase_marker'`).get()).toBeUndefined();
    after.close();
  });
});

describe.runIf(built)('browser-mode uploads', () => {
  it('removes the uploaded copy once its import has ended', async () => {
    const dir = tempDir();
    const uploads = join(dir, 'uploads');
    const upload = join(uploads, 'upload-abc123', 'TikTok_Data_up.zip');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(uploads, 'upload-abc123'), { recursive: true });
    await writeTikTokZip(upload, { variant: 'json-2023', seed: 2 });
    const core = await createCore({ dbPath: join(dir, 'p.db'), transport: 'serve', workerFile, tempDir: uploads });
    try {
      const { jobId } = await core.handlers['import.start']({ paths: [upload] });
      expect((await waitDone(core, jobId)).result.status).toBe('imported');
      expect(existsSync(join(uploads, 'upload-abc123'))).toBe(false);
      expect(existsSync(uploads)).toBe(true);
    } finally {
      await core.close();
    }
  });
});
