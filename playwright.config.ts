/**
 * End-to-end tests. Two projects:
 *   renderer  the real app over `whereabouts serve` (loopback) in Debian Chromium — no Playwright
 *             browser download (executablePath), every non-loopback request aborted and recorded
 *             (test/e2e/harness.ts), DNS disabled by --host-resolver-rules.
 *   electron  test/e2e/electron.spec.ts via _electron.launch; skips itself (visibly) where no
 *             Electron runtime is installed, e.g. this offline build machine.
 * Needs a build first (`npm run build`); the harness builds nothing.
 */
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every name → NOTFOUND (0 DNS lookups). `MAP *` also catches IP literals, so the loopback
  // server's 127.0.0.1 must be excluded explicitly, like localhost.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: 'test/e2e',
  // Not test-results/ semantics for reports: Playwright wipes outputDir on each run.
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    // Nothing in the app may need a service worker; it would also bypass context.route.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'renderer',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
});
