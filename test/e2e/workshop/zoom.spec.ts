/**
 * The workshop screens at 200 % zoom (a 640 × 400 CSS viewport, as test/e2e/views/projector.spec.ts):
 * the profile name and presenter button in the header, the persona cards, the request helper with
 * a letter, Profiles, and the group view's charts — nothing scrolls sideways and the header stays
 * under a quarter of the height. And presenter mode's large type at 1280 × 800.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServe, test, type ServeHandle } from '../harness';
import { snap } from '../views/app';
import { loadPersonaViaUi, NAV_VIEWS } from './workshop';

async function layout(page: Page): Promise<{ wide: string[]; scrollWidth: number; clientWidth: number; header: number; height: number }> {
  return page.evaluate(() => {
    interface El { tagName: string; className: unknown; getBoundingClientRect(): { right: number; height: number }; getAttribute(n: string): string | null }
    const d = (globalThis as unknown as {
      document: { documentElement: { scrollWidth: number; clientWidth: number; clientHeight: number }; querySelector(s: string): El | null; querySelectorAll(s: string): Iterable<El> };
    }).document;
    const width = d.documentElement.clientWidth;
    const wide = [...d.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName}.${String(el.className)}[${el.getAttribute('data-testid') ?? ''}]`);
    return {
      wide,
      scrollWidth: d.documentElement.scrollWidth,
      clientWidth: width,
      header: d.querySelector('.topbar')?.getBoundingClientRect().height ?? 0,
      height: d.documentElement.clientHeight,
    };
  });
}

async function fits(page: Page, what: string, maxHeaderShare = 1 / 4): Promise<void> {
  await page.waitForLoadState('networkidle');
  const l = await layout(page);
  expect(l.scrollWidth, `${what}: scrolls sideways; too wide: ${l.wide.join(', ')}`).toBeLessThanOrEqual(l.clientWidth);
  expect(l.header, `${what}: header height`).toBeLessThan(l.height * maxHeaderShare);
}

test.describe('workshop screens', () => {
  let serve: ServeHandle;
  test.beforeEach(async () => {
    serve = await startServe([], { profiles: true });
  });
  test.afterEach(async () => {
    await serve.kill();
  });

  test('at 200 % zoom (640 × 400): start screen, letter, profiles, group charts and every view fit', async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(serve.url);
    await expect(page.getByTestId('profile-name')).toBeVisible();
    await expect(page.getByTestId('personas')).toBeVisible();
    await fits(page, 'start screen');
    await page.getByTestId('request-helper').locator('summary').click();
    await page.getByTestId('letter-write').click();
    await expect(page.getByTestId('letter-text')).toBeVisible();
    await fits(page, 'request helper with a letter');
    await snap(page, testInfo, 'zoom200-start');

    await loadPersonaViaUi(page, 'journalist-x-google');
    for (const v of NAV_VIEWS) {
      await page.getByTestId(`nav-${v}`).click();
      await expect(page.getByTestId(`view-${v}`)).toBeVisible();
      await fits(page, v);
    }
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('profiles-table')).toBeVisible();
    await page.getByTestId('profiles').scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'zoom200-profiles');

    // The group view with a summary and merged charts on screen.
    await page.getByTestId('nav-group').click();
    await page.getByTestId('summary-k').fill('2');
    await page.getByTestId('summary-make').click();
    await expect(page.getByTestId('summary-charts')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-save').click()]);
    const dir = mkdtempSync(join(tmpdir(), 'wa-zoom-'));
    await download.saveAs(join(dir, 'a.json'));
    const text = readFileSync(join(dir, 'a.json'));
    writeFileSync(join(dir, 'b.json'), text);
    await page.getByTestId('summaries-input').setInputFiles([join(dir, 'a.json'), join(dir, 'b.json')]);
    await expect(page.getByTestId('group-charts')).toBeVisible();
    await fits(page, 'group charts');
    await page.getByTestId('group-charts').scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'zoom200-group');
  });

  test('presenter mode at 1280 × 800: large type, the banner, every view fits, and it survives a switch and an erase', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(serve.url);
    await loadPersonaViaUi(page, 'takeover-facebook');
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-banner')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('style', /font-size: 150%/);
    for (const v of NAV_VIEWS) {
      await page.getByTestId(`nav-${v}`).click();
      await expect(page.getByTestId(`view-${v}`)).toBeVisible();
      await fits(page, `presenter ${v}`);
    }
    await page.getByTestId('nav-overview').click();
    await snap(page, testInfo, 'presenter-overview');

    // It stays on across a profile switch and an erase (a projector never falls back to raw values).
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('profile-new-name').fill('room-2');
    await page.getByTestId('profile-create').click();
    await page.getByTestId('profile-switch-room-2').click();
    await expect(page.getByTestId('profile-name')).toContainText('room-2');
    await expect(page.getByTestId('presenter-banner')).toBeVisible();
    await expect(page.getByTestId('presenter-setting')).toBeChecked();
    await page.getByTestId('profile-switch-default').click();
    await expect(page.getByTestId('profile-name')).toContainText('default');
    await page.getByTestId('erase-open').click();
    await page.getByTestId('erase-dialog').getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByTestId('erase-done')).toBeVisible();
    await expect(page.getByTestId('presenter-banner')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('style', /font-size: 150%/);
  });
});
