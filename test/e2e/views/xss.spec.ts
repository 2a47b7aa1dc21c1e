/**
 * An export is untrusted input. The adversarial fixture plants `<script>alert(1)</script>` and
 * `<img src=x onerror=alert(2)>` in searches, comments and messages: uploaded through the file
 * input they must show up as literal text and never run.
 */
import { expect, test, type PageGlobals } from '../harness';
import { importFileViaUi, openApp, snap, writeAdversarialZip } from './app';

const SCRIPT = '<script>alert(1)</script>';

test('adversarial text is shown as text and never executes', async ({ page, serve }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { path } = await writeAdversarialZip();
  await openApp(page, serve);
  await importFileViaUi(page, path);

  for (const view of ['overview', 'who', 'where', 'sources'] as const) {
    await page.getByTestId(`nav-${view}`).click();
    await expect(page.getByTestId(`view-${view}`)).toBeVisible();
  }

  await page.getByTestId('nav-timeline').click();
  await page.getByTestId('timeline-search').fill('alert');
  await expect(page.getByTestId('event-row').first()).toBeVisible();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();
  await page.getByTestId('event-row').filter({ hasText: SCRIPT }).first().click();
  await expect(page.getByTestId('detail-raw')).toContainText('alert(');
  await snap(page, testInfo, 'xss-as-text');

  // No element was created from the payloads.
  expect(await page.locator('main script').count()).toBe(0);
  expect(await page.locator('main img').count()).toBe(0);
  const xss = await page.evaluate(() => (globalThis as unknown as PageGlobals & { __xss?: unknown }).__xss);
  expect(xss).toBeUndefined();
  expect(dialogs).toEqual([]);
});
