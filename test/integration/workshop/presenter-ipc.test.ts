/**
 * Presenter mode through the desktop app's wire: the real preload and main-process routing over
 * the fake structured-clone IPC (as test/integration/ipc-harness.test.ts), the core behind the
 * core-process protocol. The page turns presenter mode on; what it then receives — answers, the
 * PDF main prints (main asks the core for the HTML: it must come back redacted), the CSV refusal —
 * holds no raw value of a persona's import.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/api';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import { createAnalyzeCommand } from '../../../electron/cli/analyze-command';
import { createCore } from '../../../electron/core/api/core';
import { connectCore, type CoreClient } from '../../../electron/core/host/client';
import { serveCore } from '../../../electron/core/host/host';
import { inProcessPair } from '../../../electron/core/host/port';
import { HandedOverPaths } from '../../../electron/main/import-guard';
import { createOpenExportHandler } from '../../../electron/main/open-export';
import { createReportPdfHandler } from '../../../electron/main/report-pdf';
import { registerRoutes } from '../../../electron/main/routing';
import { world } from '../electron-fake/ipc';
import { tempDir } from '../helpers';
import { collectCanaries, leaks, textOf } from './canaries';

vi.mock('electron', async () => {
  const fake = await import('../electron-fake/ipc');
  return {
    ipcRenderer: fake.world.ipc.ipcRenderer,
    contextBridge: fake.world.bridge,
    webUtils: { getPathForFile: (f: { path?: string }) => f.path ?? '' },
  };
});

const dir = tempDir('wa-presenter-ipc-');
const dbPath = join(dir, 'profile', 'whereabouts.db');
const printed: string[] = [];
let client: CoreClient;
let api: Api;
let canaries: string[];

beforeAll(async () => {
  mkdirSync(join(dir, 'profile'), { recursive: true });
  for (const id of ['takeover-facebook', 'commuter-instagram-tiktok']) {
    expect(await createAnalyzeCommand({ out: () => undefined, err: () => undefined }).run(['--persona', id, '--quiet', '--db', dbPath])).toBe(0);
  }
  canaries = collectCanaries(dbPath).all;
  const { host, core: proc } = inProcessPair();
  serveCore(host, { make: (init) => createCore({ ...init, inProcess: true }), exit: () => undefined });
  client = await connectCore(proc, { dbPath, transport: 'electron', tempDir: join(dir, 'profile', 'tmp'), profilesDir: dir });
  const handed = new HandedOverPaths();
  registerRoutes({
    ipcMain: world.ipc.ipcMain,
    core: client,
    own: {
      'dialog.openExport': createOpenExportHandler(async () => ({ canceled: true, filePaths: [] }), handed),
      'report.pdf': createReportPdfHandler(client.handlers, async (html) => {
        printed.push(html);
        return Buffer.from('%PDF-1.7 fake');
      }),
    },
    policy: { dev: false },
    handed,
    broadcast: (channel, payload) => world.ipc.send(channel, payload),
  });
  await import('../../../electron/preload/index');
  api = world.bridge.page.get('api') as Api;
}, 120_000);

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('presenter mode over the desktop wire', () => {
  it('the page receives redacted answers and a redacted PDF source; CSV export is refused', async () => {
    expect(canaries.length).toBeGreaterThan(40);
    const before = textOf(await api['access.summary']({}));
    expect(leaks(before, canaries).length).toBeGreaterThan(0);

    await api['settings.set']({ display: { theme: 'system', textSize: 150, presenter: true } });
    expect((await api['profile.info']({})).presenter).toBe(true);
    const got: unknown[] = [];
    got.push(await api['profile.info']({}), await api['sources.list']({}), await api['access.summary']({}), await api['where.summary']({}), await api['where.locations']({}));
    const page = await api['timeline.page']({ filter: {}, limit: 1000 });
    got.push(page);
    for (const e of page.events) got.push(await api['timeline.event']({ id: e.id }));
    const claims = CLAIM_TEMPLATES.map((t) => ({ template: t.id }));
    got.push(await api['claims.evaluate']({ claims }));
    const pdf = await api['report.pdf']({ claims, redact: false });
    expect(pdf.filename).toMatch(/-redacted\.pdf$/);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('id="redacted"');
    const refused = await api['export.csv']({ table: 'ips' }).then(() => null, (e: unknown) => e);
    expect(String((refused as Error).message)).toMatch(/CSV export is off in presenter mode/);

    expect(leaks([...got.map(textOf), printed[0]!].join('\n'), canaries)).toEqual([]);
  }, 120_000);
});
