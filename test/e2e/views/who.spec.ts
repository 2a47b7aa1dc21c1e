/** Who: the tables, the dataset credit under the IP table, CSV export, and a flag's records. */
import { expect, test } from '../harness';
import { importSampleViaUi, openApp, snap } from './app';

test('tables, credits, CSV download and "show records" from a flag', async ({ page, serve }, testInfo) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.keyboard.press('3');
  await expect(page.getByTestId('view-who')).toBeVisible();

  const ips = page.getByTestId('ip-table');
  await expect(ips.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('ip-credits')).toContainText(/data of \d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId('device-table')).toBeVisible();
  await snap(page, testInfo, 'who');

  // CSV comes from the core and is saved through a Blob link — no network.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-ips').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  const flags = page.getByTestId('flag-list').locator('li');
  if ((await flags.count()) > 0) {
    await flags.first().getByRole('button', { name: 'Show records in the timeline' }).click();
    await expect(page.getByTestId('view-timeline')).toBeVisible();
    await expect(page.getByText('Showing the records behind a flag')).toBeVisible();
    await expect(page.getByTestId('filter-kind')).toHaveValue('login');
    await expect(page.getByTestId('range-note')).toBeVisible();
    await expect(page.locator('.event-row.highlighted').first()).toBeVisible();
  }
});
