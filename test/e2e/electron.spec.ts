/**
 * The real Electron app (needs an Electron runtime: `npx install-electron` on a machine with
 * internet, then `npm run build`). Skips itself, visibly, where the runtime is not installed.
 * Runs in test mode (WHEREABOUTS_TEST=1) on a throwaway profile.
 *
 * Where there is no runtime, test/integration/main-boot.test.ts boots the built main entry against
 * a fake `electron` and test/integration/ipc-harness.test.ts runs the preload and routing over a
 * structured-clone fake; this spec is the real-runtime counterpart (import → overview → erase with
 * the core in its utility process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { CHANNELS } from '../../shared/api';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { electronBinary, expect, ROOT, test as base, type PageGlobals } from './harness';

const executablePath = electronBinary();
const electronRuntimeAvailable = executablePath !== null;

/** Playwright passes env as the whole environment; ELECTRON_RUN_AS_NODE must not be in it. */
function launchEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  return { ...env, WHEREABOUTS_TEST: '1', WHEREABOUTS_USER_DATA: userData };
}

const test = base.extend<{ app: { electronApp: ElectronApplication; page: Page } }>({
  app: async ({}, use) => {
    const userData = mkdtempSync(join(tmpdir(), 'wa-electron-'));
    const electronApp = await _electron.launch({
      executablePath: executablePath!,
      args: [ROOT],
      cwd: ROOT,
      env: launchEnv(userData),
    });
    try {
      const page = await electronApp.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await use({ electronApp, page });
    } finally {
      await electronApp.close();
      rmSync(userData, { recursive: true, force: true });
    }
  },
});

const SKIP_REASON = 'Electron runtime not installed on this machine (node_modules/electron/path.txt or its binary is missing; `npx install-electron` needs internet); runs where it exists';
if (!electronRuntimeAvailable) console.warn(`electron.spec: SKIPPED — ${SKIP_REASON}`);

test.describe('Electron shell', () => {
  test.skip(!electronRuntimeAvailable, SKIP_REASON);

  test('import → overview → erase, with the core in its own process', async ({ app: { electronApp, page } }) => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-electron-zip-'));
    try {
      const zip = join(dir, 'TikTok_Data_e2e.zip');
      const expected = await writeTikTokZip(zip, { variant: 'json-2026', seed: 45 });
      // The native picker cannot be clicked by Playwright: answer it in main with the fixture.
      await electronApp.evaluate(({ dialog }, path) => {
        dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] });
      }, zip);
      await page.getByTestId('pick-file').click();
      await expect(page.getByTestId('overview-events-total')).toHaveText(new Intl.NumberFormat('en').format(expected.events), { timeout: 60_000 });
      await expect(page.getByTestId('source-card')).toHaveCount(1);

      // A deliberate error reaches the page with its message (the preload rejects with an Error).
      const message = await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).api['sources.remove']({ sourceId: 999_999 }).then(
          () => 'resolved',
          (e: unknown) => (e instanceof Error ? e.message : `not an Error: ${String(e)}`),
        ),
      );
      expect(message).toMatch(/999999|No source/);

      await page.keyboard.press('6');
      await page.getByTestId('erase-open').click();
      await page.getByTestId('erase-dialog').getByRole('button', { name: 'Erase everything' }).click();
      await expect(page.getByTestId('erase-done')).toBeVisible();
      const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api['profile.info']({}));
      expect(info).toMatchObject({ sources: 0, events: 0, transport: 'electron' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('loads the app from app://whereabouts with no Node in the page', async ({ app: { page } }) => {
    expect(page.url()).toBe('app://whereabouts/index.html');
    await expect(page.getByTestId('app-shell')).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('window.api is exactly the contract', async ({ app: { page } }) => {
    const keys = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).api).sort());
    expect(keys).toEqual([...CHANNELS, 'on', 'resolveFile'].sort());
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api['profile.info']({}));
    expect(info.transport).toBe('electron');
  });

  test('remote fetch fails, navigation away is refused, only the probe is blocked', async ({ app: { electronApp, page } }) => {
    // In the page, the CSP refuses the fetch before any request exists.
    const outcome = await page.evaluate(() => fetch('https://example.com/in-page').then(() => 'ok', (e: unknown) => String(e)));
    expect(outcome).not.toBe('ok');

    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/away';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://whereabouts/index.html');
    await page.evaluate(() => void (globalThis as unknown as PageGlobals).open('https://example.com/popup'));
    expect(electronApp.windows()).toHaveLength(1);

    // The deliberate probe: a main-process request through the session, which no CSP covers, so
    // only the webRequest guard stands between it and the network.
    const probe = await electronApp.evaluate(({ net }) => net.fetch('https://example.com/probe').then(() => 'ok', (e: unknown) => String(e)));
    expect(probe).not.toBe('ok');

    const blocked = await page.evaluate(() => (globalThis as unknown as PageGlobals).whereaboutsTest!.blockedRequests());
    // Anything else in the list would be a request the app (or Chromium) tried on its own.
    expect(blocked).toEqual(['https://example.com/probe']);
  });

  test('links and redirects cannot replace the app', async ({ app: { electronApp, page } }) => {
    await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const a = document.createElement('a');
      a.href = 'https://example.com/link';
      a.textContent = 'x';
      document.body.appendChild(a);
      a.click();
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://whereabouts/index.html');
    expect(electronApp.windows()).toHaveLength(1);
  });
});
