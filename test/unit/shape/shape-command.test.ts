/** `whereabouts shape`: wired into the command table, prints or writes the shape, exit codes. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { runCli } from '../../../electron/cli/run';
import { createShapeCommand } from '../../../electron/cli/shape-command';

const tmp = mkdtempSync(join(tmpdir(), 'shape-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function capture(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

const dir = join(tmp, 'export');
mkdirSync(dir);
writeFileSync(join(dir, 'a.json'), '{"Name": "Mara Lindqvist"}');
const EXPECTED = '\n### a.json (26 bytes)\n{\n  "Name": "<string len 14>"\n}\n';

describe('whereabouts shape', () => {
  it('is in the command table, with a summary for --help', async () => {
    // Imported here: the table pulls in the whole core, which the other cases do not need.
    const { COMMANDS } = await import('../../../electron/cli/commands');
    const io = capture();
    expect(await runCli(['--help'], { commands: COMMANDS, io, version: '1' })).toBe(0);
    expect(io.outText()).toMatch(/\n {2}shape\s+Print the structure of an export, without its values/);
    const usage = capture();
    expect(await runCli(['shape', '--help'], { commands: COMMANDS, io: usage, version: '1' })).toBe(0);
    expect(usage.outText()).toContain('Usage: whereabouts shape <export.zip | folder | part-001.zip part-002.zip>... [--out FILE]');
  });

  it('prints the shape', async () => {
    const io = capture();
    expect(await runCli(['shape', dir], { commands: [createShapeCommand(io)], io, version: '1' })).toBe(0);
    expect(`${io.outText()}\n`).toBe(EXPECTED);
  });

  it('--out writes it to a file and says so on stderr', async () => {
    const io = capture();
    const out = join(tmp, 'shape.txt');
    expect(await runCli(['shape', dir, '--out', out], { commands: [createShapeCommand(io)], io, version: '1' })).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED);
    expect(io.outText()).toBe('');
    expect(io.errText()).toBe(`1 file described in ${out}.`);
  });

  it('exit 2 without an export, 1 for one that cannot be opened', async () => {
    const io = capture();
    expect(await runCli(['shape'], { commands: [createShapeCommand(io)], io, version: '1' })).toBe(2);
    expect(io.errText()).toContain('Give at least one export');
    const missing = capture();
    expect(await runCli(['shape', join(tmp, 'nope.zip')], { commands: [createShapeCommand(missing)], io: missing, version: '1' })).toBe(1);
    expect(missing.errText()).toMatch(/^whereabouts shape: nope\.zip: /);
  });
});
