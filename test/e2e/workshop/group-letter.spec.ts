/**
 * Issue 16.5 and 16.6 in the app: a participant's summary saved as JSON, several summaries merged
 * into the group view's charts (a refused file named), and the follow-up letter edited and saved
 * as text — all through the page's own buttons and file inputs, files saved as downloads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../harness';
import { openApp, snap } from '../views/app';
import { loadPersonaViaUi } from './workshop';

test('make a summary, merge three into charts, and a refused file is named', async ({ page, serve }, testInfo) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'wa-group-'));
  await openApp(page, serve);
  await loadPersonaViaUi(page, 'teen-tiktok');

  await page.getByTestId('nav-group').click();
  await expect(page.getByTestId('view-group')).toBeVisible();
  // A persona is synthetic: the box to include it is offered and on (nothing else is in the profile).
  await expect(page.getByTestId('summary-synthetic')).toBeChecked();
  await page.getByTestId('summary-k').fill('2');
  await page.getByTestId('summary-make').click();
  await expect(page.getByTestId('summary-result')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-save').click()]);
  expect(download.suggestedFilename()).toMatch(/^whereabouts-summary-.*-k2\.json$/);
  const saved = join(dir, 'one.json');
  await download.saveAs(saved);
  const summary = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; k: number; participants: number; synthetic: boolean; cells: { dimension: string; value: string }[] };
  expect(summary).toMatchObject({ format: 'whereabouts-aggregate', k: 2, participants: 1, synthetic: true });
  expect(summary.cells.some((c) => c.dimension === 'platform' && c.value === 'tiktok')).toBe(true);

  // Three participants (the same file three times under three names, as from a USB stick).
  const names = ['anna.json', 'ben.json', 'chris.json'];
  for (const n of names) writeFileSync(join(dir, n), readFileSync(saved));
  await page.getByTestId('summaries-input').setInputFiles(names.map((n) => join(dir, n)));
  await expect(page.getByTestId('group-result')).toBeVisible();
  await expect(page.getByTestId('group-participants')).toHaveText('3');
  const charts = page.getByTestId('group-charts').getByTestId('agg-chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  // One horizontal bar per kept value; the platform bar counts all three participants.
  const tiktok = page.getByTestId('group-charts').locator('[data-testid=agg-bar][data-value=tiktok]');
  await expect(tiktok).toHaveAttribute('data-count', '3');
  await expect(tiktok).toContainText('TikTok');
  await expect(page.getByTestId('group-charts').getByTestId('agg-suppressed').first()).toBeVisible();
  await snap(page, testInfo, 'group-view');

  // A file that is not a summary is refused, with its name.
  const bad = join(dir, 'holiday-photos.json');
  writeFileSync(bad, JSON.stringify({ hello: 'world' }));
  await page.getByTestId('summaries-input').setInputFiles([join(dir, 'anna.json'), bad]);
  await expect(page.getByTestId('summaries-error')).toContainText('holiday-photos.json');
  await expect(page.getByTestId('group-result')).toHaveCount(0);
});

test('the request helper shows how to ask, and the follow-up letter is edited and saved as text', async ({ page, serve }, testInfo) => {
  await openApp(page, serve);
  const helper = page.getByTestId('request-helper');
  await helper.locator('summary').click();
  await page.getByTestId('request-platform-instagram').click();
  await expect(page.getByTestId('request-info')).toContainText('Instagram');
  await expect(page.getByTestId('request-info')).toContainText('Sources:');

  await page.getByTestId('letter-jurisdiction-us').check();
  await page.getByTestId('letter-write').click();
  const text = page.getByTestId('letter-text');
  await expect(text).toBeVisible();
  await expect(text).toBeFocused();
  const original = await text.inputValue();
  expect(original).toMatch(/1798/); // CCPA wording for US users
  await text.press('Control+End');
  await text.pressSequentially('\nEdited by the participant.');
  await snap(page, testInfo, 'letter');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  const path = join(mkdtempSync(join(tmpdir(), 'wa-letter-')), 'letter.txt');
  await download.saveAs(path);
  const saved = readFileSync(path, 'utf8');
  expect(saved).toContain('Edited by the participant.');
  expect(saved.startsWith(original.slice(0, 40))).toBe(true);
});
