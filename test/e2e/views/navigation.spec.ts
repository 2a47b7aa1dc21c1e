/**
 * Keyboard navigation through every view (digits, skip link, Tab), a screenshot of each view
 * (light, dark, 200 % text), and no horizontal overflow of the main navigation at 200 % text.
 */
import { expect, test } from '../harness';
import { importSampleViaUi, openApp, setTextSize, snap } from './app';

// Overview last: the app starts there, and pressing the current view's key changes nothing.
const VIEWS = [
  { key: '2', id: 'timeline' },
  { key: '3', id: 'who' },
  { key: '4', id: 'where' },
  { key: '5', id: 'sources' },
  { key: '6', id: 'settings' },
  { key: '7', id: 'about' },
  { key: '1', id: 'overview' },
] as const;

test('digits switch views, the skip link reaches the content, and each view is screenshotted', async ({ page, serve }, testInfo) => {
  await openApp(page, serve);
  await importSampleViaUi(page);

  // On a fresh page the first Tab stop is the skip link; it moves focus to the main content.
  await page.reload();
  await expect(page.getByTestId('overview-events-total')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  for (const v of VIEWS) {
    await page.keyboard.press(v.key);
    await expect(page.getByTestId(`view-${v.id}`)).toBeVisible();
    await expect(page.getByTestId(`nav-${v.id}`)).toHaveAttribute('aria-current', 'page');
    // The heading takes focus so the next Tab continues inside the view.
    await expect(page.getByTestId(`view-${v.id}`).getByRole('heading', { level: 1 })).toBeFocused();
    await page.waitForLoadState('networkidle');
    await snap(page, testInfo, `view-${v.id}-light-100`);
  }

  // Nav buttons are reachable with Tab and work with Enter.
  await page.getByTestId('nav-overview').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('nav-timeline')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('view-timeline')).toBeVisible();
});

test('dark theme and 200 % text: every view, and the navigation never overflows sideways', async ({ page, serve }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await setTextSize(page, 200);

  for (const v of VIEWS) {
    await page.getByTestId(`nav-${v.id}`).click();
    await expect(page.getByTestId(`view-${v.id}`)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as {
        innerWidth: number;
        document: { documentElement: { scrollWidth: number }; querySelector(s: string): { scrollWidth: number; clientWidth: number; getBoundingClientRect(): { right: number } } | null };
      };
      const nav = g.document.querySelector('[data-testid=main-nav]');
      return {
        page: g.document.documentElement.scrollWidth - g.innerWidth,
        nav: nav ? nav.scrollWidth - nav.clientWidth : -1,
        navRight: nav ? nav.getBoundingClientRect().right - g.innerWidth : -1,
      };
    });
    expect(overflow.nav, `nav overflows in ${v.id}`).toBeLessThanOrEqual(0);
    expect(overflow.navRight, `nav sticks out of the window in ${v.id}`).toBeLessThanOrEqual(0);
    expect(overflow.page, `page scrolls sideways in ${v.id}`).toBeLessThanOrEqual(0);
    await snap(page, testInfo, `view-${v.id}-dark-200`);
  }

  // The setting survives a reload (kept in localStorage).
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
});
