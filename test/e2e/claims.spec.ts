/**
 * The Claims view over the loopback serve transport: pick templates, test them, open the evidence
 * in the timeline, and save the HTML and JSON reports (downloads of exactly the core's bytes).
 * No request leaves the machine (the harness's recorder fails the test otherwise).
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoForeignRequests, test } from './harness';
import { importFileViaUi, openApp, snap, writeAdversarialZip } from './views/app';

test('test claims against an export, see graded verdicts, and save the report', async ({ page, serve, recorder }, testInfo) => {
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);

  await page.getByTestId('nav-claims').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check a claim' })).toBeVisible();
  for (const id of ['no-datacenter-logins', 'tiktok-us-data-oracle', 'only-my-devices']) {
    await page.getByTestId('claims-template').selectOption(id);
    await page.getByTestId('claims-add-template').click();
  }
  // Name your devices on the device claim's card.
  await page.getByTestId('claim-only-my-devices').getByTestId('claims-devices').fill('iPhone14,2');
  await page.getByTestId('claim-only-my-devices').getByRole('button', { name: 'Use these devices' }).click();
  await page.getByTestId('claims-evaluate').click();

  const datacenter = page.getByTestId('claim-no-datacenter-logins');
  await expect(datacenter.getByTestId('claims-verdict')).toHaveAttribute('data-verdict', 'contradicted');
  await expect(datacenter).toContainText('Grade C');
  const oracle = page.getByTestId('claim-tiktok-us-data-oracle');
  await expect(oracle.getByTestId('claims-verdict')).toHaveAttribute('data-verdict', 'questionable');
  await expect(oracle).toContainText('shows where content was delivered from, not where it is stored');
  const devices = page.getByTestId('claim-only-my-devices');
  await expect(devices.getByTestId('claims-verdict')).toHaveAttribute('data-verdict', 'contradicted');
  await expect(devices).toContainText('not on your list signed in');
  await oracle.getByText(/^Evidence \(/).click();
  await snap(page, testInfo, 'view-claims');

  // A form error names the field.
  await page.getByText('Write your own claim').click();
  await page.locator('#claim-statement').fill('Data stays in the US');
  await page.locator('#claim-places').fill('USA');
  await page.getByRole('button', { name: 'Add this claim' }).click();
  await expect(page.getByTestId('claims-form-errors')).toContainText('countries[0]: must be a two-letter ISO 3166-1 country code');

  // Downloads are the core's bytes: the HTML embeds the report, the JSON parses.
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('claims-save-html').click()]);
  expect(html.suggestedFilename()).toMatch(/^whereabouts-report-\d{4}-\d{2}-\d{2}\.html$/);
  const htmlText = readFileSync(await html.path(), 'utf8');
  expect(htmlText.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(htmlText).toContain('<script type="application/json" id="whereabouts-report">');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('claims-save-json').click()]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as { verdicts: { claimId: string; verdict: string }[] };
  expect(doc.verdicts.map((v) => [v.claimId, v.verdict])).toEqual([['no-datacenter-logins', 'contradicted'], ['tiktok-us-data-oracle', 'questionable'], ['only-my-devices', 'contradicted']]);

  // The evidence opens the timeline around its dates.
  await datacenter.getByText(/^Evidence \(/).click();
  await datacenter.getByRole('button', { name: 'Show in the timeline' }).first().click();
  await expect(page.getByTestId('view-timeline')).toBeVisible();

  expectNoForeignRequests(recorder);
});
