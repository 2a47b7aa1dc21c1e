/**
 * Staged commits (schema migration 10): an import commits in batches under a source that no
 * query shows until its last transaction; a process killed half-way (SIGKILL) leaves only
 * invisible rows, which the next open removes, restoring the database exactly.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../electron/core/importers/registry';
import type { Importer } from '../../electron/core/importers/types';
import { openDb, type Db } from '../../electron/core/store/db';
import { listIps } from '../../electron/core/store/queries/access';
import { listSources, statsSummary } from '../../electron/core/store/queries/sources';
import { countEvents, histogram, timelinePage } from '../../electron/core/store/queries/timeline';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { fingerprint, importInto, tempDir } from './helpers';
import { BATCH, HANG_AFTER } from './staged/constants';

/** Runs `check` once, right after the importer has handed over `after` records. */
function pausing(after: number, check: () => void): Importer[] {
  return IMPORTERS.map((inner) => ({
    ...inner,
    recognise: (inv, peek) => inner.recognise(inv, peek),
    catalogue: (format) => inner.catalogue(format),
    // The wrapped per-record import is what runs (readArchive prefers importBatches when present).
    importBatches: undefined,
    async *import(ctx) {
      let n = 0;
      for await (const rec of inner.import(ctx)) {
        yield rec;
        if (++n === after) check();
      }
    },
  }));
}

/** What a person can see: sources, counts, the first page, the histogram, the IP ledger. */
function visible(db: Db): string {
  return JSON.stringify({
    sources: listSources(db).map((s) => [s.id, s.events, s.facts]),
    stats: statsSummary(db),
    count: countEvents(db, {}),
    search: countEvents(db, { q: 'the' }),
    page: timelinePage(db, { filter: {}, limit: 50 }).events.map((e) => e.id),
    histogram: histogram(db, { filter: {}, buckets: 20 }).counts,
    ips: listIps(db).map((i) => [i.ip, i.count]),
  });
}

describe('staged imports', () => {
  const dir = tempDir();
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = join(dir, 'TikTok_Data_0.zip');
    second = join(dir, 'TikTok_Data_1.zip');
    await writeTikTokZip(first, { variant: 'json-2022', seed: 4 });
    await writeTikTokZip(second, { variant: 'json-2024', seed: 3 });
  });

  it('shows nothing of an import until its last transaction, though its batches are committed', async () => {
    const path = join(dir, 'visible.db');
    const db = openDb(path);
    expect((await importInto(db, [first])).status).toBe('imported');
    const before = visible(db);
    const reader = openDb(path); // a second connection, as the UI reads while the worker writes
    let during: string | null = null;
    let committed = 0;
    const outcome = await importInto(db, [second], {
      batchRecords: BATCH,
      importers: pausing(HANG_AFTER, () => {
        during = visible(reader);
        committed = reader.prepare(`SELECT (SELECT count(*) FROM events WHERE source_id = ?) + (SELECT count(*) FROM facts WHERE source_id = ?)`)
          .pluck().get(2, 2) as number;
      }),
    });
    expect(outcome.status).toBe('imported');
    // Three batches of 10 records (events and facts) were committed when the reader looked: they exist, and none shows.
    expect(committed).toBe(Math.floor(HANG_AFTER / BATCH) * BATCH);
    expect(during).toBe(before);
    expect(visible(reader)).not.toBe(before);
    expect(listSources(reader)).toHaveLength(2);
    reader.close();
    db.close();
  });

  it('after kill -9 half-way, the next open removes the unfinished import and the database is as before', async () => {
    const path = join(dir, 'killed.db');
    const db = openDb(path);
    expect((await importInto(db, [first])).status).toBe('imported');
    const before = fingerprint(db);
    db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'staged', 'import-then-hang.ts'), path, second], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('committed')) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited early: ${err}`)));
    });
    // Its batches are on disk, under a source that is still 'importing'.
    const peek = openDb(path, { readonly: true });
    const staged = peek.prepare(`SELECT id, import_pid FROM sources WHERE state = 'importing'`).all() as { id: number; import_pid: number }[];
    expect(staged).toEqual([{ id: 2, import_pid: child.pid }]);
    expect(peek.prepare(`SELECT (SELECT count(*) FROM events WHERE source_id = 2) + (SELECT count(*) FROM facts WHERE source_id = 2)`).pluck().get())
      .toBe(Math.floor(HANG_AFTER / BATCH) * BATCH);
    expect(listSources(peek)).toHaveLength(1);
    peek.close();

    child.kill('SIGKILL');
    const [, signal] = (await once(child, 'exit')) as [number | null, string | null];
    expect(signal).toBe('SIGKILL');

    const after = openDb(path); // the next start: cleans up the dead process's import
    expect(after.prepare(`SELECT count(*) FROM sources WHERE state <> 'complete'`).pluck().get()).toBe(0);
    expect(fingerprint(after)).toBe(before);
    expect((await importInto(after, [second])).status).toBe('imported');
    after.close();
  }, 60_000);

  it('a first import killed half-way (built without indexes) leaves an empty profile with every index back', async () => {
    const path = join(dir, 'killed-first.db');
    const fresh = openDb(path);
    const before = fingerprint(fresh);
    const indexes = (db: Db) => db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();
    const schemaIndexes = indexes(fresh);
    fresh.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'staged', 'import-then-hang.ts'), path, second], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('committed')) resolve();
      });
      child.on('exit', () => reject(new Error('child exited early')));
    });
    const peek = openDb(path, { readonly: true });
    // The first import into an empty profile writes without the events' secondary indexes.
    expect(indexes(peek).length).toBeLessThan(schemaIndexes.length);
    peek.close();
    child.kill('SIGKILL');
    await once(child, 'exit');

    const after = openDb(path);
    expect(indexes(after)).toEqual(schemaIndexes);
    expect(fingerprint(after)).toBe(before);
    after.close();
  }, 60_000);

  it('a first import ends with exactly the schema\'s indexes, and queries that use them agree', async () => {
    const path = join(dir, 'first.db');
    const db = openDb(path);
    const schemaIndexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();
    expect((await importInto(db, [second], { batchRecords: BATCH })).status).toBe('imported');
    expect(db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all()).toEqual(schemaIndexes);
    expect(db.prepare(`SELECT count(*) FROM meta WHERE key LIKE 'bulk-%'`).pluck().get()).toBe(0);
    expect(db.prepare(`PRAGMA integrity_check`).pluck().get()).toBe('ok');
    expect(countEvents(db, {})).toBe(db.prepare(`SELECT count(*) FROM events`).pluck().get());
    db.close();
  });
});
