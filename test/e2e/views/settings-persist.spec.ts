/**
 * Settings survive restarts of `serve` (issue 14.6). Each start listens on a new port — a new
 * origin with an empty localStorage — so the display settings live in the profile database.
 * Two real serve processes on the same database file, one after the other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, expect, expectNoForeignRequests, recordForeignRequests, ROOT, test } from '../harness';
import { setTextSize } from './app';

const RUNNING = /Whereabouts is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/;

async function serveOn(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0', '--no-open'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL: ${out}`)), 20_000);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = RUNNING.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
  return { url, child };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

test('text size and theme are kept when serve restarts on a new port', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'wa-settings-'));
  const dbPath = join(dir, 'whereabouts.db');
  try {
    const first = await serveOn(dbPath);
    const context1 = await browser.newContext();
    const recorder1 = await recordForeignRequests(context1);
    const page1 = await context1.newPage();
    await page1.goto(first.url);
    await expect(page1.getByTestId('app-shell')).toBeVisible();
    await setTextSize(page1, 150);
    await page1.getByTestId('theme-dark').check();
    // Saved a moment after the change (debounced).
    await page1.waitForTimeout(800);
    await context1.close();
    expectNoForeignRequests(recorder1);
    await stop(first.child);

    const second = await serveOn(dbPath);
    expect(new URL(second.url).port).not.toBe(new URL(first.url).port);
    // A fresh context: nothing in localStorage, as after a restart on another origin.
    const context = await browser.newContext();
    const recorder2 = await recordForeignRequests(context);
    const page2 = await context.newPage();
    await page2.goto(second.url);
    await expect(page2.locator('html')).toHaveAttribute('style', /font-size: 150%/);
    await expect(page2.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page2.getByText('150%').first()).toBeVisible();
    await context.close();
    expectNoForeignRequests(recorder2);
    await stop(second.child);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
