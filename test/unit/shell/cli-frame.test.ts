import { describe, expect, it } from 'vitest';
import { ArgsError } from '../../../electron/cli/args';
import type { CliIo, Command } from '../../../electron/cli/command';
import { runCli } from '../../../electron/cli/run';
import { ArchiveError } from '../../../electron/core/archive/types';
import { ApiError, INTERNAL_MESSAGE } from '../../../shared/errors';

function capture(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

const seen: string[][] = [];
const commands: Command[] = [
  { name: 'echo', summary: 'Echo arguments', usage: 'Usage: whereabouts echo [ARGS]', run: async (argv) => (seen.push(argv), 0) },
  { name: 'fail', summary: 'Fails', usage: 'Usage: whereabouts fail', run: async () => { throw new Error('it broke'); } },
  { name: 'bad', summary: 'Bad usage', usage: 'Usage: whereabouts bad', run: async () => { throw new ArgsError('Unknown option --x.'); } },
];

describe('CLI frame', () => {
  it('--help lists every command; no arguments too', async () => {
    for (const argv of [['--help'], ['-h'], []]) {
      const io = capture();
      expect(await runCli(argv, { commands, io, version: '1.2.3' })).toBe(0);
      expect(io.outText()).toContain('Whereabouts 1.2.3');
      expect(io.outText()).toMatch(/echo\s+Echo arguments/);
      expect(io.outText()).toMatch(/fail\s+Fails/);
    }
  });

  it('--version prints the version alone', async () => {
    const io = capture();
    expect(await runCli(['--version'], { commands, io, version: '1.2.3' })).toBe(0);
    expect(io.outText()).toBe('1.2.3');
  });

  it('<command> --help and help <command> print its usage without running it', async () => {
    seen.length = 0;
    for (const argv of [['echo', '--help'], ['help', 'echo'], ['echo', 'x', '-h']]) {
      const io = capture();
      expect(await runCli(argv, { commands, io, version: '1' })).toBe(0);
      expect(io.outText()).toBe('Usage: whereabouts echo [ARGS]');
    }
    expect(seen).toEqual([]);
    const io = capture();
    await runCli(['echo', '--', '--help'], { commands, io, version: '1' });
    expect(seen).toEqual([['--', '--help']]);
  });

  it('runs the command with the rest of argv', async () => {
    seen.length = 0;
    expect(await runCli(['echo', 'a', '--b'], { commands, io: capture(), version: '1' })).toBe(0);
    expect(seen).toEqual([['a', '--b']]);
  });

  it('exit codes: 2 unknown command / usage error, 1 failure', async () => {
    const io = capture();
    expect(await runCli(['nope'], { commands, io, version: '1' })).toBe(2);
    expect(io.errText()).toContain('Unknown command "nope"');
    const io2 = capture();
    expect(await runCli(['bad'], { commands, io: io2, version: '1' })).toBe(2);
    expect(io2.errText()).toContain('whereabouts bad: Unknown option --x.');
    const io3 = capture();
    expect(await runCli(['fail'], { commands, io: io3, version: '1' })).toBe(1);
    expect(io3.errText()).toBe('whereabouts fail: Something went wrong inside Whereabouts. (it broke)');
  });

  it('prints the error envelope: a deliberate message as is, and with --json the envelope on stdout', async () => {
    const failing = (err: unknown): Command[] => [{ name: 'x', summary: '', usage: '', run: async () => { throw err; } }];
    const io = capture();
    expect(await runCli(['x', '--json'], { commands: failing(new ApiError('busy', 'An import is running.')), io, version: '1' })).toBe(1);
    expect(io.errText()).toBe('whereabouts x: An import is running.');
    expect(JSON.parse(io.outText())).toEqual({ error: { code: 'busy', message: 'An import is running.' } });
    const io2 = capture();
    await runCli(['x', '--json'], { commands: failing(new ArchiveError('not-an-archive', 'notes.txt', 'not a zip file or a folder')), io: io2, version: '1' });
    expect(JSON.parse(io2.outText())).toEqual({ error: { code: 'not-an-export', message: 'notes.txt: not a zip file or a folder', detail: { file: 'notes.txt' } } });
    const io3 = capture();
    await runCli(['x', '--json'], { commands: failing(new TypeError('q.split is not a function')), io: io3, version: '1' });
    expect(JSON.parse(io3.outText())).toEqual({ error: { code: 'internal', message: INTERNAL_MESSAGE } });
  });

  it('the real table has serve and the version is package.json\'s', async () => {
    const { readFileSync } = await import('node:fs');
    const { VERSION } = await import('../../../electron/core/version');
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
