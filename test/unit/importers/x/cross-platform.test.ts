/**
 * One person, three exports, one store: the TikTok sample generator, the Google and the X
 * generators all give Mara's home address 84.157.23.41, so after importing the three through the
 * real pipeline (archive → importer → store → evidence) that one IP has three sources — and each
 * generated archive imports whole, with exact counts and no coverage errors.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../../electron/core/store/db';
import { writeGoogleZip, type ImportCounts } from '../../../fixtures/generators/google';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { writeXZip, X_SHARED_TIKTOK_IP } from '../../../fixtures/generators/x';
import { importInto, tempDir } from '../../../integration/helpers';

describe('one IP, several sources', () => {
  const dir = tempDir('wa-cross-');
  let db: Db;
  const expected: Record<string, ImportCounts> = {};
  const sourceOf: Record<string, number> = {};

  beforeAll(async () => {
    db = openDb(join(dir, 'cross.db'));
    const tiktok = join(dir, 'TikTok_Data.zip');
    const google = join(dir, 'takeout-20250601T101010Z-001.zip');
    const x = join(dir, 'twitter-2024-11-29-abc.zip');
    await writeTikTokZip(tiktok, { variant: 'json-2024', seed: 7 });
    expected.google = await writeGoogleZip(google, { variant: 'en', seed: 7 });
    expected.x = await writeXZip(x, { variant: 'current', seed: 7 });
    for (const [name, path] of [['tiktok', tiktok], ['google', google], ['x', x]] as const) {
      const outcome = await importInto(db, [path]);
      expect(outcome.message, name).toBeNull();
      expect(outcome.status, name).toBe('imported');
      sourceOf[name] = outcome.sourceIds[0] as number;
    }
  }, 60_000);
  afterAll(() => {
    db?.close();
  });

  it('84.157.23.41 is one IP row with logins from TikTok, Google and X', () => {
    const rows = db.prepare(`
      SELECT s.platform AS platform, COUNT(*) AS n FROM events e
      JOIN ips i ON i.id = e.ip_id JOIN sources s ON s.id = e.source_id
      WHERE i.address = ? GROUP BY s.platform ORDER BY s.platform`).all(X_SHARED_TIKTOK_IP) as { platform: string; n: number }[];
    expect(rows.map((r) => r.platform)).toEqual(['google', 'tiktok', 'x']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ips WHERE address = ?').get(X_SHARED_TIKTOK_IP)).toEqual({ n: 1 });
  });

  it.each(['google', 'x'])('%s: the store holds exactly the generated events and facts, and coverage has no errors', (name) => {
    const id = sourceOf[name];
    const want = expected[name] as ImportCounts;
    const source = db.prepare('SELECT platform, events, facts FROM sources WHERE id = ?').get(id) as { platform: string; events: number; facts: number };
    expect(source).toEqual({ platform: name, events: want.events, facts: want.facts });
    const kinds = db.prepare('SELECT kind, COUNT(*) AS n FROM events WHERE source_id = ? GROUP BY kind').all(id) as { kind: string; n: number }[];
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual(want.byKind);
    const errors = db.prepare(`SELECT path, note FROM members WHERE source_id = ? AND status IN ('error', 'missing')`).all(id);
    expect(errors).toEqual([]);
  });
});
