/**
 * `whereabouts profile list|create|erase` and `--profile NAME` on the commands that take `--db`
 * (analyze, aggregate, letter, erase, report, serve): real commands in this process, a real data
 * folder (XDG_DATA_HOME pointed at a temp folder, as the app and the e2e harness use it), real
 * SQLite files and the built persona zips. The erase checks list the folder afterwards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgsError } from '../../../electron/cli/args';
import { createAggregateCommand } from '../../../electron/cli/aggregate-command';
import { createAnalyzeCommand } from '../../../electron/cli/analyze-command';
import type { CliIo, Command } from '../../../electron/cli/command';
import { createEraseCommand } from '../../../electron/cli/erase-command';
import { createLetterCommand } from '../../../electron/cli/letter-command';
import { createProfileCommand } from '../../../electron/cli/profile-command';
import { createReportCommand } from '../../../electron/cli/report-command';
import { createServeCommand } from '../../../electron/cli/serve-command';
import { createCore } from '../../../electron/core/api/core';
import type { Core, CoreOptions } from '../../../electron/core/api/types';
import { personaPaths } from '../../../electron/core/personas/paths';
import { defaultResourcesDir } from '../../../electron/core/resources';
import { tempDir } from '../helpers';

let built = true;
try {
  personaPaths(defaultResourcesDir(), 'teen-tiktok');
} catch {
  built = false;
  console.warn('cli/profile.test: SKIPPED, the personas are not built (npm run build).');
}

const home = tempDir('wa-cli-prof-');
const profiles = join(home, 'Whereabouts', 'profiles');
const saved = process.env.XDG_DATA_HOME;
beforeAll(() => {
  process.env.XDG_DATA_HOME = home;
});
afterAll(() => {
  if (saved === undefined) delete process.env.XDG_DATA_HOME;
  else process.env.XDG_DATA_HOME = saved;
});

async function run(make: (io: CliIo) => Command, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await make({ out: (l) => out.push(l), err: (l) => err.push(l) }).run(args);
  } catch (e) {
    // The CLI frame (run.ts) turns ArgsError into exit 2.
    if (!(e instanceof ArgsError)) throw e;
    err.push(e.message);
    code = 2;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const profile = (args: string[]) => run((io) => createProfileCommand(io), args);

describe.skipIf(!built)('whereabouts profile and --profile', () => {
  it('creates profiles, loads one with analyze --profile, lists them with counts', async () => {
    expect(await profile(['list'])).toMatchObject({ code: 0, out: `No profiles yet in ${profiles}.` });
    expect(await profile(['create', 'anna'])).toMatchObject({ code: 0, out: `Created profile "anna": ${join(profiles, 'anna', 'whereabouts.db')}` });
    expect((await profile(['create', 'ben'])).code).toBe(0);
    expect(await profile(['create', 'anna'])).toMatchObject({ code: 1, err: 'A profile named "anna" already exists.' });
    // Names that would leave the profiles folder are usage errors, and create nothing.
    for (const bad of ['../x', 'a/b', 'Anna', '..']) expect((await profile(['create', bad])).code).toBe(2);
    expect(readdirSync(profiles).sort()).toEqual(['anna', 'ben']);

    const analyzed = await run((io) => createAnalyzeCommand(io), ['--profile', 'anna', '--persona', 'teen-tiktok', '--json', '--quiet']);
    expect(analyzed.code).toBe(0);
    const doc = JSON.parse(analyzed.out) as { sources: { synthetic: boolean; events: number }[] };
    expect(doc.sources.map((s) => s.synthetic)).toEqual([true]);
    const events = doc.sources[0]!.events;

    const listed = await profile(['list', '--json']);
    expect(listed.code).toBe(0);
    const entries = JSON.parse(listed.out) as { name: string; path: string; sources: number; events: number; syntheticOnly: boolean; dbBytes: number }[];
    expect(entries.map(({ name, path, sources, events: e, syntheticOnly }) => ({ name, path, sources, events: e, syntheticOnly }))).toEqual([
      { name: 'anna', path: join(profiles, 'anna', 'whereabouts.db'), sources: 1, events, syntheticOnly: true },
      { name: 'ben', path: join(profiles, 'ben', 'whereabouts.db'), sources: 0, events: 0, syntheticOnly: false },
    ]);
    expect((await profile(['list'])).out).toContain(`anna  1 source(s), ${events} event(s)`);
    // Listing leaves no -wal/-shm behind in the profiles it read.
    expect(readdirSync(join(profiles, 'anna'))).toEqual(['whereabouts.db']);
    expect(readdirSync(join(profiles, 'ben'))).toEqual(['whereabouts.db']);
  }, 120_000);

  it('aggregate, letter and report take --profile', async () => {
    const out = join(home, 'anna.json');
    expect((await run((io) => createAggregateCommand(io), ['--profile', 'anna', '--k', '1', '--include-synthetic', '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'whereabouts-aggregate', participants: 1, synthetic: true });
    // Only persona data in anna: without --include-synthetic there is nothing to summarise.
    expect((await run((io) => createAggregateCommand(io), ['--profile', 'anna', '--k', '1', '--out', out])).code).toBe(1);

    const letter = await run((io) => createLetterCommand(io), ['tiktok', '--profile', 'anna']);
    expect(letter.code).toBe(0);
    expect(letter.out).toMatch(/^\[SAMPLE/);
    // ben has no TikTok export: the general request, said on stderr.
    expect((await run((io) => createLetterCommand(io), ['tiktok', '--profile', 'ben'])).err).toBe('No TikTok export in this profile: writing a general request.');

    const html = join(home, 'r.json');
    const report = await run((io) => createReportCommand(io), ['--profile', 'anna', '--persona', 'teen-tiktok', '--template', 'no-datacenter-logins', '--out', html, '--quiet']);
    expect(report.code, report.err).toBe(0);
    expect(existsSync(html)).toBe(true);

    for (const make of [createAggregateCommand, createLetterCommand, createEraseCommand, createAnalyzeCommand] as ((io: CliIo) => Command)[]) {
      const args = make === createLetterCommand ? ['tiktok'] : make === createAggregateCommand ? ['--k', '1', '--out', out] : [];
      expect((await run(make, [...args, '--profile', '../etc'])).code).toBe(2);
      expect((await run(make, [...args, '--profile', 'anna', '--db', join(home, 'x.db')])).code).toBe(2);
    }
  }, 120_000);

  it('serve --profile opens that profile with switching on; serve --db has none', async () => {
    const seen: CoreOptions[] = [];
    let lists: unknown[] = [];
    let core: Core | null = null;
    const serve = (args: string[]) => run((io) => createServeCommand({
      io,
      createCore: async (o) => {
        seen.push(o);
        core = await createCore({ ...o, inProcess: true });
        return core;
      },
      staticDir: home,
      openUrl: () => undefined,
      waitForStop: async () => {
        lists = [await core!.handlers['profiles.list']({}), (await core!.handlers['profile.info']({})).profile];
        return 'test';
      },
    }), args);
    expect((await serve(['--profile', 'ben', '--no-open'])).code).toBe(0);
    expect(seen[0]).toMatchObject({ dbPath: join(profiles, 'ben', 'whereabouts.db'), profilesDir: profiles, tempDir: join(profiles, 'ben', 'uploads') });
    expect(lists).toEqual([expect.objectContaining({ current: 'ben', switchable: true }), 'ben']);
    expect((await serve(['--db', join(home, 'own.db'), '--no-open'])).code).toBe(0);
    expect(seen[1]!.profilesDir).toBeUndefined();
    expect(lists).toEqual([{ current: null, profiles: [], switchable: false }, null]);
    expect((await serve(['--profile', 'x/../..', '--no-open'])).code).toBe(2);
  }, 120_000);

  it('profile erase lists without --yes and, with it, leaves nothing of the profile', async () => {
    const dry = await profile(['erase', 'anna']);
    expect(dry.code).toBe(1);
    expect(dry.err).toContain(join(profiles, 'anna', 'whereabouts.db'));
    expect(dry.err).toContain('Nothing was removed');
    expect(existsSync(join(profiles, 'anna', 'whereabouts.db'))).toBe(true);
    // The dry run (and the check that it is a profile at all) left nothing of its own there.
    expect(readdirSync(join(profiles, 'anna'))).toEqual(['whereabouts.db']);

    const gone = await profile(['erase', 'anna', '--yes']);
    expect(gone.code).toBe(0);
    expect(gone.out).toContain(join(profiles, 'anna'));
    expect(readdirSync(profiles)).toEqual(['ben']);
    expect(await profile(['erase', 'anna', '--yes'])).toMatchObject({ code: 1, err: `No profile named "anna" in ${profiles}.` });

    // erase --profile is the same erase.
    expect((await run((io) => createEraseCommand(io), ['--profile', 'ben', '--yes'])).code).toBe(0);
    expect(readdirSync(profiles)).toEqual([]);
    expect(await profile(['list', '--json'])).toMatchObject({ code: 0, out: '[]' });
  }, 60_000);
});
