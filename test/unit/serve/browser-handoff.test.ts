/**
 * `serve` opens the browser without the session token on any command line (argv is readable by
 * every local user through /proc/PID/cmdline): the launcher gets a one-time private page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServeCommand, RUNNING_PREFIX } from '../../../electron/cli/serve-command';
import { prepareHandOff } from '../../../electron/cli/open-browser';
import { fakeCore } from '../shell/fake-core';

const tmp = mkdtempSync(join(tmpdir(), 'wa-handoff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function waitFor<T>(f: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('serve → browser', () => {
  it('gives the launcher a private one-time page, never the token; the page goes when serve stops', async () => {
    const staticDir = join(tmp, 'renderer');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<div></div>');
    const handOffDir = join(tmp, 'handoff');
    mkdirSync(handOffDir);
    const out: string[] = [];
    const launches: { cmd: string; args: string[] }[] = [];
    let stop: (s: string) => void = () => undefined;
    const cmd = createServeCommand({
      createCore: async () => fakeCore(),
      io: { out: (l) => out.push(l), err: () => undefined },
      staticDir,
      handOffDir,
      spawnBrowser: (c, a) => launches.push({ cmd: c, args: a }),
      waitForStop: () => new Promise((r) => (stop = r)),
    });
    const done = cmd.run(['--db', join(tmp, 'p', 'w.db'), '--port', '0']);
    const line = await waitFor(() => out.find((l) => l.startsWith(RUNNING_PREFIX)));
    const url = line.slice(RUNNING_PREFIX.length);
    const token = /#token=(.+)$/.exec(url)![1]!;

    expect(launches).toHaveLength(1);
    const argv = [launches[0]!.cmd, ...launches[0]!.args];
    for (const a of argv) {
      expect(a).not.toContain(token);
      expect(a).not.toContain('token=');
    }
    const target = launches[0]!.args[launches[0]!.args.length - 1]!;
    expect(target.startsWith('file://')).toBe(true);
    const page = fileURLToPath(target);
    expect(dirname(dirname(page))).toBe(handOffDir);
    if (process.platform !== 'win32') {
      expect(statSync(page).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(page)).mode & 0o777).toBe(0o700);
    }
    // The page sends the browser on to the full URL (token in the fragment, never to a server).
    expect(readFileSync(page, 'utf8')).toContain(`url=${url}`);

    stop('SIGINT');
    expect(await done).toBe(0);
    expect(existsSync(page)).toBe(false);
    expect(existsSync(dirname(page))).toBe(false);
  });

  it.each(['linux', 'darwin', 'win32'] as const)('on %s the launcher argv holds only the page path', (platform) => {
    const url = 'http://127.0.0.1:4242/#token=SECRET-TOKEN-0123456789abcdef';
    const h = prepareHandOff(url, tmp, platform);
    try {
      expect(h.launch.cmd).toBe({ linux: 'xdg-open', darwin: 'open', win32: 'explorer.exe' }[platform]);
      expect(JSON.stringify(h.launch)).not.toContain('SECRET-TOKEN');
      expect(readFileSync(h.file, 'utf8')).toContain(url);
    } finally {
      h.remove();
    }
    expect(existsSync(h.file)).toBe(false);
  });

  it('escapes the URL inside the page', () => {
    const h = prepareHandOff('http://127.0.0.1:1/#token="><script>x</script>', tmp, 'linux');
    try {
      expect(readFileSync(h.file, 'utf8')).not.toContain('<script>');
    } finally {
      h.remove();
    }
  });
});
