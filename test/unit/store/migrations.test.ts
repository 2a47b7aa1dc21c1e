import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, schemaVersion } from '../../../electron/core/store/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/store/schema';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { removeSource } from '../../../electron/core/store/queries/sources';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { dropIndexesForBulk } from '../../../electron/core/store/bulk-indexes';
import type { Db } from '../../../electron/core/store/db';

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

  it('rebuild the full-text index without row sizes and the time index without the id (13), and answer every search the same', () => {
    const words = ['Watched', 'video', 'Login', 'iPhone', 'Berlin', 'café', 'cafe', 'message', 'zzz'];
    const write = (db: Db, sha: string, n: number): number => {
      const id = insertSource(db, {
        platform: 'tiktok', format: 'f', importer: 'i', file: `${sha}.zip`, path: `/${sha}.zip`, bytes: 1, sha256: sha, parts: [],
        parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
      });
      const w = new RecordWriter(db, id, 'tiktok', NO_ENRICHMENT);
      w.addMembers([{ path: 'm.json', bytes: 1 }]);
      db.transaction(() => {
        for (let i = 0; i < n; i++) {
          const utc = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
          w.write({
            type: 'event', kind: i % 3 === 0 ? 'login' : 'watch', time: { utc, text: utc, precision: 'ms' }, member: 'm.json', pointer: `/${i}`, raw: {},
            title: i % 3 === 0 ? `Login from iPhone ${i}` : 'Watched a video', text: i % 5 === 0 ? `in Berlin, café ${i}` : undefined,
          });
        }
        w.finish();
      })();
      return id;
    };
    const hits = (db: Db): number[] => words.map((q) => db.prepare(`SELECT count(*) FROM events_fts WHERE events_fts MATCH ?`).pluck().get(q) as number);
    const path = tmpDb();
    const old = openDb(path, { upTo: 12 });
    write(old, 'a', 300);
    const second = write(old, 'b', 200);
    const before = hits(old);
    expect(old.prepare(`SELECT count(*) FROM events_fts_docsize`).pluck().get()).toBe(500);
    old.close();

    const db = openDb(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(hits(db)).toEqual(before);
    expect(before.filter((n) => n > 0).length).toBeGreaterThan(5);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'events_fts_docsize'`).pluck().get()).toBe(0);
    // The time index holds (ts) alone; pages in (ts, id) order still walk it without a sort.
    expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'events_ts'`).pluck().get()).toBe('CREATE INDEX events_ts ON events (ts)');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE e.ts >= ? ORDER BY e.ts, e.id LIMIT 5`).all(0) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join(' / ')).toMatch(/INDEX events_ts/);
    expect(plan.join(' / ')).not.toMatch(/TEMP B-TREE/);
    // The delete trigger still takes a removed source's words out of the index.
    removeSource(db, second);
    const left = db.prepare(`SELECT count(*) FROM events WHERE title LIKE 'Login%'`).pluck().get() as number;
    expect(db.prepare(`SELECT count(*) FROM events_fts WHERE events_fts MATCH 'Login'`).pluck().get()).toBe(left);
    db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
    // New imports index as before.
    write(db, 'c', 200);
    db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
    expect(db.prepare(`SELECT count(*) FROM events_fts WHERE events_fts MATCH 'Watched'`).pluck().get())
      .toBe(db.prepare(`SELECT count(*) FROM events WHERE title = 'Watched a video'`).pluck().get());
    db.close();
  });

  it('upgrade a profile whose first import was killed with its indexes dropped, and restore them in the new form', () => {
    const indexes = (db: Db): unknown[] => db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();
    const reference = openDb(tmpDb());
    const schemaIndexes = indexes(reference);
    reference.close();
    const path = tmpDb();
    const old = openDb(path, { upTo: 12 });
    old.transaction(() => {
      const id = insertSource(old, {
        platform: 'tiktok', format: 'f', importer: 'i', file: 'a.zip', path: '/a.zip', bytes: 1, sha256: 'a', parts: [],
        parserVersion: '1', importedAt: '2026-01-01T00:00:00Z', staged: true,
      });
      expect(dropIndexesForBulk(old, id)).toBe(true);
      // The import's process is gone (a pid no process has).
      old.prepare(`UPDATE sources SET import_pid = 2147483646 WHERE id = ?`).run(id);
    })();
    expect(old.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'events_ts'`).pluck().get()).toBe(0);
    old.close();

    const db = openDb(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare(`SELECT count(*) FROM sources`).pluck().get()).toBe(0);
    expect(indexes(db)).toEqual(schemaIndexes);
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
