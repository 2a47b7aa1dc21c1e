/**
 * The HTML report in Chromium: opened from disk (file://) and with setContent, it makes no request
 * other than the file itself, runs none of the script payloads planted in the export (device model,
 * advertiser, off-platform source), shows them as text, and its CSP refuses an in-page fetch.
 * Needs `npm run build` first (it runs bin/whereabouts.js report).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { generateTikTokExport } from '../fixtures/generators/tiktok';
import { writeDeterministicZip } from '../fixtures/generators/zip';

const ROOT = resolve(__dirname, '..', '..');
const PAYLOADS = {
  device: '<script>window.__pwned = 1</script>iPhone14,2',
  advertiser: '<img src=x onerror=window.__pwned=2>',
  offPlatform: '</script><script>window.__pwned=3</script>',
};

let dir: string;
let reportPath: string;
let browser: Browser;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wa-report-e2e-'));
  const { files } = generateTikTokExport({ variant: 'json-2024', seed: 3 });
  // JSON-escape the payloads (quotes, backslashes) so the export stays valid JSON.
  const inJson = (s: string): string => JSON.stringify(s).slice(1, -1);
  const edit = (t: string): string => t
    .replace(/"DeviceModel": ?"iPhone14,2"/g, `"DeviceModel": "${inJson(PAYLOADS.device)}"`)
    .replaceAll('Lumen Fitness', inJson(PAYLOADS.advertiser))
    .replaceAll('Nordpfad Reisen', inJson(PAYLOADS.offPlatform));
  const zip = join(dir, 'tiktok-adversarial.zip');
  await writeDeterministicZip(zip, files.map((f) => ({ path: f.path, content: typeof f.content === 'string' ? edit(f.content) : f.content })));
  reportPath = join(dir, 'report.html');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'whereabouts.js'), 'report', zip, '--template', 'no-datacenter-logins', '--template', 'tiktok-us-data-oracle', '--template', 'export-contains-logins-devices-advertisers', '--out', reportPath, '--generated-at', '2026-01-01T00:00:00Z'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
});

test.afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Watch { requests: string[]; dialogs: string[]; errors: string[] }

/** Records every request (the route sees them all; only the report file itself is let through) and every dialog. */
async function watched(): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const self = pathToFileURL(reportPath).href;
  await context.route('**', async (route) => {
    const url = route.request().url();
    watch.requests.push(url);
    if (url === self) await route.continue();
    else await route.abort();
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  return { page, watch };
}

async function expectInert(page: Page, watch: Watch): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Whereabouts report');
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(await page.locator('img, iframe, object, embed, svg').count()).toBe(0);
  // Exactly one <script>: the JSON data block, which browsers never run.
  const scripts = await page.locator('script').all();
  expect(await Promise.all(scripts.map((s) => s.getAttribute('type')))).toEqual(['application/json']);
  const body = await page.locator('body').innerText();
  expect(body).toContain(PAYLOADS.device);
  expect(body).toContain(PAYLOADS.advertiser);
  expect(body).toContain(PAYLOADS.offPlatform);
  // The embedded JSON reads back, payloads intact.
  const embedded = await page.locator('#whereabouts-report').textContent();
  const doc = JSON.parse(embedded ?? '{}') as { access: { advertisers: { name: string }[] } };
  expect(doc.access.advertisers.map((a) => a.name)).toContain(PAYLOADS.advertiser);
}

test('opened from disk, the report makes no request but its own file and runs nothing', async () => {
  const { page, watch } = await watched();
  await page.goto(pathToFileURL(reportPath).href);
  await expectInert(page, watch);
  expect(watch.requests).toEqual([pathToFileURL(reportPath).href]);
  await page.context().close();
});

test('loaded with setContent, the report makes zero requests', async () => {
  const { page, watch } = await watched();
  await page.setContent(readFileSync(reportPath, 'utf8'), { waitUntil: 'load' });
  await expectInert(page, watch);
  expect(watch.requests).toEqual([]);
  await page.context().close();
});

test('its Content-Security-Policy refuses an in-page fetch before it leaves', async () => {
  const { page, watch } = await watched();
  await page.goto(pathToFileURL(reportPath).href);
  const outcome = await page.evaluate(() => fetch('https://example.com/beacon').then(() => 'sent', (e: unknown) => `refused: ${String(e)}`));
  expect(outcome).toMatch(/^refused/);
  expect(watch.requests).toEqual([pathToFileURL(reportPath).href]);
  await page.context().close();
});

test('prints to a readable PDF layout (print media) without horizontal overflow', async () => {
  const { page } = await watched();
  await page.goto(pathToFileURL(reportPath).href);
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});
