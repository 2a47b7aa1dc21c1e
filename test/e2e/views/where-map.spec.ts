/**
 * The Where view answers one question (issue 14.1, 14.7): where data was served from. The map has
 * modes — served-from places by grade (default), sign-in countries, location records — each with
 * its legend; findings about sign-ins are not listed here; servers are grouped by owner and
 * collapsible. The sample's one location record (TikTok "Most Recent Location Data", GPS
 * 52.5200, 13.4050 in the generator's model) is a point on the map, cited.
 */
import { expect, test } from '../harness';
import { importSampleViaUi, openApp, snap } from './app';

test('map modes with legends, served-from findings only, servers grouped, location records on the map', async ({ page, serve }, testInfo) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.getByTestId('nav-where').click();
  const map = page.getByTestId('world-map');
  await expect(map).toHaveAttribute('data-mode', 'served');
  await expect(map.getByTestId('map-legend')).toContainText('marker = evidence grade');
  // Served-from mode shades no country by sign-ins.
  await expect(map.locator('path.map-country:not(.shade-0)')).toHaveCount(0);
  expect(await map.locator('.map-pin').count()).toBeGreaterThan(0);

  await page.getByTestId('map-mode-signins').check();
  await expect(map).toHaveAttribute('data-mode', 'signins');
  await expect(map.locator('path[data-country="DE"]')).not.toHaveClass(/shade-0/);
  await expect(map.getByTestId('map-legend')).toContainText('Sign-ins per country');
  await expect(map.locator('.map-pin')).toHaveCount(0);

  await page.getByTestId('map-mode-locations').check();
  await expect(map.getByTestId('map-legend')).toContainText('1 record with coordinates');
  const dots = map.locator('.map-location');
  await expect(dots).toHaveCount(1);
  await expect(dots.first()).toHaveAttribute('aria-label', /^Location record at 52\.52, 13\.4[01]: 1 record$/);
  await dots.first().focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('location-detail');
  await expect(detail).toContainText('Most recent');
  // Cited: the member and an RFC 6901 pointer.
  await expect(detail.locator('code').nth(1)).toHaveText(/^\//);

  // Findings here are about serving only; the sign-in findings are pointed to Who.
  await expect(page.getByTestId('finding-list')).not.toContainText('sign-in');
  await expect(page.getByTestId('where-signins-elsewhere')).toContainText('about sign-ins');
  // Servers grouped by owner, the first group open, the others closed.
  const groups = page.getByTestId('host-group');
  expect(await groups.count()).toBeGreaterThan(1);
  await expect(groups.first()).toHaveAttribute('open', '');
  await expect(groups.nth(1)).not.toHaveAttribute('open', '');
  await snap(page, testInfo, 'where-modes');
});
