/**
 * IPC without a runtime: the real preload (electron/preload/index.ts) and the real main-process
 * routing (electron/main/routing.ts → ipc-table.ts), joined by a fake ipcMain/ipcRenderer that
 * passes every message through v8.serialize/deserialize and a fake contextBridge that copies the
 * way Electron's does (electron-fake/ipc.ts). Behind main, the real core answers over the core
 * process protocol (core/host: client ↔ host, every message structured-cloned), with a real
 * SQLite profile and real zip exports.
 *
 * Every channel of CHANNELS is called from the page, once succeeding and once failing; events
 * (progress, done) and cancel are exercised. The failure assertions read errors the way the
 * renderer does (messageOf): they fail on the old preload, which rejected with a plain object
 * that the bridge copies whole and messageOf reads as "Something went wrong.".
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Api, type Channel, type Credits, type ImportProgress, type ImportResult } from '../../shared/api';
import { CLAIM_TEMPLATES } from '../../shared/claim-templates';
import { INTERNAL_MESSAGE } from '../../shared/errors';
import { createCore } from '../../electron/core/api/core';
import { connectCore, type CoreClient } from '../../electron/core/host/client';
import { serveCore } from '../../electron/core/host/host';
import { inProcessPair } from '../../electron/core/host/port';
import { createOpenExportHandler, type PickerOptions } from '../../electron/main/open-export';
import { createReportPdfHandler } from '../../electron/main/report-pdf';
import { HandedOverPaths } from '../../electron/main/import-guard';
import { registerRoutes } from '../../electron/main/routing';
import { defaultResourcesDir } from '../../electron/core/resources';
import { messageOf } from '../../renderer/src/api/errors';
import { writeTikTokZip, type ExpectedCounts } from '../fixtures/generators/tiktok';
import { toPage, world } from './electron-fake/ipc';
import { tempDir } from './helpers';

vi.mock('electron', async () => {
  const fake = await import('./electron-fake/ipc');
  return {
    ipcRenderer: fake.world.ipc.ipcRenderer,
    contextBridge: fake.world.bridge,
    webUtils: { getPathForFile: (f: { path?: string }) => f.path ?? '' },
  };
});

const GENERIC = 'Something went wrong.';
type Fn = (req?: unknown) => Promise<unknown>;

const dir = tempDir('wa-ipc-');
const zipA = join(dir, 'TikTok_Data_A.zip');
const zipB = join(dir, 'TikTok_Data_B.zip');
const notAnExport = join(dir, 'notes.zip');
let a: ExpectedCounts;
let client: CoreClient;
let api: Api;
let rawApi: Api;
/** What the fake native picker answers next, and what it was asked. */
let pickerAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
const handed = new HandedOverPaths();
const pickerAsked: PickerOptions[] = [];
let printFails = false;
const printed: string[] = [];

const succeeded = new Set<Channel>();
const failed = new Set<Channel>();

function page(channel: Channel): Fn {
  return (api as unknown as Record<string, Fn>)[channel]!;
}

async function ok<T>(channel: Channel, req: unknown): Promise<T> {
  const value = (await page(channel)(req)) as T;
  succeeded.add(channel);
  return value;
}

/**
 * A call that must fail. The envelope main answers (asked directly, off the wire) says what the
 * page must read: the page gets an Error with exactly that message, the preload's own rejection
 * (before the bridge) carries the code too.
 */
async function fails(channel: Channel, req: unknown): Promise<{ code: string; message: string }> {
  const handler = world.ipc.handlers.get(channel)!;
  const envelope = (await handler({ senderFrame: { url: 'app://whereabouts/index.html', parent: null } }, req)) as { ok: boolean; error: { code: string; message: string } };
  expect(envelope.ok, `${channel} was expected to fail`).toBe(false);
  const err = await page(channel)(req).then(() => null, (e: unknown) => e);
  expect(err, `${channel} resolved`).not.toBeNull();
  expect(err).toBeInstanceOf(Error);
  expect(messageOf(err)).toBe(envelope.error.message);
  expect(messageOf(err)).not.toBe(GENERIC);
  const raw = await (rawApi as unknown as Record<string, Fn>)[channel]!(req).then(() => null, (e: unknown) => e);
  expect(raw).toMatchObject({ name: 'ApiError', code: envelope.error.code, message: envelope.error.message });
  failed.add(channel);
  return envelope.error;
}

function waitDone(jobId: string): Promise<{ result: ImportResult; progress: ImportProgress[] }> {
  const progress: ImportProgress[] = [];
  return new Promise((resolve) => {
    const offP = api.on('import.progress', (p) => {
      if (p.jobId === jobId) progress.push(p);
    });
    const offD = api.on('import.done', (r) => {
      if (r.jobId !== jobId) return;
      offP();
      offD();
      resolve({ result: r, progress });
    });
  });
}

/** The generated datasets plus a bundled sample, as a packaged build has them. */
function resourcesWithSample(sample: string): string {
  const res = join(dir, 'resources');
  mkdirSync(join(res, 'sample'), { recursive: true });
  const generated = defaultResourcesDir();
  for (const name of readdirSync(generated)) if (name !== 'sample') symlinkSync(join(generated, name), join(res, name));
  symlinkSync(sample, join(res, 'sample', 'TikTok_Data_sample.zip'));
  return res;
}

beforeAll(async () => {
  a = await writeTikTokZip(zipA, { variant: 'json-2024', seed: 21 });
  await writeTikTokZip(zipB, { variant: 'json-2026', seed: 22 });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(notAnExport, 'this is not a zip file');
  const sample = join(dir, 'sample-src.zip');
  await writeTikTokZip(sample, { variant: 'json-2026', seed: 23 });

  // The core behind the same protocol the utility process speaks (in-process pair: every message cloned).
  const { host, core: proc } = inProcessPair();
  serveCore(host, { make: (init) => createCore({ ...init, inProcess: true }), exit: () => undefined });
  // The profile folder sits in `dir`, the profiles folder: its name is 'profile' and profiles.* work.
  client = await connectCore(proc, { dbPath: join(dir, 'profile', 'whereabouts.db'), resourcesDir: resourcesWithSample(sample), transport: 'electron', tempDir: join(dir, 'profile', 'tmp'), profilesDir: dir });

  registerRoutes({
    ipcMain: world.ipc.ipcMain,
    core: client,
    own: {
      'dialog.openExport': createOpenExportHandler(async (o) => {
        pickerAsked.push(o);
        return pickerAnswer;
      }, handed),
      'report.pdf': createReportPdfHandler(client.handlers, async (html) => {
        if (printFails) throw new Error('printToPDF failed: /home/someone/secret/report.html');
        printed.push(html);
        return Buffer.from('%PDF-1.7 fake');
      }),
    },
    policy: { dev: false },
    handed,
    broadcast: (channel, payload) => world.ipc.send(channel, payload),
  });
  mkdirSync(join(dir, 'profile'), { recursive: true });
  await import('../../electron/preload/index');
  api = world.bridge.page.get('api') as Api;
  rawApi = world.bridge.raw.get('api') as Api;
}, 60_000);

afterAll(async () => {
  await client?.close();
});

describe('IPC harness (structured clone, real preload, real routing, real core)', () => {
  it('registers every channel once and exposes exactly the contract to the page', () => {
    // Plus main's internal hand-over channel for dropped files (not on the page's api).
    expect([...world.ipc.handlers.keys()].sort()).toEqual([...CHANNELS, 'whereabouts:handover'].sort());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on', 'resolveFile'].sort());
  });

  it('profile.info, dialog.openExport (picked and cancelled)', async () => {
    const info = await ok<{ transport: string; nativeDialog: boolean; sources: number; sampleAvailable: boolean }>('profile.info', {});
    expect(info).toMatchObject({ transport: 'electron', nativeDialog: true, sources: 0, sampleAvailable: true });
    pickerAnswer = { canceled: false, filePaths: [zipA] };
    expect(await ok('dialog.openExport', {})).toEqual({ paths: [zipA] });
    pickerAnswer = { canceled: true, filePaths: [] };
    expect(await ok('dialog.openExport', { folder: true })).toEqual({ paths: null });
    expect(pickerAsked.map((o) => o.properties)).toEqual([['openFile', 'multiSelections'], ['openDirectory']]);
  });

  it('import.start reports progress and done as events; a queued import can be cancelled', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { paths: [zipA] });
    const doneA = waitDone(jobId);
    // Queued behind A, cancelled before it starts: deterministic, whatever the machine's speed.
    // B arrives as a dropped file: the preload hands its path over to main (resolveFile).
    expect(await api.resolveFile({ path: zipB } as unknown as File)).toBe(zipB);
    const { jobId: jobB } = await ok<{ jobId: string }>('import.start', { paths: [zipB] });
    const doneB = waitDone(jobB);
    expect(await ok('import.cancel', { jobId: jobB })).toEqual({ cancelled: true });
    const [ra, rb] = await Promise.all([doneA, doneB]);
    expect(rb.result).toMatchObject({ status: 'cancelled', sourceIds: [] });
    expect(ra.result.status).toBe('imported');
    expect(new Set(ra.progress.map((p) => p.phase))).toContain('reading');
    expect(ra.progress.at(-1)!.records).toBe(a.events + a.facts);
    // Unknown jobs are not cancelled (an answer, not an error).
    expect(await page('import.cancel')({ jobId: 'no-such-job' })).toEqual({ cancelled: false });
  });

  it('an import that fails says why in its done event', async () => {
    await api.resolveFile({ path: notAnExport } as unknown as File);
    const { jobId } = await ok<{ jobId: string }>('import.start', { paths: [notAnExport] });
    const { result } = await waitDone(jobId);
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/notes\.zip/);
  });

  it('every read channel answers through the wire', async () => {
    const sources = await ok<{ id: number; events: number }[]>('sources.list', {});
    expect(sources).toHaveLength(1);
    expect(sources[0]!.events).toBe(a.events);
    const id = sources[0]!.id;
    expect((await ok<unknown[]>('sources.members', { sourceId: id })).length).toBeGreaterThan(0);
    expect(await ok('sources.coverage', { sourceId: id })).toBeTruthy();
    // The export is still on disk, so its shape (structure without values) can be read.
    const shape = await ok<{ text: string; fileName: string }>('sources.shape', { sourceId: id });
    expect(shape.text.length).toBeGreaterThan(0);
    expect(await ok('stats.summary', {})).toMatchObject({ total: a.events, facts: a.facts });
    const h = await ok<{ counts: number[] }>('timeline.histogram', { filter: {}, buckets: 20 });
    expect(h.counts.reduce((x, y) => x + y, 0)).toBe(a.events);
    const p = await ok<{ total: number; events: { id: number }[] }>('timeline.page', { filter: {}, offset: 0, limit: 5 });
    expect(p.total).toBe(a.events);
    const detail = await ok<{ id: number; citation: { member: string } }>('timeline.event', { id: p.events[0]!.id });
    expect(detail.id).toBe(p.events[0]!.id);
    expect(detail.citation.member).toBeTruthy();
    expect(await ok('access.summary', {})).toMatchObject({ logins: a.logins });
    expect(await ok('where.summary', {})).toHaveProperty('hosts');
    // The json-2024 model writes one "Most Recent Location Data" record with GPS 52.5200, 13.4050.
    const loc = await ok<{ total: number; more: number; points: { lat: number; lon: number; count: number; eventIds: number[]; example: { member: string; pointer: string } }[] }>('where.locations', {});
    expect(loc).toMatchObject({ total: 1, more: 0 });
    expect(loc.points).toHaveLength(1);
    expect(loc.points[0]!.lat).toBeCloseTo(52.52, 2);
    expect(Math.abs(loc.points[0]!.lon - 13.405)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(loc.points[0]!.eventIds).toHaveLength(1);
    expect(loc.points[0]!.example.pointer).toMatch(/^\//);
    expect(await ok('settings.get', {})).toEqual({ display: null });
    expect(await ok('settings.set', { display: { theme: 'dark', textSize: 150 } })).toEqual({ display: { theme: 'dark', textSize: 150, presenter: false } });
    expect(await ok('settings.get', {})).toEqual({ display: { theme: 'dark', textSize: 150, presenter: false } });
    const credits = await ok<Credits>('credits.list', {});
    expect(credits.offline.length).toBeGreaterThan(0);
    // The profile's results were computed with the data loaded now, and the version names its parts.
    expect(credits.profileDataVersion).toBe(credits.dataVersion.id);
    expect(credits.dataVersion.parts.map((p) => p.id)).toEqual(expect.arrayContaining(['file:network-lists.json', 'rules:host-rules']));
    const csv = await ok<{ filename: string; csv: string }>('export.csv', { table: 'timeline' });
    expect(csv.csv.trimEnd().split('\n').length).toBeGreaterThan(a.events); // header + one line per event (at least)
    expect((await ok<unknown[]>('claims.templates', {})).length).toBe(CLAIM_TEMPLATES.length);
  });

  it('claims and reports, PDF printed by main', async () => {
    const claims = [{ template: CLAIM_TEMPLATES[0]!.id }];
    expect(await ok('claims.evaluate', { claims })).toHaveProperty('verdicts');
    const html = await ok<{ filename: string; content: string }>('report.build', { claims, format: 'html' });
    expect(html.filename).toMatch(/\.html$/);
    const pdf = await ok<{ filename: string; base64: string }>('report.pdf', { claims });
    expect(pdf.filename).toMatch(/\.pdf$/);
    expect(Buffer.from(pdf.base64, 'base64').toString()).toBe('%PDF-1.7 fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/<html/i);
    // A report saved earlier, verified in the app; an id that runs nothing cancels nothing.
    expect(await ok('report.verify', { text: html.content })).toMatchObject({ kind: 'html', match: true });
    expect(await ok('work.cancel', { requestId: 'nothing-running' })).toEqual({ cancelled: false });
  });

  it('every channel refuses a request that is not an object, and the page reads why', async () => {
    for (const channel of CHANNELS) await fails(channel, [1, 2, 3]);
  });

  it('deliberate errors reach the page with their message (not "Something went wrong.")', async () => {
    // Without the phrase: `confirm` from the handler, or `bad-request` from the schema gate in front of it.
    expect(['confirm', 'bad-request']).toContain((await fails('profile.erase', {})).code);
    expect((await fails('sources.remove', { sourceId: 999_999 })).code).toBe('not-found');
    expect((await fails('import.start', { paths: [] })).code).toBe('bad-request');
    expect((await fails('claims.evaluate', { claims: [{ template: 'no-such-template' }] })).code).toBe('bad-request');
    expect((await fails('report.build', { claims: [], format: 'docx' })).code).toBe('bad-request');
    expect((await fails('report.verify', { text: 'not a report' })).code).toBe('bad-request');
  });

  it('an internal failure reads as the generic internal message, never its text', async () => {
    printFails = true;
    try {
      const e = await fails('report.pdf', { claims: [{ template: CLAIM_TEMPLATES[0]!.id }] });
      expect(e).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
    } finally {
      printFails = false;
    }
  });

  it('import.start reads only paths handed over in this session (picker or dropped), never one the page names', async () => {
    const e = await fails('import.start', { paths: ['/etc/passwd', zipA] });
    expect(e.code).toBe('bad-request');
    expect(e.message).toContain('paths[0]: not a file you chose or dropped in this session');
    expect(e.message).not.toContain('paths[1]');
    // The hand-over channel is main's, checked like every other: an untrusted frame cannot use it.
    world.ipc.frameUrl = 'https://evil.example/';
    try {
      await expect(world.ipc.ipcRenderer.invoke('whereabouts:handover', '/etc/passwd')).rejects.toThrow(/untrusted sender/);
    } finally {
      world.ipc.frameUrl = 'app://whereabouts/index.html';
    }
    expect(handed.has('/etc/passwd')).toBe(false);
  });

  it('resolveFile refuses a page-made file with a readable message', async () => {
    const err = await api.resolveFile({} as File).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(messageOf(err)).toBe('That item is not a file on this computer.');
  });

  it('an untrusted frame is refused before anything reaches the core', async () => {
    const before = world.ipc.log.length;
    world.ipc.frameUrl = 'https://evil.example/';
    try {
      await expect(page('profile.info')({})).rejects.toThrow(/untrusted sender/);
    } finally {
      world.ipc.frameUrl = 'app://whereabouts/index.html';
    }
    expect(world.ipc.log.slice(before)).toEqual([{ dir: 'invoke', channel: 'profile.info' }]);
  });

  it('source removal, sample import and erase', async () => {
    const [src] = await ok<{ id: number }[]>('sources.list', {});
    expect(await ok('sources.remove', { sourceId: src!.id })).toMatchObject({ sources: 0, events: 0 });
    const { jobId } = await ok<{ jobId: string }>('import.sample', {});
    expect((await waitDone(jobId)).result.status).toBe('imported');
    expect((await ok<{ sources: number }>('profile.info', {})).sources).toBe(1);
    // The bundled sample is marked as synthetic data (the SAMPLE marker reads this).
    expect((await ok<{ synthetic: boolean }[]>('sources.list', {})).map((x) => x.synthetic)).toEqual([true]);
    const erased = await ok<{ info: { sources: number; profile: string | null }; erased: { removed: string[]; kept: string[] } }>('profile.erase', { confirm: 'erase everything' });
    expect(erased.info).toMatchObject({ sources: 0, events: 0, profile: 'profile' });
    expect(erased.erased.removed).toContain(join(dir, 'profile', 'whereabouts.db'));
    expect(erased.erased.kept).toEqual([]);
  });

  it('workshop: personas, request letters and group summaries', async () => {
    const personas = await ok<{ id: string; platforms: string[] }[]>('personas.list', {});
    expect(personas.map((p) => p.id)).toContain('commuter-instagram-tiktok');
    // Two exports (Instagram, TikTok), one job id, one done event with both sources.
    const { jobId } = await ok<{ jobId: string }>('import.persona', { id: 'commuter-instagram-tiktok' });
    const { result, progress } = await waitDone(jobId);
    expect(result).toMatchObject({ jobId, status: 'imported' });
    expect(result.sourceIds).toHaveLength(2);
    expect(progress.length).toBeGreaterThan(0);
    const sources = await ok<{ platform: string; synthetic: boolean }[]>('sources.list', {});
    expect(sources.map((x) => [x.platform, x.synthetic]).sort()).toEqual([['instagram', true], ['tiktok', true]]);
    expect((await fails('import.persona', { id: 'nobody' })).code).toBe('not-found');

    expect(await ok('letter.info', { platform: 'instagram' })).toMatchObject({ platform: 'instagram', label: 'Instagram' });
    const letter = await ok<{ text: string; fileName: string }>('letter.compose', { platform: 'instagram', jurisdiction: 'eu' });
    expect(letter.text).toMatch(/^\[SAMPLE/);
    expect(letter.text).toContain('Article 15');
    expect(letter.fileName).toBe('data-request-instagram-eu.txt');
    expect((await fails('letter.compose', { platform: 'instagram', jurisdiction: 'uk' })).code).toBe('bad-request');
    expect((await fails('letter.info', { platform: 'myspace' })).code).toBe('bad-request');

    // Persona sources count only when included.
    expect((await fails('aggregate.make', { k: 1, includeSynthetic: false })).code).toBe('no-data');
    const summary = await ok<{ participants: number; synthetic: boolean; cells: { dimension: string; value: string }[] }>('aggregate.make', { k: 1, includeSynthetic: true });
    expect(summary).toMatchObject({ participants: 1, synthetic: true });
    expect(summary.cells).toContainEqual(expect.objectContaining({ dimension: 'platform', value: 'tiktok' }));
    const text = JSON.stringify(summary);
    const merged = await ok<{ participants: number }>('aggregate.merge', { files: [{ name: 'anna.json', text }, { name: 'ben.json', text }] });
    expect(merged.participants).toBe(2);
    const bad = await fails('aggregate.merge', { files: [{ name: 'anna.json', text }, { name: 'ben.json', text: '{"format":"x"}' }] });
    expect(bad.code).toBe('bad-request');
    expect(bad.message).toMatch(/^ben\.json: /);
  });

  it('workshop: profiles are listed, created, switched and erased', async () => {
    const before = await ok<{ current: string; switchable: boolean; profiles: { name: string; sources: number; syntheticOnly: boolean }[] }>('profiles.list', {});
    expect(before).toMatchObject({ current: 'profile', switchable: true, profiles: [{ name: 'profile', current: true, sources: 2, syntheticOnly: true }] });
    const created = await ok<{ profiles: { name: string; sources: number }[] }>('profiles.create', { name: 'anna' });
    expect(created.profiles.map((p) => [p.name, p.sources])).toEqual([['anna', 0], ['profile', 2]]);
    expect((await fails('profiles.create', { name: 'anna' })).code).toBe('bad-request');
    const anna = await ok<{ profile: string; sources: number; dbPath: string }>('profiles.switch', { name: 'anna' });
    expect(anna).toMatchObject({ profile: 'anna', sources: 0, dbPath: join(dir, 'anna', 'whereabouts.db') });
    expect(await ok('sources.list', {})).toEqual([]);
    expect((await fails('profiles.switch', { name: 'nobody' })).code).toBe('not-found');
    expect(await page('profiles.switch')({ name: 'profile' })).toMatchObject({ profile: 'profile', sources: 2 });
    const gone = await ok<{ profiles: { name: string }[]; erased: { removed: string[] } }>('profiles.erase', { name: 'anna', confirm: 'erase everything' });
    expect(gone.profiles.map((p) => p.name)).toEqual(['profile']);
    expect(gone.erased.removed).toContain(join(dir, 'anna'));
    expect(readdirSync(dir)).not.toContain('anna');
    expect((await fails('profiles.erase', { name: 'anna', confirm: 'erase everything' })).code).toBe('not-found');
    expect((await fails('profiles.list', { all: true })).code).toBe('bad-request');
    expect((await fails('personas.list', { id: 'x' })).code).toBe('bad-request');
  });

  it('every channel was exercised, succeeding and failing', () => {
    expect([...succeeded].sort()).toEqual([...CHANNELS].sort());
    expect([...failed].sort()).toEqual([...CHANNELS].sort());
  });

  it('control: the bridge model tells the old plain-object rejection from an Error', async () => {
    // The old preload rejected with {name, message, error, code}: the page got a plain object, which
    // the renderer's messageOf of that time (Error instances and strings only) read as GENERIC.
    // `fails` above requires an Error in the page, so it fails on that preload.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- models the old preload's plain-object rejection
    const old = toPage(() => Promise.reject({ name: 'ApiError', message: 'No such source.', error: 'No such source.', code: 'not-found' })) as Fn;
    const err = await old().then(() => null, (e: unknown) => e);
    expect(err).not.toBeInstanceOf(Error);
    expect(err).toEqual({ name: 'ApiError', message: 'No such source.', error: 'No such source.', code: 'not-found' });
    // And an Error keeps its message but not its code, as in Electron.
    const viaError = await (toPage(() => Promise.reject(Object.assign(new Error('No such source.'), { code: 'not-found' }))) as Fn)().then(() => null, (e: unknown) => e);
    expect(messageOf(viaError)).toBe('No such source.');
    expect((viaError as { code?: string }).code).toBeUndefined();
  });
});
