/**
 * The app over the loopback serve transport in Chromium makes no request off this machine.
 * Needs `npm run build` (renderer + CLI) first.
 */
import { CHANNELS } from '../../shared/api';
import { expect, expectNoForeignRequests, test, type PageGlobals } from './harness';


test('the app loads, answers a contract call, and asks nothing of the network', async ({ page, serve, recorder }) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();

  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api['profile.info']({}));
  expect(info.transport).toBe('serve');
  expect(info.dbPath).toBe(serve.dbPath);

  // window.api in serve mode is the same contract as the Electron preload's.
  const keys = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).api).sort());
  expect(keys).toEqual([...CHANNELS, 'on', 'resolveFile'].sort());

  // The token left the address bar (it stays in sessionStorage for reloads).
  expect(page.url()).not.toContain('token=');
  expectNoForeignRequests(recorder);
});

test('the served page carries the CSP header', async ({ page, serve }) => {
  const response = await page.goto(serve.url);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
});

test('an in-page fetch to a remote host is refused by the CSP before it leaves', async ({ page, serve, recorder }) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  const outcome = await page.evaluate(() => fetch('https://example.com/x').then(() => 'ok', (e: unknown) => String(e)));
  expect(outcome).not.toBe('ok');
  // CSP blocks it inside the renderer: not even the recorder saw a request.
  expectNoForeignRequests(recorder);
});

test('CONTROL: the recorder is not vacuous — a page without CSP trying the network is caught', async ({ page, recorder }) => {
  await page.goto('about:blank');
  const outcome = await page.evaluate(() => fetch('http://example.com/x').then(() => 'ok', (e: unknown) => String(e)));
  expect(outcome).not.toBe('ok');
  expect(recorder.urls()).toEqual(['http://example.com/x']);
  expect(recorder.requests.some((r) => r.via === 'route')).toBe(true);
  // Caught on purpose; clear it so the automatic after-test check passes.
  recorder.clear();
});
