/**
 * Disk full during an import, on a real size-limited filesystem (a tmpfs; mounting one needs root
 * on Linux, elsewhere the test is skipped with that reason in its name). The import must say the
 * disk is full, the database must stay intact with the same content, and the WAL must not be
 * left holding the failed import's pages.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../electron/core/store/db';
import { writeTikTokZip, writeTikTokJsonStream } from '../../fixtures/generators/tiktok';
import { fingerprint, importInto, tempDir } from '../helpers';
import { mountTmpfs, TMPFS_SKIP, type Mounted } from './tmpfs';

const dir = tempDir('wa-diskfull-');
const small = join(dir, 'small');
mkdirSync(small);
const mounted: Mounted | null = mountTmpfs(small, '3m');

describe.skipIf(mounted === null)(`disk full during an import${mounted === null ? ` (${TMPFS_SKIP})` : ''}`, () => {
  const dbPath = join(small, 'p.db');
  let db: Db;
  let baseline: string;
  let big: string;

  beforeAll(async () => {
    const first = join(dir, 'TikTok_Data_0.zip');
    await writeTikTokZip(first, { variant: 'json-2022', seed: 4 });
    big = join(dir, 'TikTok_Big');
    // Far more than 3 MB of rows and index: the disk fills part-way through.
    await writeTikTokJsonStream(join(big, 'user_data_tiktok.json'), { events: 60_000, seed: 9 });
    db = openDb(dbPath);
    expect((await importInto(db, [first])).status).toBe('imported');
    db.pragma('wal_checkpoint(TRUNCATE)');
    baseline = fingerprint(db);
  }, 120_000);

  afterAll(() => {
    db?.close();
    mounted?.unmount();
  });

  it('says the disk is full, keeps the database intact and unchanged, and truncates the WAL', async () => {
    const outcome = await importInto(db, [big]);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/disk is full/);
    expect(outcome.message).not.toMatch(/no transaction is active|SQLITE/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fingerprint(db)).toBe(baseline);
    const wal = `${dbPath}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    // And it is still usable: a reopen sees the same content.
    db.close();
    db = openDb(dbPath);
    expect(fingerprint(db)).toBe(baseline);
  }, 120_000);
});
