/**
 * Issue 16.2, 16.4 and 16.7: profiles from the app. Serve runs on the app's own profiles folder
 * (XDG_DATA_HOME in a temp folder). Profile A holds one persona, B another: after a switch no
 * value of A is in any view of B, and back; erasing B from A's window removes B's folder; erasing
 * the current profile leaves every view empty.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServe, test, type ServeHandle } from '../harness';
import { snap } from '../views/app';
import { call, collectCanaries, everyView, loadPersonaViaUi, whereFound } from './workshop';

const A_PERSONA = 'teen-tiktok';
const B_PERSONA = 'takeover-facebook';

/** What identifies a profile's data on screen: its export file names and its IP addresses. */
async function fingerprints(page: Page): Promise<string[]> {
  const sources = await call(page, 'sources.list', {});
  const { ips } = await collectCanaries(page);
  return [...sources.map((s) => s.file), ...ips];
}

async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`profile-switch-${name}`).click();
  await expect(page.getByTestId('profile-name')).toContainText(name);
}

test.describe('profiles', () => {
  let serve: ServeHandle;
  test.beforeEach(async () => {
    serve = await startServe([], { profiles: true });
  });
  test.afterEach(async () => {
    await serve.kill();
  });

  test('create, switch (nothing of A in B, and back), erase another profile and the current one', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.goto(serve.url);
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await expect(page.getByTestId('profile-name')).toContainText('default');

    // A = the default profile, with a persona.
    await loadPersonaViaUi(page, A_PERSONA);
    const aValues = await fingerprints(page);
    expect(aValues.length).toBeGreaterThan(3);
    const aShown = whereFound(await everyView(page), aValues);
    expect(Object.keys(aShown).length, 'A’s values are on screen in A').toBeGreaterThan(0);

    // Create B from the Profiles section (a bad name is refused with a sentence first).
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('profile-new-name').fill('Participant B');
    await page.getByTestId('profile-create').click();
    await expect(page.getByTestId('profiles')).toContainText('lowercase letters');
    await page.getByTestId('profile-new-name').fill('participant-b');
    await page.getByTestId('profile-new-name').press('Enter');
    await expect(page.getByTestId('profile-created')).toContainText('participant-b');
    await expect(page.getByTestId('profiles-table')).toContainText('participant-b');
    await snap(page, testInfo, 'profiles-created');

    // Switch to B: an empty start, nothing of A anywhere.
    await switchTo(page, 'participant-b');
    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('personas')).toBeVisible();
    expect(whereFound(await everyView(page), aValues), 'A’s values in B (value → views)').toEqual({});

    // B gets another persona.
    await page.getByTestId('nav-overview').click();
    await loadPersonaViaUi(page, B_PERSONA);
    const bValues = await fingerprints(page);
    expect(bValues.length).toBeGreaterThan(1);

    // Back to A: A's data again, nothing of B.
    await switchTo(page, 'default');
    const backInA = await everyView(page);
    expect(Object.keys(whereFound(backInA, aValues)).length, 'A’s values after switching back').toBeGreaterThan(0);
    expect(whereFound(backInA, bValues), 'B’s values in A (value → views)').toEqual({});

    // The list counts each profile's data.
    const list = await call(page, 'profiles.list', {});
    expect(list.current).toBe('default');
    const b = list.profiles.find((p) => p.name === 'participant-b');
    expect(b?.sources).toBe(1);
    expect(b?.syntheticOnly).toBe(true);

    // Erase B (not the current one) from A's window: asked first, then its folder is gone.
    const bFolder = join(serve.dataHome, 'Whereabouts', 'profiles', 'participant-b');
    expect(existsSync(bFolder)).toBe(true);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('profile-erase-participant-b').click();
    const dialog = page.getByTestId('profile-erase-dialog');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Erase profile' }).click();
    await expect(page.getByTestId('profile-erased')).toBeVisible();
    await expect(page.getByTestId('profiles-table')).not.toContainText('participant-b');
    expect(existsSync(bFolder), `${bFolder} after erasing it`).toBe(false);
    // A is untouched.
    expect((await call(page, 'sources.list', {})).length).toBe(1);

    // Erase the current profile: it stays, empty, and every view is empty.
    await page.getByTestId('profile-erase-default').click();
    await page.getByTestId('profile-erase-dialog').getByRole('button', { name: 'Erase profile' }).click();
    await expect(page.getByTestId('erase-done')).toBeVisible();
    await expect(page.getByTestId('profile-name')).toContainText('default');
    const afterErase = await everyView(page);
    expect(whereFound(afterErase, aValues), 'A’s values after erasing A (value → views)').toEqual({});
    for (const d of afterErase) expect(d.html, `SAMPLE marker on ${d.view} after the erase`).not.toContain('data-testid="sample-marker"');
    for (const v of ['timeline', 'who', 'where', 'sources', 'claims']) {
      expect(afterErase.find((d) => d.view === v)?.text, `${v} after the erase`).toContain('Nothing imported yet');
    }
    // On disk: the profile folder holds no upload or stray copy, only the fresh database.
    const folder = dirname(serve.dbPath);
    const left = readdirSync(folder).filter((n) => !/^whereabouts\.db(-wal|-shm)?$/.test(n));
    expect(left, `left in ${folder}`).toEqual([]);
    expect((await call(page, 'sources.list', {})).length).toBe(0);
  });
});
