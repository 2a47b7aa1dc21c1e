/**
 * Erase means gone (issue 14.5): import an export, leave traces in every view's state (a claim's
 * verdict, a timeline search, a selected view), erase everything, and none of the export's values
 * may be anywhere in the page — visible text or DOM — right after the erase, nor after the next
 * (different) import.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_PERSONA, SEARCH_TOKEN, writeTikTokZip } from '../../fixtures/generators/tiktok';
import { expect, test } from '../harness';
import { importFileViaUi, openApp, snap, writeAdversarialZip } from './app';

const VIEWS = ['overview', 'timeline', 'who', 'where', 'sources', 'settings', 'about', 'claims'] as const;

/** Every view's visible text and markup, one view at a time (views mount only when shown). */
async function everyView(page: Page): Promise<Record<string, { text: string; html: string }>> {
  const out: Record<string, { text: string; html: string }> = {};
  for (const v of VIEWS) {
    await page.getByTestId(`nav-${v}`).click();
    // Data views without data show the "Nothing imported yet" page instead of the view.
    await expect(page.getByTestId(`view-${v}`).or(page.getByText('Nothing imported yet'))).toBeVisible();
    // Let the view's queries answer before reading it.
    await page.waitForLoadState('networkidle');
    out[v] = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { body: { innerText: string }; documentElement: { outerHTML: string } } }).document;
      return { text: d.body.innerText, html: d.documentElement.outerHTML };
    });
  }
  // The import page too (it shows the last import's outcome).
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('view-import')).toBeVisible();
  out.import = await page.evaluate(() => {
    const d = (globalThis as unknown as { document: { body: { innerText: string }; documentElement: { outerHTML: string } } }).document;
    return { text: d.body.innerText, html: d.documentElement.outerHTML };
  });
  return out;
}

function containing(pages: Record<string, { text: string; html: string }>, value: string): string[] {
  return Object.entries(pages)
    .filter(([, p]) => p.text.includes(value) || p.html.includes(value))
    .map(([v]) => v);
}

test('after Erase everything no value of the erased export is in the page, before or after the next import', async ({ page, serve }, testInfo) => {
  test.setTimeout(120_000);
  const first = await writeAdversarialZip();
  const secondPath = join(mkdtempSync(join(tmpdir(), 'wa-erase-')), 'TikTok_Data_second.zip');
  await writeTikTokZip(secondPath, {
    variant: 'json-2026',
    seed: 4242,
    persona: { name: 'Jonas Beispiel', username: 'jonas.beispiel', email: 'jonas.beispiel@example.com', bio: 'Hamburg · sailing' },
  });

  await openApp(page, serve);
  await importFileViaUi(page, first.path);

  // A claim with a verdict.
  await page.getByTestId('nav-claims').click();
  await page.getByTestId('claims-template').selectOption('no-datacenter-logins');
  await page.getByTestId('claims-add-template').click();
  await page.getByTestId('claims-evaluate').click();
  await expect(page.getByTestId('claims-verdict')).toHaveAttribute('data-verdict', 'contradicted');
  // A timeline search for the export's own unique word.
  await page.getByTestId('nav-timeline').click();
  await page.getByTestId('timeline-search').fill(SEARCH_TOKEN);
  await expect(page.getByTestId('view-timeline')).toContainText(SEARCH_TOKEN);

  const values = ['TikTok_Data_adversarial.zip', SEARCH_TOKEN, DEFAULT_PERSONA.username, DEFAULT_PERSONA.bio];
  const before = await everyView(page);
  // The test can fail: these values were on screen before the erase.
  expect(containing(before, 'TikTok_Data_adversarial.zip')).toContain('overview');
  expect(containing(before, SEARCH_TOKEN)).toContain('timeline');
  expect(before.claims!.html).toContain('data-verdict="contradicted"');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('erase-open').click();
  await page.getByTestId('erase-dialog').getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByTestId('erase-done')).toBeVisible();

  // Server side: no uploaded copy is left (serve keeps them in uploads/ beside the database).
  const uploads = join(dirname(serve.dbPath), 'uploads');
  expect(existsSync(uploads) ? readdirSync(uploads).filter((n) => n.startsWith('upload-')) : []).toEqual([]);

  const afterErase = await everyView(page);
  for (const v of values) expect(containing(afterErase, v), `"${v}" after the erase`).toEqual([]);
  expect(containing(afterErase, 'data-verdict')).toEqual([]);

  await page.getByTestId('nav-overview').click();
  await importFileViaUi(page, secondPath);
  const afterNext = await everyView(page);
  await snap(page, testInfo, 'claims-after-erase-and-import');
  for (const v of values) expect(containing(afterNext, v), `"${v}" after the next import`).toEqual([]);
  expect(containing(afterNext, 'data-verdict')).toEqual([]);
  // The second export is there (the views did render data), and it is not a sample.
  expect(containing(afterNext, 'TikTok_Data_second.zip')).toContain('overview');
  expect(containing(afterNext, 'data-testid="sample-marker"')).toEqual([]);
});
