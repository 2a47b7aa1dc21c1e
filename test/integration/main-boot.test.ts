/**
 * Boots the BUILT Electron main entry (out/main/index.js) in a plain Node process against a
 * recording fake `electron` (electron-fake/electron.cjs, loaded by a --require hook), with the
 * core process entry (out/main/core-host.js) started for real by the fake utilityProcess
 * (child_process.fork, structured clone). Proves: it starts; hardens the session, protocol and
 * window; registers every channel; starts the core in its own process; routes calls and events
 * both ways; replaces a core process that dies; answers a bad database with the error box; shuts
 * down cleanly, core included.
 * And: the main bundle holds no store/import/analysis code.
 *
 * Needs a build (`npx electron-vite build`; CI builds before testing). Skips visibly otherwise.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api';
import { HANDOVER_CHANNEL } from '../../electron/preload/ipc-wire';
import { CLAIM_TEMPLATES } from '../../shared/claim-templates';
import { CSP } from '../../electron/main/csp';
import { TEST_BLOCKED_CHANNEL } from '../../electron/preload/ipc-wire';
import { applySwitches } from '../../electron/main/switches';
import { APP_INDEX_URL } from '../../electron/main/url-policy';
import { windowOptions } from '../../electron/main/window-options';
import { pdfWindowOptions } from '../../electron/main/report-pdf';
import { writeTikTokZip, type ExpectedCounts } from '../fixtures/generators/tiktok';
import { bootMain, builtOut, type BootedMain } from './electron-fake/boot';
import { tempDir } from './helpers';

const out = builtOut();
const stale = out.ready && newestSource() > statSync(out.main).mtimeMs;
if (!out.ready) console.warn('main-boot: SKIPPED, no build in out/ (run npx electron-vite build; CI builds before testing).');
else if (stale) console.warn('main-boot: NOTE, out/main is older than electron/main or electron/core/host sources: rebuild to test the current code.');

function newestSource(): number {
  let newest = 0;
  for (const d of ['electron/main', 'electron/core/host', 'electron/preload']) {
    const abs = resolve(__dirname, '..', '..', d);
    for (const f of readdirSync(abs)) newest = Math.max(newest, statSync(join(abs, f)).mtimeMs);
  }
  return newest;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

/** Every local chunk the entry requires, transitively, and every bare module they require. */
function bundleGraph(entry: string): { files: string[]; modules: Set<string> } {
  const files: string[] = [];
  const modules = new Set<string>();
  const walk = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
      else modules.add(spec);
    }
  };
  walk(entry);
  return { files, modules };
}

describe.skipIf(!out.ready)(`main process boot (${out.ready ? out.main : 'SKIPPED: no build in out/'})`, () => {
  const dir = tempDir('wa-boot-');
  const userData = join(dir, 'user-data');
  const zip = join(dir, 'TikTok_Data.zip');
  let expected: ExpectedCounts;
  let main: BootedMain;

  beforeAll(async () => {
    expected = await writeTikTokZip(zip, { variant: 'json-2026', seed: 31 });
    main = bootMain({ userData });
    // Main registers the channels before it creates the window; which channels is a test below.
    await main.waitFor('the window', (s) => s.windows.length === 1);
  }, 60_000);

  afterAll(() => {
    if (main?.child.exitCode === null) main.child.kill();
  });

  it('hardens the app before ready: sandbox, single instance, privileged app:// scheme, switches', async () => {
    const s = await main.state();
    expect(s.sandbox).toBe(true);
    expect(s.singleInstanceLock).toBe(true);
    expect(s.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const want: string[][] = [];
    applySwitches({ appendSwitch: (name: string, value?: string) => want.push(value === undefined ? [name] : [name, value]) });
    expect(s.switches).toEqual(want);
  });

  it('guards the default session and serves the app from app:// with the CSP', async () => {
    const s = await main.state();
    expect(s.sessions.default).toMatchObject({ beforeRequest: 1, permissionRequest: 1, permissionCheck: 1, devicePermission: 1, spellChecker: false, willDownload: 1 });
    expect(s.protocolsHandled).toEqual(['app']);
    const index = await main.appRequest(APP_INDEX_URL);
    expect(index).toMatchObject({ status: 200, csp: CSP });
    expect(index.type).toMatch(/^text\/html/);
    expect((await main.appRequest('app://whereabouts/index.html', 'POST')).status).toBe(405);
    expect((await main.appRequest('app://whereabouts/no-such-file.js')).status).toBe(404);
  });

  it('creates one window with the hardened options, loads app://, shows it, guards its webContents', async () => {
    const s = await main.state();
    const win = s.windows[0]!;
    expect(win.options).toEqual(JSON.parse(JSON.stringify(windowOptions({ preloadPath: out.preload, dev: false, testMode: true }))));
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win.url).toBe(APP_INDEX_URL);
    expect(win.shown).toBe(true);
    expect(s.webContentsGuards).toBe(1);
  });

  it('registers every contract channel once (plus the test-mode probe) and starts the core in its own process', async () => {
    const s = await main.state();
    expect([...s.ipcChannels].sort()).toEqual([...CHANNELS, TEST_BLOCKED_CHANNEL, HANDOVER_CHANNEL].sort());
    expect(s.utility).toHaveLength(1);
    expect(s.utility[0]).toMatchObject({ modulePath: out.coreHost, serviceName: 'Whereabouts core' });
    expect(s.utility[0]!.pid).not.toBe(main.child.pid);
    expect(alive(s.utility[0]!.pid)).toBe(true);
  });

  it('routes a call to the core process and back', async () => {
    const info = await main.invoke<{ ok: boolean; value: { transport: string; nativeDialog: boolean; dbPath: string; sources: number } }>('profile.info', {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', nativeDialog: true, sources: 0 } });
    expect(info.value.dbPath).toBe(join(userData, 'profiles', 'default', 'whereabouts.db'));
    // A deliberate error comes back as an envelope with its message.
    expect(await main.invoke('sources.remove', { sourceId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // An untrusted frame is refused by main itself.
    await expect(main.invoke('profile.info', {}, 'https://evil.example/')).rejects.toThrow(/untrusted sender/);
  });

  it('answers the picker itself, imports in the core with events pushed to the window, prints PDF in main', async () => {
    await main.setDialog({ canceled: false, filePaths: [zip] });
    expect(await main.invoke('dialog.openExport', {})).toEqual({ ok: true, value: { paths: [zip] } });
    const started = await main.invoke<{ ok: boolean; value: { jobId: string } }>('import.start', { paths: [zip] });
    expect(started.ok).toBe(true);
    const until = Date.now() + 30_000;
    const done = () => main.sent.find((e) => e.channel === 'event:import.done' && (e.payload as { jobId: string }).jobId === started.value.jobId);
    while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(done()?.payload).toMatchObject({ status: 'imported' });
    expect(main.sent.some((e) => e.channel === 'event:import.progress')).toBe(true);
    expect(await main.invoke('stats.summary', {})).toMatchObject({ ok: true, value: { total: expected.events, facts: expected.facts } });

    const pdf = await main.invoke<{ ok: boolean; value: { base64: string } }>('report.pdf', { claims: [{ template: CLAIM_TEMPLATES[0]!.id }] });
    expect(pdf).toMatchObject({ ok: true });
    expect(Buffer.from(pdf.value.base64, 'base64').toString()).toBe('%PDF-1.7 fake');
    const s = await main.state();
    const printWindow = s.windows[1]!;
    expect(printWindow.options).toEqual(JSON.parse(JSON.stringify(pdfWindowOptions())));
    expect(printWindow.destroyed).toBe(true);
    expect(printWindow.url).toMatch(/^file:.*report\.html$/);
  });

  it('a core process that dies is replaced; the next calls work on the same profile', async () => {
    const first = (await main.state()).utility[0]!.pid;
    process.kill(first, 'SIGKILL');
    const s = await main.waitFor('a second core process', (st) => st.utility.length === 2);
    expect(s.utility[0]!.signal).toBe('SIGKILL');
    expect(s.utility[1]!.modulePath).toBe(out.coreHost);
    let info: { ok: boolean; value?: { sources: number } } = { ok: false };
    // The first call may still meet the dead one (answered `unreachable`); the next go to the new one.
    for (let i = 0; i < 50 && !info.ok; i++) {
      info = await main.invoke('profile.info', {});
      if (!info.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(info).toMatchObject({ ok: true, value: { sources: 1 } });
    expect(main.output()).toMatch(/the core process stopped .*starting a new one/);
  });

  it('profiles: created and switched through main; a core that dies after a switch comes back on that profile', async () => {
    expect(await main.invoke('profiles.create', { name: 'anna' })).toMatchObject({ ok: true, value: { current: 'default', switchable: true } });
    expect(await main.invoke('profiles.switch', { name: 'anna' })).toMatchObject({ ok: true, value: { profile: 'anna', sources: 0, dbPath: join(userData, 'profiles', 'anna', 'whereabouts.db') } });
    const before = (await main.state()).utility.length;
    process.kill((await main.state()).utility.at(-1)!.pid, 'SIGKILL');
    await main.waitFor('another core process', (st) => st.utility.length === before + 1);
    let info: { ok: boolean; value?: { profile: string | null; sources: number } } = { ok: false };
    for (let i = 0; i < 50 && !info.ok; i++) {
      info = await main.invoke('profile.info', {});
      if (!info.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(info).toMatchObject({ ok: true, value: { profile: 'anna', sources: 0 } });
    expect(await main.invoke('profiles.switch', { name: 'default' })).toMatchObject({ ok: true, value: { profile: 'default', sources: 1 } });
  }, 30_000);

  it('shuts down cleanly: the core closes, both processes exit 0, the profile is intact', async () => {
    const corePid = (await main.state()).utility.at(-1)!.pid;
    expect(await main.quit()).toEqual({ code: 0, signal: null });
    expect(await gone(corePid)).toBe(true);
    const db = new Database(join(userData, 'profiles', 'default', 'whereabouts.db'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(expected.events);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('a database that cannot be opened gets the error box and exit code 1, and no core is left behind', async () => {
    const bad = join(dir, 'bad-user-data');
    // A folder where the database file should be: SQLite cannot open it.
    mkdirSync(join(bad, 'profiles', 'default', 'whereabouts.db'), { recursive: true });
    const m = bootMain({ userData: bad });
    try {
      // Main exits right after the box: read what it reported on the way, not its state.
      expect((await m.exited).code).toBe(1);
      expect(m.errorBoxes).toHaveLength(1);
      expect(m.errorBoxes[0]!.title).toBe('Whereabouts could not open its database');
      expect(m.errorBoxes[0]!.body).toContain(join(bad, 'profiles', 'default', 'whereabouts.db'));
      expect(m.windowsCreated).toBe(0);
      expect(m.forks).toHaveLength(1);
      expect(await gone(m.forks[0]!.pid)).toBe(true);
    } finally {
      if (m.child.exitCode === null) m.child.kill();
    }
  }, 30_000);
});

describe.skipIf(!out.ready)('the main bundle holds no core code', () => {
  it('out/main/index.js and its chunks never require the store, importers, SQLite, zip or worker code', () => {
    const { files, modules } = bundleGraph(out.main);
    for (const bad of ['better-sqlite3', 'yauzl', 'node:worker_threads', 'worker_threads', 'zod']) expect(modules, bad).not.toContain(bad);
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Markers of the store, the import pipeline and the analysis, in case they were inlined.
    for (const marker of ['CREATE TABLE', 'PRAGMA user_version', 'runImport', 'createCore', 'analyseProfile']) expect(text, marker).not.toContain(marker);
    // Control: the core entry does reach them, so the check can fail.
    const core = bundleGraph(out.coreHost);
    expect(core.modules).toContain('better-sqlite3');
    expect(core.files.map((f) => readFileSync(f, 'utf8')).join('\n')).toContain('CREATE TABLE');
    expect(existsSync(out.coreHost)).toBe(true);
  });
});
