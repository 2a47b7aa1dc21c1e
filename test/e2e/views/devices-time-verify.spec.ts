/**
 * Issue 14 (devices, time zone, order, search, verify) in Chromium over `serve`: devices grouped
 * as people know them with the raw entries in a detail; one display zone labelled on the list,
 * the chart and the detail (with the time as the export wrote it); newest first; search by
 * device; and "Verify a report" giving match, then mismatch with the differing line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../harness';
import { importFileViaUi, openApp, snap, writeAdversarialZip } from './app';

test('devices are grouped, with the raw entries kept in the detail', async ({ page, serve }, testInfo) => {
  const { path, expected } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);
  await page.getByTestId('nav-who').click();
  const table = page.getByTestId('device-table');
  await expect(table).toBeVisible();
  // The logins' model|system pairs (several iOS updates of one iPhone) collapse to one row per model family.
  const families = new Set(expected.devices.map((d) => `${d.startsWith('iPhone') ? 'iPhone' : d.split('|')[0]}|${d.split('|')[1]!.split(' ')[0]}`));
  const iphone = table.locator('tbody tr', { hasText: 'iPhone · iOS' });
  await expect(iphone).toHaveCount(1);
  const modelled = table.locator('tbody tr').filter({ hasNotText: 'identifiers only' });
  await expect(modelled).toHaveCount(families.size);
  await iphone.locator('summary').click();
  const iphoneEntries = expected.devices.filter((d) => d.startsWith('iPhone')).length;
  await expect(iphone.getByTestId('device-raw')).toHaveCount(iphoneEntries);
  await expect(iphone.getByTestId('device-raw').first()).toContainText('iPhone14,2');
  await snap(page, testInfo, 'who-devices-grouped');
});

test('one display zone on the list, the axis and the detail; newest first; search by device', async ({ page, serve }, testInfo) => {
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);
  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('event-row').first()).toBeVisible();

  await page.getByTestId('zone-select').selectOption('UTC');
  await expect(page.getByTestId('view-timeline')).toContainText('Times are shown in UTC');
  await expect(page.getByTestId('view-timeline')).toContainText('(axis in UTC)');
  await page.getByTestId('zone-select').selectOption('other');
  await page.getByTestId('zone-name').fill('Asia/Tokyo');
  await page.getByTestId('zone-name').press('Enter');
  await expect(page.getByTestId('view-timeline')).toContainText('(axis in Asia/Tokyo)');
  // A row's time is the UTC instant shown at +09:00.
  const first = page.getByTestId('event-row').first().locator('time').first();
  const iso = (await first.getAttribute('datetime')) ?? '';
  const hour = (new Date(iso).getUTCHours() + 9) % 24;
  await expect(first).toContainText(`${String(hour).padStart(2, '0')}:`);

  await page.getByTestId('timeline-order').selectOption('newest');
  await expect(page.getByTestId('view-timeline')).toContainText('newest first');
  const rows = page.getByTestId('event-row');
  await expect(rows.nth(1)).toBeVisible();
  const t0 = Date.parse((await rows.nth(0).locator('time').first().getAttribute('datetime')) ?? '');
  const t1 = Date.parse((await rows.nth(1).locator('time').first().getAttribute('datetime')) ?? '');
  expect(t0).toBeGreaterThanOrEqual(t1);

  await rows.first().click();
  await expect(page.getByTestId('detail-written-time')).toContainText(/Written in the export as .+ — (zone given|no zone given — read as UTC|a Unix timestamp|a date)/);

  // The device is not in any record's text: it is found through the devices table.
  await page.getByTestId('timeline-search').fill('iphone14');
  await page.getByTestId('timeline-search').press('Enter');
  await expect(page.getByTestId('timeline-total')).toHaveText(/^[1-9][\d,]* events? match(es)?$/);
  await snap(page, testInfo, 'timeline-zone-newest');
  await page.getByTestId('zone-select').selectOption('system');
});

test('verify a saved report: match, then mismatch naming the changed line', async ({ page, serve }, testInfo) => {
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);
  await page.getByTestId('nav-claims').click();
  await page.getByTestId('claims-template').selectOption('no-datacenter-logins');
  await page.getByTestId('claims-add-template').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('claims-save-json').click()]);
  const saved = join(testInfo.outputDir, 'report.json');
  await download.saveAs(saved);

  await page.getByTestId('verify-file').setInputFiles(saved);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-match', 'match');
  await expect(page.getByTestId('verify-result')).toContainText('Match:');

  const doc = JSON.parse(readFileSync(saved, 'utf8')) as { verdicts: { verdict: string }[] };
  doc.verdicts[0]!.verdict = doc.verdicts[0]!.verdict === 'consistent' ? 'contradicted' : 'consistent';
  const altered = join(testInfo.outputDir, 'altered.json');
  writeFileSync(altered, JSON.stringify(doc));
  await page.getByTestId('verify-file').setInputFiles(altered);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-match', 'mismatch');
  await expect(page.getByTestId('verify-sections')).toContainText('verdicts[0].verdict');
  await snap(page, testInfo, 'claims-verify-mismatch');

  // Progress: the answer is held back after the core has finished, so the steps it reported
  // (work.progress over the event stream) are on screen, with the Stop button.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/call/claims.evaluate', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.getByTestId('claims-evaluate').click();
  await expect(page.getByTestId('claims-progress')).toContainText('Testing claim 1 of 1 (step 2 of 2)');
  await expect(page.getByTestId('claims-progress-cancel')).toBeVisible();
  release();
  await expect(page.getByTestId('claims-progress')).toHaveCount(0);
  await expect(page.getByTestId('claim-no-datacenter-logins').getByTestId('claims-verdict')).toBeVisible();
  await page.unroute('**/api/call/claims.evaluate');

  const junk = join(testInfo.outputDir, 'junk.json');
  writeFileSync(junk, 'not a report');
  await page.getByTestId('verify-file').setInputFiles(junk);
  await expect(page.getByTestId('verify-report')).toContainText('Could not check junk.json');
});
