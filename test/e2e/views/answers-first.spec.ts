/**
 * Answers first (issue 14.1, 14.3): on a 1280 × 800 window the Overview shows "Who signed in" and
 * "Where your data was served from", each with its sentence of numbers and its strongest flags,
 * without scrolling; severity words follow the evidence; networks read as registrations with a
 * source; the documentation range is named as such. The sample is marked SAMPLE on every view.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CLI, expect, test } from '../harness';
import { importSampleViaUi, openApp, SAMPLE_ZIP, snap } from './app';

test.use({ viewport: { width: 1280, height: 800 } });

interface Analysis {
  access: { logins: number; ips: { ip: string; country: string | null }[]; networks: unknown[]; devices: unknown[]; deviceGroups?: unknown[] };
}

function analyze(): Analysis {
  return JSON.parse(execFileSync(process.execPath, [CLI, 'analyze', SAMPLE_ZIP, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Analysis;
}

async function bottomOf(page: Page, testId: string): Promise<number> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} has no box`);
  return box.y + box.height;
}

test('both answers, with their numbers and strongest flags, fit the first screen', async ({ page, serve }, testInfo) => {
  test.skip(!existsSync(SAMPLE_ZIP), `${SAMPLE_ZIP} is missing: run npm run build`);
  const cli = analyze();
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));

  const who = page.getByTestId('who-headline');
  const where = page.getByTestId('where-headline');
  await expect(who.getByRole('heading', { level: 2 })).toHaveText('Who signed in');
  await expect(where.getByRole('heading', { level: 2 })).toHaveText('Where your data was served from');

  const fmt = (n: number): string => n.toLocaleString('en-US');
  const countries = new Set(cli.access.ips.map((i) => i.country).filter(Boolean)).size;
  await expect(page.getByTestId('who-answer')).toContainText(
    `${fmt(cli.access.logins)} sign-ins from ${fmt(cli.access.ips.length)} addresses in ${countries} countries on ${cli.access.networks.length} networks with ${(cli.access.deviceGroups ?? cli.access.devices).length} devices named.`,
  );
  await expect(page.getByTestId('where-answer')).toContainText(/links name \d+ servers? run by \d+ owners?, pointing to \d+ regions? or places?\. The strongest evidence: /);

  // The sentences and the strongest flags are above the fold: nothing to scroll to.
  for (const id of ['who-answer', 'overview-flags', 'where-answer', 'overview-findings']) {
    expect(await bottomOf(page, id), `${id} within 800 px`).toBeLessThanOrEqual(800);
  }
  expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0);

  // Severity words: never "warning"; a flag's word is one of the four strength words.
  const flagItems = page.getByTestId('overview-flags').locator('li');
  expect(await flagItems.count()).toBeGreaterThan(0);
  for (const text of await flagItems.allInnerTexts()) expect(text).toMatch(/^(CHECK THIS|WORTH A LOOK|Weak hint|For information) /);
  await expect(page.getByTestId('overview-flags')).not.toContainText(/warning/i);

  // Networks as registrations with their source; the documentation range named as such.
  await page.getByText('Networks and countries').click();
  const networks = page.getByTestId('overview-networks');
  await expect(networks).toContainText(/registered to Deutsche Telekom.*\(a mobile and home internet provider\) — source: /);
  await snap(page, testInfo, 'overview-1280x800');
});

test('the sample is marked SAMPLE on the first screen of every view', async ({ page, serve }) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  for (const view of ['overview', 'timeline', 'who', 'where', 'sources', 'settings', 'about', 'claims']) {
    await page.getByTestId(`nav-${view}`).click();
    const marker = page.getByTestId('sample-marker');
    await expect(marker, view).toBeVisible();
    await expect(marker).toContainText('SAMPLE');
    const box = await marker.boundingBox();
    expect(box && box.y + box.height, `${view}: marker within the first screen`).toBeLessThanOrEqual(800);
  }
});
