import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreOptions } from '../../../electron/core/api/types';
import { createServeCommand, RUNNING_PREFIX } from '../../../electron/cli/serve-command';
import { fakeCore, type FakeCore } from './fake-core';
import { send } from './http-client';

const tmp = mkdtempSync(join(tmpdir(), 'wa-serve-cmd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  let stop: (s: string) => void = () => undefined;
  const stopped = new Promise<string>((r) => (stop = r));
  let core: FakeCore | null = null;
  let coreOpts: CoreOptions | null = null;
  const staticDir = join(tmp, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<div data-testid="app-shell"></div>');
  const cmd = createServeCommand({
    createCore: async (o) => {
      coreOpts = o;
      core = fakeCore();
      return core;
    },
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    staticDir,
    defaultDb: () => join(tmp, 'default', 'profiles', 'default', 'whereabouts.db'),
    openUrl: (u) => opened.push(u),
    waitForStop: () => stopped,
  });
  return { cmd, out, err, opened, stop: (s = 'SIGINT') => stop(s), core: () => core, coreOpts: () => coreOpts };
}

async function waitFor<T>(f: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('serve command', () => {
  it('prints exactly one running line, serves the contract, closes on the signal', async () => {
    const h = harness();
    const db = join(tmp, 'p1', 'w.db');
    const done = h.cmd.run(['--db', db, '--port', '0', '--no-open']);
    const line = await waitFor(() => h.out.find((l) => l.startsWith(RUNNING_PREFIX)));
    expect(h.out.filter((l) => l.startsWith(RUNNING_PREFIX))).toHaveLength(1);
    expect(line).toMatch(/^Whereabouts is running at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(h.out).toContain('Press Ctrl+C to stop.');
    expect(h.opened).toEqual([]);
    expect(h.coreOpts()).toMatchObject({ dbPath: db, transport: 'serve', tempDir: join(dirname(db), 'uploads') });

    const url = new URL(line.slice(RUNNING_PREFIX.length));
    const token = url.hash.replace('#token=', '');
    const r = await send(Number(url.port), { method: 'POST', path: '/api/call/profile.info', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(r.status).toBe(200);

    h.stop('SIGTERM');
    expect(await done).toBe(0);
    expect(h.core()?.closed).toBe(true);
    await expect(send(Number(url.port), { path: '/' })).rejects.toThrow();
  });

  it('opens the browser by default and uses the default db path', async () => {
    const h = harness();
    const done = h.cmd.run([]);
    await waitFor(() => h.out.find((l) => l.startsWith(RUNNING_PREFIX)));
    expect(h.opened).toHaveLength(1);
    expect(h.opened[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(h.coreOpts()?.dbPath).toBe(join(tmp, 'default', 'profiles', 'default', 'whereabouts.db'));
    h.stop();
    expect(await done).toBe(0);
  });

  it('reports a taken port in one line and closes the core', async () => {
    const first = harness();
    const running = first.cmd.run(['--no-open', '--db', join(tmp, 'a.db')]);
    const line = await waitFor(() => first.out.find((l) => l.startsWith(RUNNING_PREFIX)));
    const port = new URL(line.slice(RUNNING_PREFIX.length)).port;
    const second = harness();
    expect(await second.cmd.run(['--no-open', '--port', port, '--db', join(tmp, 'b.db')])).toBe(1);
    expect(second.err.join('\n')).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(second.core()?.closed).toBe(true);
    first.stop();
    await running;
  });

  it('rejects bad arguments before starting anything', async () => {
    const h = harness();
    await expect(h.cmd.run(['--port', 'abc'])).rejects.toThrow(/whole number/);
    await expect(h.cmd.run(['extra'])).rejects.toThrow(/Unexpected argument/);
    await expect(h.cmd.run(['--host', '0.0.0.0'])).rejects.toThrow(/Unknown option --host/);
    expect(h.core()).toBeNull();
  });
});
