/**
 * E2E harness. Builds nothing: it runs the built CLI (`node bin/whereabouts.js serve --db <tmp>
 * --port 0 --no-open`) as a child process and parses the one URL line it prints. And it puts a
 * request recorder on every browser context: any request whose host is not 127.0.0.1/localhost is
 * aborted AND recorded, and each test fails at teardown if the recorder is not empty.
 *
 * Fixtures: `serve` → {url, origin, token, dbPath, kill}; `recorder` (automatic) → ForeignRecorder.
 * WHEREABOUTS_E2E_CLI overrides the CLI script (e.g. a build in another folder).
 * `startServe([], { profiles: true })` runs serve without --db and with XDG_DATA_HOME in the temp
 * folder: the app's own profiles folder (`<dataHome>/Whereabouts/profiles/<name>/`), so profiles
 * can be created and switched; `dataHome` says where.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import type { Api } from '../../shared/api';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = process.env.WHEREABOUTS_E2E_CLI ? resolve(process.env.WHEREABOUTS_E2E_CLI) : join(ROOT, 'bin', 'whereabouts.js');
const RUNNING = /^Whereabouts is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))\s*$/m;

export interface ServeHandle {
  /** The printed URL, token fragment included. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  token: string;
  dbPath: string;
  /** The temporary XDG_DATA_HOME in profiles mode (else unused). */
  dataHome: string;
  /** Stop the server (SIGTERM, then SIGKILL after 5 s); resolves with its exit code. */
  kill(): Promise<number | null>;
}

/** Start `whereabouts serve` on a fresh temporary profile (a --db file, or the app's profiles folder in a temp data home). */
export async function startServe(extraArgs: string[] = [], opts: { profiles?: boolean } = {}): Promise<ServeHandle> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing`);
  const dir = mkdtempSync(join(tmpdir(), 'wa-e2e-'));
  const dataHome = join(dir, 'data');
  // Profiles mode: no --db, so serve uses the default profile under XDG_DATA_HOME (core/profile-path.ts).
  const dbPath = opts.profiles ? join(dataHome, 'Whereabouts', 'profiles', 'default', 'whereabouts.db') : join(dir, 'whereabouts.db');
  const where = opts.profiles ? [] : ['--db', dbPath];
  const child = spawn(process.execPath, [CLI, 'serve', ...where, '--port', '0', '--no-open', ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: opts.profiles ? { ...process.env, XDG_DATA_HOME: dataHome } : process.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));

  const match = await new Promise<RegExpExecArray>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve printed no URL within 20 s.\nstdout: ${stdout}\nstderr: ${stderr}`)), 20_000);
    const check = (): void => {
      const m = RUNNING.exec(stdout);
      if (m) {
        clearTimeout(timer);
        ok(m);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited (code ${code}) before printing its URL.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
  const [, url, port, token] = match as unknown as [string, string, string, string];
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    port: Number(port),
    token,
    dbPath,
    dataHome,
    kill: () => stop(child).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', (code) => {
      clearTimeout(hard);
      done(code);
    });
    child.kill('SIGTERM');
  });
}

// ---------- request recorder ----------

export interface ForeignRequest {
  url: string;
  via: 'route' | 'request';
}

export interface ForeignRecorder {
  readonly requests: readonly ForeignRequest[];
  /** Unique foreign URLs seen so far. */
  urls(): string[];
  clear(): void;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for requests that never leave this machine. */
export function isLocalUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

export async function recordForeignRequests(context: BrowserContext): Promise<ForeignRecorder> {
  const requests: ForeignRequest[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    requests.push({ url, via: 'route' });
    return route.abort('blockedbyclient');
  });
  // Also catches what routing cannot see (and pages opened later in the context).
  context.on('request', (req) => {
    if (!isLocalUrl(req.url())) requests.push({ url: req.url(), via: 'request' });
  });
  return {
    requests,
    urls: () => [...new Set(requests.map((r) => r.url))],
    clear: () => void requests.splice(0),
  };
}

/** Fails with the list of foreign URLs if anything tried to leave the machine. */
export function expectNoForeignRequests(recorder: ForeignRecorder): void {
  expect(recorder.urls(), 'requests to hosts other than 127.0.0.1/localhost').toEqual([]);
}

// ---------- fixtures ----------

export const test = base.extend<{ serve: ServeHandle; recorder: ForeignRecorder }>({
  recorder: [
    async ({ context }, use) => {
      const recorder = await recordForeignRequests(context);
      await use(recorder);
      expectNoForeignRequests(recorder);
    },
    { auto: true },
  ],
  serve: async ({}, use) => {
    const handle = await startServe();
    try {
      await use(handle);
    } finally {
      await handle.kill();
    }
  },
});

export { expect };

// ---------- page globals ----------

/**
 * What specs read inside `page.evaluate` callbacks. The node tsconfig has no DOM lib (on purpose:
 * Node code must not see browser globals), so callbacks go through `globalThis as PageGlobals`.
 */
export interface PageGlobals {
  api: Api;
  /** Electron test mode only (WHEREABOUTS_TEST=1). */
  whereaboutsTest?: { blockedRequests(): Promise<string[]> };
  location: { href: string };
  open(url: string): unknown;
  document: {
    createElement(tag: 'a'): { href: string; textContent: string | null; click(): void };
    body: { appendChild(node: unknown): unknown };
  };
}

// ---------- Electron runtime ----------

/** The Electron binary if it is installed on disk; null otherwise (never triggers a download). */
export function electronBinary(): string | null {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override && existsSync(override)) return override;
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}
