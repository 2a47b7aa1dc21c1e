/**
 * `whereabouts serve --persona ID` imports the persona into the profile before the core opens it
 * (so the page starts on loaded data), marked synthetic; an unknown id stops before serving.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServeCommand, RUNNING_PREFIX } from '../../../electron/cli/serve-command';
import { ArgsError } from '../../../electron/cli/args';
import { openDb } from '../../../electron/core/store/db';
import { listSources } from '../../../electron/core/store/queries/sources';
import type { SourceSummary } from '../../../shared/api';
import { fakeCore } from '../../unit/shell/fake-core';
import { tempDir } from '../helpers';

function harness(seen: SourceSummary[][]) {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (s: string) => void = () => undefined;
  const stopped = new Promise<string>((r) => (stop = r));
  const cmd = createServeCommand({
    createCore: async (o) => {
      // What the core finds when it opens the profile.
      const db = openDb(o.dbPath);
      seen.push(listSources(db));
      db.close();
      return fakeCore();
    },
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    staticDir: tempDir(),
    openUrl: () => undefined,
    waitForStop: () => stopped,
  });
  return { cmd, out, err, stop: () => stop('SIGINT') };
}

describe('serve --persona', () => {
  it('imports the persona before the core starts, sources marked synthetic', async () => {
    const seen: SourceSummary[][] = [];
    const h = harness(seen);
    const db = join(tempDir(), 'profiles', 'default', 'whereabouts.db');
    const done = h.cmd.run(['--db', db, '--port', '0', '--no-open', '--persona', 'journalist-x-google']);
    for (let i = 0; i < 500 && !h.out.some((l) => l.startsWith(RUNNING_PREFIX)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(h.out.some((l) => l.startsWith(RUNNING_PREFIX)), h.err.join('\n')).toBe(true);
    h.stop();
    expect(await done).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.map((s) => [s.platform, s.synthetic]).sort()).toEqual([['google', true], ['x', true]]);
  }, 60_000);

  it('refuses an unknown persona before starting anything', async () => {
    const seen: SourceSummary[][] = [];
    const h = harness(seen);
    await expect(h.cmd.run(['--db', join(tempDir(), 'w.db'), '--no-open', '--persona', 'nobody'])).rejects.toBeInstanceOf(ArgsError);
    expect(seen).toEqual([]);
  });
});
