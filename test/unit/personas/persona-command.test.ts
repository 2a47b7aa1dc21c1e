/** `whereabouts persona list` and the catalogue's promises; persona paths resolve or say why not. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPersonaCommand } from '../../../electron/cli/persona-command';
import { ArgsError } from '../../../electron/cli/args';
import { PERSONAS } from '../../../electron/core/personas/catalogue';
import { PersonaError, personaPaths } from '../../../electron/core/personas/paths';
import { PLATFORMS } from '../../../shared/domain';

function run(argv: string[]) {
  const out: string[] = [];
  const cmd = createPersonaCommand({ out: (l) => out.push(l), err: () => undefined });
  return { done: cmd.run(argv), out };
}

describe('persona catalogue', () => {
  it('has at least four people with unique ids, a story, and platforms that match their exports', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
    for (const p of PERSONAS) {
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
      expect(p.story.length).toBeGreaterThan(100);
      expect([...new Set(p.exports.map((e) => e.platform))].sort()).toEqual([...p.platforms].sort());
      for (const pl of p.platforms) expect(PLATFORMS).toContain(pl);
    }
  });
});

describe('whereabouts persona list', () => {
  it('--json prints exactly [{id, name, platforms, story}] in catalogue order', async () => {
    const r = run(['list', '--json']);
    expect(await r.done).toBe(0);
    const list = JSON.parse(r.out.join('\n')) as Record<string, unknown>[];
    expect(list).toEqual(PERSONAS.map((p) => ({ id: p.id, name: p.name, platforms: p.platforms, story: p.story })));
    for (const item of list) expect(Object.keys(item).sort()).toEqual(['id', 'name', 'platforms', 'story']);
  });

  it('prints a readable list naming every persona and how to load one', async () => {
    const r = run(['list']);
    expect(await r.done).toBe(0);
    const text = r.out.join('\n');
    for (const p of PERSONAS) expect(text).toContain(`${p.id}  —  ${p.name}  (${p.platforms.join(', ')})`);
    expect(text).toContain('--persona ID');
  });

  it('refuses anything but list', async () => {
    await expect(run([]).done).rejects.toBeInstanceOf(ArgsError);
    await expect(run(['show']).done).rejects.toThrow(/only one is list/);
  });
});

describe('personaPaths', () => {
  it('names the known ids for an unknown one, and says to build when files are missing', () => {
    const res = mkdtempSync(join(tmpdir(), 'wa-persona-'));
    expect(() => personaPaths(res, 'nobody')).toThrow(/No persona "nobody". Known personas: teen-tiktok, /);
    expect(() => personaPaths(res, 'teen-tiktok')).toThrow(PersonaError);
    expect(() => personaPaths(res, 'teen-tiktok')).toThrow(/npm run build/);
    const p = PERSONAS.find((x) => x.id === 'journalist-x-google');
    if (!p) throw new Error('journalist persona missing');
    mkdirSync(join(res, 'personas', p.id), { recursive: true });
    for (const e of p.exports) for (const f of e.files) writeFileSync(join(res, 'personas', p.id, f), 'x');
    expect(personaPaths(res, p.id).map((x) => x.slice(res.length))).toEqual([
      `/personas/${p.id}/${p.exports[0]?.files[0]}`,
      `/personas/${p.id}/takeout-20250601T101010Z-001.zip`,
      `/personas/${p.id}/takeout-20250601T101010Z-002.zip`,
    ]);
  });
});
