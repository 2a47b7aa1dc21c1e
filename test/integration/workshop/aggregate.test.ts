/**
 * `whereabouts aggregate` end to end on real imports: totals equal the generator's own counts, no
 * address, device string, handle or text of the export reaches the file (canaries planted, k = 1
 * so nothing is withheld), k withholds exactly the small cells, and merge sums participants.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAggregateCommand } from '../../../electron/cli/aggregate-command';
import { createAnalyzeCommand } from '../../../electron/cli/analyze-command';
import type { AggregateFile } from '../../../electron/core/aggregate/format';
import { PERSONAS } from '../../../electron/core/personas/catalogue';
import { openDb } from '../../../electron/core/store/db';
import { generateTikTokExport, SEARCH_TOKEN, writeTikTokZip, type GenerateOptions } from '../../fixtures/generators/tiktok';
import { importInto, tempDir } from '../helpers';

async function aggregate(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await createAggregateCommand({ out: (l) => out.push(l), err: (l) => err.push(l) }).run(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CANARY: GenerateOptions = {
  variant: 'json-2024', seed: 4242, adversarial: true,
  persona: { name: 'Canary Quill Person', username: 'canary.quill.7713', email: 'canary.quill@example.com', phone: '+49 555 0177313', bio: 'canary bio text 5521' },
};

/** A profile holding one real import of the canary export; returns its path. */
async function canaryProfile(): Promise<string> {
  const dir = tempDir();
  const zip = join(dir, 'TikTok_Data_1700000000.zip');
  await writeTikTokZip(zip, CANARY);
  const dbPath = join(dir, 'p.db');
  const db = openDb(dbPath);
  try {
    expect((await importInto(db, [zip])).status).toBe('imported');
  } finally {
    db.close();
  }
  return dbPath;
}

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as AggregateFile;
const sumOf = (f: AggregateFile, d: string) => f.cells.filter((c) => c.dimension === d).reduce((n, c) => n + c.records, 0);

describe('whereabouts aggregate', () => {
  let dbPath: string;
  beforeAll(async () => {
    dbPath = await canaryProfile();
  }, 60_000);

  it('with k = 1 carries every category, totals equal to the export, and none of its identifying text', async () => {
    const out = join(tempDir(), 'me.json');
    const r = await aggregate(['--db', dbPath, '--k', '1', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const file = read(out);
    const { expected, model } = generateTikTokExport(CANARY);
    expect(file).toMatchObject({ format: 'whereabouts-aggregate', version: 1, k: 1, participants: 1, synthetic: false });
    expect(sumOf(file, 'sign-in country')).toBe(expected.logins);
    expect(sumOf(file, 'sign-in network kind')).toBe(expected.logins);
    expect(sumOf(file, 'served-from host owner')).toBe(Object.values(expected.hosts).reduce((a, b) => a + b, 0));
    expect(file.cells.filter((c) => c.dimension === 'platform')).toEqual([{ dimension: 'platform', value: 'tiktok', count: 1, records: expected.events + expected.facts }]);
    expect(file.suppressed.every((s) => s.cells === 0)).toBe(true);

    const text = readFileSync(out, 'utf8');
    const canaries = [
      ...model.logins.map((l) => l.ip), ...model.logins.map((l) => l.model), ...model.logins.map((l) => l.system),
      CANARY.persona?.name, CANARY.persona?.username, CANARY.persona?.email, CANARY.persona?.phone, CANARY.persona?.bio,
      ...model.comments.map((c) => c.text), ...model.searches.map((s) => s.term), SEARCH_TOKEN,
      ...model.chats.map((c) => c.partner), ...Object.keys(expected.hosts),
    ].filter((c): c is string => typeof c === 'string' && c.length > 0);
    expect(canaries.length).toBeGreaterThan(40);
    for (const c of canaries) expect(text, c).not.toContain(c);
  });

  it('with k = 5 withholds exactly the cells under 5 records and names none of them', async () => {
    const dir = tempDir();
    await aggregate(['--db', dbPath, '--k', '1', '--out', join(dir, 'all.json')]);
    const r = await aggregate(['--db', dbPath, '--k', '5', '--out', join(dir, 'k5.json')]);
    expect(r.code, r.err).toBe(0);
    const all = read(join(dir, 'all.json'));
    const k5 = read(join(dir, 'k5.json'));
    expect(k5.cells).toEqual(all.cells.filter((c) => c.records >= 5));
    const small = all.cells.filter((c) => c.records < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const s of k5.suppressed) expect(s.cells).toBe(small.filter((c) => c.dimension === s.dimension).length);
    for (const c of small) expect(k5.cells.some((x) => x.dimension === c.dimension && x.value === c.value)).toBe(false);
  });

  it('leaves synthetic sources out unless asked, and marks the file when they are in', async () => {
    const dir = tempDir();
    const p = join(dir, 'persona.db');
    const code = await createAnalyzeCommand({ out: () => undefined, err: () => undefined }).run(['--persona', 'teen-tiktok', '--quiet', '--db', p]);
    expect(code).toBe(0);
    const r = await aggregate(['--db', p, '--k', '2', '--out', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--include-synthetic');
    const r2 = await aggregate(['--db', p, '--k', '2', '--out', join(dir, 'x.json'), '--include-synthetic']);
    expect(r2.code, r2.err).toBe(0);
    expect(read(join(dir, 'x.json')).synthetic).toBe(true);
  });
});

describe('whereabouts aggregate merge', () => {
  it('sums five participants (the personas and the canary), keeping values at least k of them have', async () => {
    const dir = tempDir();
    const files: string[] = [];
    for (const p of PERSONAS) {
      const db = join(dir, `${p.id}.db`);
      expect(await createAnalyzeCommand({ out: () => undefined, err: () => undefined }).run(['--persona', p.id, '--quiet', '--db', db])).toBe(0);
      const f = join(dir, `${p.id}.json`);
      expect((await aggregate(['--db', db, '--k', '2', '--include-synthetic', '--out', f])).code).toBe(0);
      files.push(f);
    }
    const canary = join(dir, 'canary.json');
    expect((await aggregate(['--db', await canaryProfile(), '--k', '2', '--out', canary])).code).toBe(0);
    files.push(canary);

    const out = join(dir, 'group.json');
    const r = await aggregate(['merge', ...files, '--out', out]);
    expect(r.code, r.err).toBe(0);
    const group = read(out);
    const inputs = files.map(read);
    expect(group.participants).toBe(5);
    expect(group.synthetic).toBe(true);
    // Independently: every (dimension, value) with its participant count and record sum.
    const tally = new Map<string, { count: number; records: number }>();
    for (const f of inputs) for (const c of f.cells) {
      const key = `${c.dimension}|${c.value}`;
      const t = tally.get(key) ?? { count: 0, records: 0 };
      tally.set(key, { count: t.count + 1, records: t.records + c.records });
    }
    const kept = [...tally].filter(([, t]) => t.count >= 2);
    expect(group.cells.map((c) => `${c.dimension}|${c.value}|${c.count}|${c.records}`).sort())
      .toEqual(kept.map(([k, t]) => `${k}|${t.count}|${t.records}`).sort());
    expect(group.suppressed.reduce((n, s) => n + s.cells, 0)).toBe(tally.size - kept.length);
    expect(group.suppressed.reduce((n, s) => n + s.inInputs, 0)).toBe(inputs.reduce((n, f) => n + f.suppressed.reduce((m, s) => m + s.cells, 0), 0));
  }, 120_000);

  it('refuses files of another format, version or k with a message naming the file', async () => {
    const dir = tempDir();
    const db = await canaryProfile();
    const a = join(dir, 'anna.json');
    const b = join(dir, 'ben.json');
    await aggregate(['--db', db, '--k', '5', '--out', a]);
    await aggregate(['--db', db, '--k', '3', '--out', b]);
    const r = await aggregate(['merge', a, b, '--out', join(dir, 'g.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('ben.json was made with k = 3, anna.json with k = 5: every summary must use the same k.');
    const v2 = join(dir, 'v2.json');
    writeFileSync(v2, JSON.stringify({ ...read(a), version: 2 }));
    expect((await aggregate(['merge', a, v2, '--out', join(dir, 'g.json')])).err).toMatch(/^v2\.json: summary version 2/);
    const csv = join(dir, 'other.json');
    writeFileSync(csv, JSON.stringify({ format: 'something-else', version: 1 }));
    expect((await aggregate(['merge', a, csv, '--out', join(dir, 'g.json')])).err).toMatch(/^other\.json: not a Whereabouts group summary/);
    expect((await aggregate(['merge', a, a, '--k', '3', '--out', join(dir, 'g.json')])).err).toBe('anna.json was made with k = 5, not the --k 3 asked for.');
  }, 60_000);
});
