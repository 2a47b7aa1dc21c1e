/** Timeline: search with highlighted hits, the detail panel's citation, keyboard, and the brush. */
import { expect, test } from '../harness';
import { importFileViaUi, openApp, snap, writeAdversarialZip } from './app';

const HEX64 = /^[0-9a-f]{64}$/;

test('search finds the unique word with a <mark>, and the detail panel cites the exact record', async ({ page, serve }, testInfo) => {
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);

  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('event-row').first()).toBeVisible();
  // "/" focuses the search box from anywhere.
  await page.getByTestId('view-timeline').getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('timeline-search')).toBeFocused();
  await page.keyboard.type('zebra-quartz-7731');

  const hit = page.getByTestId('event-row').locator('mark', { hasText: 'zebra-quartz-7731' });
  await expect(hit.first()).toBeVisible();
  await expect(page.getByTestId('timeline-total')).toHaveText(/^1 event matches$|^\d+ events match$/);

  await page.getByTestId('event-row').first().click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('citation-sha256')).toHaveText(HEX64);
  const member = (await page.getByTestId('citation-member').textContent()) ?? '';
  expect(member).toMatch(/\S+\.(json|txt|csv)$/);
  await expect(page.getByTestId('citation-pointer')).not.toBeEmpty();
  await expect(page.getByTestId('detail-raw')).toContainText('zebra-quartz-7731');
  // Local time shown, UTC on hover.
  await expect(detail.locator('time').first()).toHaveAttribute('title', /UTC$/);
  await snap(page, testInfo, 'timeline-search-detail');

  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
});

test('keyboard: arrows move the selection, Enter opens the detail; the brush filters and Esc clears it', async ({ page, serve }, testInfo) => {
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);
  await page.keyboard.press('2');
  await expect(page.getByTestId('view-timeline')).toBeVisible();
  const list = page.getByTestId('event-list');
  await expect(page.getByTestId('event-row').first()).toBeVisible();

  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const selected = page.locator('[data-testid=event-row][aria-selected=true]');
  await expect(selected).toHaveAttribute('id', 'ev-row-1');
  const title = (await selected.locator('.event-line.text').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-title')).toHaveText(title);
  await page.keyboard.press('Escape');

  const totalText = await page.getByTestId('timeline-total').textContent();
  const box = await page.getByTestId('histogram').boundingBox();
  if (!box) throw new Error('histogram not laid out');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 3, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('range-note')).toBeVisible();
  await expect(page.getByTestId('timeline-total')).not.toHaveText(totalText ?? '');
  await snap(page, testInfo, 'timeline-brush');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('range-note')).toBeHidden();
  await expect(page.getByTestId('timeline-total')).toHaveText(totalText ?? '');
});
