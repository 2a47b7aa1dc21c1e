import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, schemaVersion } from '../../../electron/core/store/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/store/schema';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'wa-mig-')), 'p.db');

describe('schema migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('migrate an older database file and keep its rows', () => {
    const path = tmpDb();
    const old = openDb(path, { upTo: 1 });
    expect(schemaVersion(old)).toBe(1);
    old.prepare(`INSERT INTO sources (platform, format, importer, file, path, bytes, sha256, parts, parser_version, imported_at)
                 VALUES ('tiktok', 'tiktok-json-2022', 'tiktok-json', 'a.zip', '/a.zip', 10, 'abc', '[]', '1', '2026-01-01T00:00:00Z')`).run();
    old.prepare(`INSERT INTO hosts (name) VALUES ('p16-sign-va.tiktokcdn.com')`).run();
    old.close();

    const db = openDb(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect((db.prepare('SELECT file FROM sources').get() as { file: string }).file).toBe('a.zip');
    // Columns added by migration 2 exist with their defaults on old rows.
    expect(db.prepare('SELECT grade, location_kind FROM hosts').get()).toEqual({ grade: 'G', location_kind: 'none' });
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'findings'`).get()).toBeTruthy();
    db.close();
  });

  it('refuses a database written by a newer version instead of damaging it', () => {
    const path = tmpDb();
    const db = openDb(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDb(path)).toThrow(/newer Whereabouts/);
  });

  it('uses WAL and foreign keys', () => {
    const db = openDb(tmpDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
