/**
 * Projector ready (issue 14.6). A 640 × 400 CSS viewport is what a 1280 × 800 screen shows at
 * 200 % zoom: no view scrolls sideways, the header stays under a quarter of the height, map
 * markers and letters keep their size on screen, the timeline's detail opens within the window.
 * And the text-size control does the same at 1280 × 800.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../harness';
import { importSampleViaUi, openApp, setTextSize, snap } from './app';

const VIEWS = ['overview', 'timeline', 'who', 'where', 'sources', 'settings', 'about', 'claims'] as const;

interface Layout {
  /** The elements reaching past the right edge (for the failure message). */
  wide: string[];
  scrollWidth: number;
  clientWidth: number;
  header: number;
  height: number;
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    interface El { tagName: string; className: unknown; getBoundingClientRect(): { right: number; height: number }; getAttribute(n: string): string | null }
    const d = (globalThis as unknown as {
      document: {
        documentElement: { scrollWidth: number; clientWidth: number; clientHeight: number };
        querySelector(s: string): El | null;
        querySelectorAll(s: string): Iterable<El>;
      };
    }).document;
    const width = d.documentElement.clientWidth;
    const wide = [...d.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName}.${String(el.className)}[${el.getAttribute('data-testid') ?? ''}] right=${Math.round(el.getBoundingClientRect().right)}`);
    return {
      wide,
      scrollWidth: d.documentElement.scrollWidth,
      clientWidth: d.documentElement.clientWidth,
      header: d.querySelector('.topbar')?.getBoundingClientRect().height ?? 0,
      height: d.documentElement.clientHeight,
    };
  });
}

async function checkEveryView(page: Page, testInfo: TestInfo, tag: string): Promise<void> {
  for (const v of VIEWS) {
    await page.getByTestId(`nav-${v}`).click();
    await expect(page.getByTestId(`view-${v}`)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const l = await layout(page);
    expect(l.scrollWidth, `${tag} ${v}: scrolls sideways; too wide: ${l.wide.join(', ')}`).toBeLessThanOrEqual(l.clientWidth);
    expect(l.header, `${tag} ${v}: header height`).toBeLessThan(l.height / 4);
    await snap(page, testInfo, `${tag}-${v}`);
  }
}

test.describe('at 200 % zoom (640 × 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('no view scrolls sideways and the header stays under a quarter of the height', async ({ page, serve }, testInfo) => {
    test.setTimeout(90_000);
    await openApp(page, serve);
    await importSampleViaUi(page);
    await checkEveryView(page, testInfo, 'zoom200');
    // With verdicts on screen too (the Claims view overflowed sideways at 200 %).
    await page.getByTestId('nav-claims').click();
    for (const id of ['no-datacenter-logins', 'tiktok-us-data-oracle']) {
      await page.getByTestId('claims-template').selectOption(id);
      await page.getByTestId('claims-add-template').click();
    }
    await page.getByTestId('claims-evaluate').click();
    await expect(page.getByTestId('claims-verdict').first()).toBeVisible();
    const l = await layout(page);
    expect(l.scrollWidth, `claims with verdicts: too wide: ${l.wide.join(', ')}`).toBeLessThanOrEqual(l.clientWidth);
  });

  test('map markers keep their on-screen size, and details open inside the window', async ({ page, serve }) => {
    await openApp(page, serve);
    await importSampleViaUi(page);
    await page.getByTestId('nav-where').click();
    const letter = page.locator('.world-map .pin-letter').first();
    await expect(letter).toBeVisible();
    // The map is drawn about 600 px wide for 960 map units: unscaled 12-unit letters would be 7.5 px.
    const px = await letter.evaluate((el) => (el as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(11);
    await page.locator('.world-map .map-pin').first().click();
    await expect(page.locator('.pin-detail')).toBeVisible();

    await page.getByTestId('nav-timeline').click();
    await page.locator('[data-testid=event-row]').first().click();
    const detail = page.getByTestId('event-detail');
    await expect(detail).toBeVisible();
    const box = await detail.boundingBox();
    expect(box, 'the detail panel has a box').not.toBeNull();
    // Some part of it, at least its head, is inside the 400 px window without scrolling.
    expect(box!.y).toBeLessThan(400);
    expect(box!.y + 40).toBeGreaterThan(0);
  });
});

test('the text-size control at 200 % keeps every view within the width at 1280 × 800', async ({ page, serve }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, serve);
  await importSampleViaUi(page);
  await setTextSize(page, 200);
  await checkEveryView(page, testInfo, 'text200');
});
