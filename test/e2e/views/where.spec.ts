/** The Where view draws an offline world map (no tiles, no network) with graded host markers. */
import { expect, expectNoForeignRequests, test } from '../harness';
import { importSampleViaUi, openApp, snap } from './app';

test('the offline map renders countries and host markers without any foreign request', async ({ page, serve, recorder }, testInfo) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.getByTestId('nav-where').click();

  const map = page.getByTestId('world-map');
  await expect(map).toBeVisible();
  expect(await map.locator('svg path').count()).toBeGreaterThan(100);
  // In the sign-in mode, countries with sign-ins are shaded (the sample signs in from Germany).
  await page.getByTestId('map-mode-signins').check();
  await expect(map.locator('path[data-country="DE"]')).not.toHaveClass(/shade-0/);
  await page.getByText('What the grades A–G mean').click();
  await expect(page.getByTestId('grade-legend')).toContainText('CDN edge');
  await expect(page.getByTestId('host-table')).toBeVisible();
  await expect(page.getByTestId('where-credits')).toContainText('data of');

  // Markers (served-from mode) are keyboard reachable and explain themselves.
  await page.getByTestId('map-mode-served').check();
  const pins = map.locator('.map-pin');
  if ((await pins.count()) > 0) {
    await pins.first().focus();
    await page.keyboard.press('Enter');
    await expect(map.locator('.pin-detail')).toBeVisible();
  }
  await snap(page, testInfo, 'where');
  expectNoForeignRequests(recorder);
});
