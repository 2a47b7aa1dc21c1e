/**
 * Shared steps for the view specs: open the served app, import an export through the UI, and
 * save screenshots as test artifacts. Builds on test/e2e/harness.ts (serve + request recorder).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { writeTikTokZip, type ExpectedCounts } from '../../fixtures/generators/tiktok';
import { expect, ROOT, type ServeHandle } from '../harness';

export const SAMPLE_ZIP = join(ROOT, 'resources', 'generated', 'sample', 'TikTok_Data_sample.zip');

export async function openApp(page: Page, serve: ServeHandle): Promise<void> {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
}

/**
 * Clicks "Try the sample export", and waits for the overview. A small import can finish between
 * two polls, so a MutationObserver records every phase the progress panel showed.
 */
export async function importSampleViaUi(page: Page): Promise<string[]> {
  const button = page.getByTestId('import-sample');
  await expect(button, 'the sample button (needs `npm run build` to bundle the sample)').toBeVisible();
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      document: { body: unknown; querySelector(s: string): { getAttribute(a: string): string | null } | null };
      MutationObserver: new (cb: () => void) => { observe(node: unknown, opts: object): void };
      __progressPhases?: string[];
    };
    const phases: string[] = [];
    g.__progressPhases = phases;
    new g.MutationObserver(() => {
      const phase = g.document.querySelector('[data-testid=import-progress]')?.getAttribute('data-phase');
      if (phase && phases[phases.length - 1] !== phase) phases.push(phase);
    }).observe(g.document.body, { subtree: true, childList: true, attributes: true });
  });
  await button.click();
  await expect(page.getByTestId('overview-events-total')).toBeVisible({ timeout: 30_000 });
  return page.evaluate(() => (globalThis as unknown as { __progressPhases: string[] }).__progressPhases);
}

/** Picks a zip with the visible file input (browser mode) and waits for the overview. */
export async function importFileViaUi(page: Page, zip: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(zip);
  await expect(page.getByTestId('overview-events-total')).toBeVisible({ timeout: 30_000 });
}

/** The adversarial TikTok fixture: script/img payloads and the unique word zebra-quartz-7731. */
export async function writeAdversarialZip(): Promise<{ path: string; expected: ExpectedCounts }> {
  const dir = mkdtempSync(join(tmpdir(), 'wa-views-'));
  const path = join(dir, 'TikTok_Data_adversarial.zip');
  const expected = await writeTikTokZip(path, { variant: 'json-2024', seed: 7731, adversarial: true });
  return { path, expected };
}

/** Full-page screenshot under test-results/, attached to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Sets the text size through the UI's own control (Your data → Display). */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('text-size').fill(String(percent));
  await expect(page.locator('html')).toHaveAttribute('style', new RegExp(`font-size: ${percent}%`));
}
