/**
 * `whereabouts erase`: after it, the profile folder holds nothing the app wrote — checked by
 * listing the folder. A real profile (SQLite in WAL mode, a connection still open so -wal/-shm
 * exist, a real import) plus upload copies named as serve and the desktop name them.
 */
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEraseCommand } from '../../../electron/cli/erase-command';
import { openDb } from '../../../electron/core/store/db';
import { writeTikTokZip } from '../../fixtures/generators/tiktok';
import { importInto, tempDir } from '../helpers';
import { listAll } from '../helpers/list-folder';

async function erase(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await createEraseCommand({ out: (l) => out.push(l), err: (l) => err.push(l) }).run(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A used profile: an import, the connection left open (so -wal and -shm exist), two upload copies. */
async function usedProfile(folder: string, dbName = 'whereabouts.db') {
  const dbPath = join(folder, dbName);
  const zip = join(tempDir(), 'TikTok_Data_1700000000.zip');
  await writeTikTokZip(zip, { variant: 'json-2024', seed: 11 });
  const db = openDb(dbPath);
  const outcome = await importInto(db, [zip]);
  expect(outcome.status).toBe('imported');
  for (const name of ['uploads', 'tmp']) {
    mkdirSync(join(folder, name), { recursive: true });
    const copy = mkdtempSync(join(folder, name, 'upload-'));
    writeFileSync(join(copy, 'TikTok_Data_1700000000.zip'), 'a private copy of the export');
  }
  return { dbPath, db };
}

describe('whereabouts erase', () => {
  it('leaves an app profile folder with nothing in it (the folder itself goes too)', async () => {
    const root = tempDir();
    const folder = join(root, 'profiles', 'default');
    const { dbPath, db } = await usedProfile(folder);
    try {
      expect(listAll(folder)).toEqual(expect.arrayContaining(['whereabouts.db', 'whereabouts.db-shm', 'whereabouts.db-wal', 'uploads', 'tmp']));

      const dry = await erase(['--db', dbPath]);
      expect(dry.code).toBe(1);
      expect(dry.err).toContain('run again with --yes');
      expect(listAll(folder)).toContain('whereabouts.db');

      const done = await erase(['--db', dbPath, '--yes']);
      expect(done.code, done.err).toBe(0);
      expect(listAll(folder)).toEqual([]);
      expect(listAll(join(root, 'profiles'))).toEqual([]);
      expect(done.out).not.toContain('Left alone');
    } finally {
      db.close();
    }
  });

  it('in a folder of the person\'s own, removes only what the app wrote and lists the rest', async () => {
    const folder = join(tempDir(), 'Documents');
    mkdirSync(join(folder, 'uploads'), { recursive: true });
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, 'uploads', 'holiday.jpg'), 'mine too');
    const { dbPath, db } = await usedProfile(folder, 'workshop.db');
    db.close();
    const done = await erase(['--db', dbPath, '--yes']);
    expect(done.code, done.err).toBe(0);
    expect(listAll(folder)).toEqual(['notes.txt', 'uploads', 'uploads/holiday.jpg']);
    expect(done.out).toContain(join(folder, 'notes.txt'));
  });

  it('refuses a file that is not a Whereabouts database, and touches nothing', async () => {
    const folder = tempDir();
    const other = join(folder, 'contacts.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE people (name TEXT); INSERT INTO people VALUES (\'x\')');
    db.close();
    writeFileSync(join(folder, 'letter.txt'), 'hello');
    const r1 = await erase(['--db', other, '--yes']);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/not a Whereabouts profile database/);
    const r2 = await erase(['--db', join(folder, 'letter.txt'), '--yes']);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/not a SQLite file/);
    expect(listAll(folder)).toEqual(['contacts.sqlite', 'letter.txt']);
  });
});
