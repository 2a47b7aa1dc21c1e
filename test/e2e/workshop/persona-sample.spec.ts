/**
 * Issue 16.1 and 16.7: a persona loads in one click from the start screen, and every view then
 * shows the SAMPLE marker, the import page and the group view included.
 */
import { expect, test } from '../harness';
import { openApp, snap } from '../views/app';
import { call, loadPersonaViaUi, NAV_VIEWS } from './workshop';

test('a persona loads in one click and every view shows the SAMPLE marker', async ({ page, serve }, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page, serve);
  // The start screen lists the catalogue: name, platforms and the story to tell.
  const personas = page.getByTestId('personas');
  await expect(personas).toBeVisible();
  await expect(personas.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByTestId('persona-commuter-instagram-tiktok')).toContainText('Instagram, TikTok');
  // Nothing is marked before anything is loaded.
  await expect(page.getByTestId('sample-marker')).toHaveCount(0);
  await snap(page, testInfo, 'start-screen-personas');

  await loadPersonaViaUi(page, 'commuter-instagram-tiktok');
  // Both of the persona's exports are in, and the core marked each synthetic.
  const sources = await call(page, 'sources.list', {});
  expect(sources.map((s) => s.platform).sort()).toEqual(['instagram', 'tiktok']);
  expect(sources.every((s) => s.synthetic)).toBe(true);

  for (const v of NAV_VIEWS) {
    await page.getByTestId(`nav-${v}`).click();
    await expect(page.getByTestId(`view-${v}`)).toBeVisible();
    await expect(page.getByTestId('sample-marker'), `SAMPLE marker on ${v}`).toBeVisible();
    await expect(page.getByTestId('sample-marker')).toContainText('SAMPLE');
  }
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('view-import')).toBeVisible();
  await expect(page.getByTestId('sample-marker')).toBeVisible();
  await snap(page, testInfo, 'import-after-persona');
});
