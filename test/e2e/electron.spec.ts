/**
 * The real Electron app (needs an Electron runtime: `npx install-electron` on a machine with
 * internet, then `npm run build`). Skips itself, visibly, where the runtime is not installed.
 * Runs in test mode (WHEREABOUTS_TEST=1) on a throwaway profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { CHANNELS } from '../../shared/api';
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

test.describe('Electron shell', () => {
  test.skip(!electronRuntimeAvailable, 'Electron runtime not installed on this machine (offline); runs where it exists');

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
