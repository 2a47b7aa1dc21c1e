/**
 * Every case of the hostile corpus (test/hostile/corpus.ts) through the real pipeline, into a
 * profile that already holds an export: a refused input gets one message naming the file and the
 * problem and leaves the database byte-for-byte as it was; an accepted one imports what it can and
 * says what it skipped. Nothing throws, nothing hangs.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/store/db';
import { openDb } from '../../electron/core/store/db';
import { CORPUS } from '../hostile/corpus';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { fingerprint, importInto, tempDir } from './helpers';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = tempDir('wa-hostile-');
  db = openDb(join(dir, 'profile.db'));
  // A profile with data in it: a refusal must leave it exactly as it was.
  const base = join(dir, 'base', 'TikTok_Data_1600000000.zip');
  await writeDeterministicZip(base, [{ path: 'user_data_tiktok.json', content: JSON.stringify({ 'Your Activity': { Searches: { SearchList: [{ Date: '2023-05-05 05:05:05', SearchTerm: 'baseline' }] } } }) }]);
  const r = await importInto(db, [base]);
  expect(r.status, r.message ?? '').toBe('imported');
});
afterAll(() => db.close());

describe('the hostile corpus', () => {
  it('has at least 40 kinds of bad input, each named once', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const caseDir = join(dir, c.id);
    const paths = await c.build(caseDir);
    const before = fingerprint(db);
    const outcome = await importInto(db, paths);
    const message = outcome.message ?? '';
    if (c.expect.outcome === 'refused') {
      expect(outcome.status, `${c.what}: ${message}`).toBe('failed');
      for (const m of c.expect.mentions) expect(message, c.what).toContain(m);
      expect(message.split('\n')).toHaveLength(1);
      expect(message).not.toMatch(/at .*\.(ts|js):\d+|SQLITE_|TypeError|undefined/);
      expect(fingerprint(db), `${c.what}: the database changed on refusal`).toBe(before);
    } else {
      expect(outcome.status, `${c.what}: ${message}`).toBe('imported');
      for (const m of c.expect.mentions ?? []) expect(message, c.what).toContain(m);
      if (c.expect.events !== undefined) {
        const n = db.prepare(`SELECT events FROM sources WHERE id = ?`).pluck().get(outcome.sourceIds[0]) as number;
        expect(n, c.what).toBe(c.expect.events);
      }
    }
  }, 120_000);
});
