/**
 * Importing through the UI, and the Overview's numbers matching the CLI's `analyze --json` for
 * the same archive (one core, two front doors).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, expect, expectNoForeignRequests, test } from '../harness';
import { importSampleViaUi, openApp, SAMPLE_ZIP, snap, writeAdversarialZip } from './app';

interface AnalyzeJson {
  events: { total: number };
  access: { logins: number };
}

function analyzeWithCli(zip: string): AnalyzeJson {
  const dir = mkdtempSync(join(tmpdir(), 'wa-cli-'));
  try {
    const out = execFileSync(process.execPath, [CLI, 'analyze', zip, '--json', '--db', join(dir, 'cli.db')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out) as AnalyzeJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number): string => new Intl.NumberFormat('en').format(n);

test('the empty state offers the sample; importing it shows progress and then the overview', async ({ page, serve, recorder }, testInfo) => {
  await openApp(page, serve);
  await expect(page.getByRole('heading', { name: 'Open your data export' })).toBeVisible();
  // Browser mode: no native dialog, so a visible file input styled as a button.
  await expect(page.getByTestId('file-input')).toHaveAttribute('type', 'file');
  await expect(page.getByText('Choose a .zip file…')).toBeVisible();
  await snap(page, testInfo, 'empty-state');

  const phases = await importSampleViaUi(page);
  // The progress panel was on screen while the job ran.
  expect(phases.length, `progress phases seen: ${phases.join(' → ')}`).toBeGreaterThan(0);
  await expect(page.getByTestId('import-done')).toContainText('TikTok_Data_sample.zip');
  await expect(page.getByTestId('source-card')).toHaveCount(1);
  await expect(page.getByTestId('who-headline')).toContainText('Who signed in');
  await expect(page.getByTestId('where-headline')).toContainText('Where your data was served from');
  await snap(page, testInfo, 'overview');
  expectNoForeignRequests(recorder);
});

test('Overview counts equal the CLI analyze --json output for the same archive', async ({ page, serve }) => {
  test.skip(!existsSync(SAMPLE_ZIP), `${SAMPLE_ZIP} is missing: run npm run build`);
  const cli = analyzeWithCli(SAMPLE_ZIP);
  await openApp(page, serve);
  await importSampleViaUi(page);
  await expect(page.getByTestId('overview-events-total')).toHaveText(fmt(cli.events.total));
  await expect(page.getByTestId('overview-logins')).toHaveText(fmt(cli.access.logins));
});

test('importing the same export again is reported as already imported', async ({ page, serve }) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-sample').click();
  await expect(page.getByTestId('import-already')).toBeVisible({ timeout: 30_000 });
});

test('dropping a zip anywhere on the window imports it', async ({ page, serve }, testInfo) => {
  const { path, expected } = await writeAdversarialZip();
  const base64 = readFileSync(path).toString('base64');
  await openApp(page, serve);
  await page.evaluate((b64) => {
    const g = globalThis as unknown as {
      atob(s: string): string;
      File: new (parts: unknown[], name: string, opts: object) => unknown;
      DataTransfer: new () => { items: { add(f: unknown): void } };
      DragEvent: new (type: string, init: object) => unknown;
      document: { body: { dispatchEvent(e: unknown): boolean } };
    };
    const bin = g.atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const dt = new g.DataTransfer();
    dt.items.add(new g.File([bytes], 'Dropped_TikTok.zip', { type: 'application/zip' }));
    for (const type of ['dragenter', 'dragover', 'drop']) g.document.body.dispatchEvent(new g.DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, base64);
  await expect(page.getByTestId('overview-events-total')).toHaveText(fmt(expected.events), { timeout: 30_000 });
  await expect(page.getByTestId('import-done')).toContainText('Dropped_TikTok.zip');
  await snap(page, testInfo, 'after-drop');
});
