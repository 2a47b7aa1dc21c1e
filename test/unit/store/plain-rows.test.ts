/**
 * Plain events and event URL rows go in 16 to a statement with what consecutive rows share bound
 * once (plain-rows.ts). Whatever the runs look like — shapes changing after any number of rows,
 * a null pointer base, bodies, URLs of several hosts and hints, events that name an entity in
 * between — the rows must be exactly the ones written one by one, and with foreign keys on (a
 * second source present) no URL row may go in before its event.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../electron/core/store/db';
import { EventUrlRows, PlainEventRows, ROWS_PER_INSERT } from '../../../electron/core/store/plain-rows';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import type { EventRecord } from '../../../shared/records';
import { createRng } from '../../fixtures/generators/rng';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'wa-plain-')), 'p.db');

function source(db: Db, sha: string): { id: number; member: number } {
  const id = insertSource(db, {
    platform: 'tiktok', format: 'tiktok-test', importer: 'tiktok-test', file: `${sha}.zip`, path: `/${sha}.zip`, bytes: 1,
    sha256: sha, parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
  });
  const member = Number(db.prepare(`INSERT INTO members (source_id, path, bytes, status) VALUES (?, 'a.json', 1, 'unknown')`).run(id).lastInsertRowid);
  return { id, member };
}

describe('PlainEventRows and EventUrlRows', () => {
  it('insert exactly the rows they were given, in runs of any length', () => {
    for (const seed of [1, 2, 3]) {
      const db = openDb(tmpDb());
      const rng = createRng(seed);
      const { id: src, member } = source(db, `s${seed}`);
      const member2 = Number(db.prepare(`INSERT INTO members (source_id, path, bytes, status) VALUES (?, 'b.json', 1, 'unknown')`).run(src).lastInsertRowid);
      const hosts = ['a.example', 'b.example', 'c.example'].map((h) => Number(db.prepare(`INSERT INTO hosts (name) VALUES (?)`).run(h).lastInsertRowid));
      const expected: unknown[][] = [];
      const expectedUrls: unknown[][] = [];
      db.transaction(() => {
        const rows = new PlainEventRows(db, src, 'tiktok');
        const urls = new EventUrlRows(db);
        let shape = { member, base: null as number | null, kind: 'watch', precision: 'second', title: 'Watched a video' };
        let runLeft = 0;
        for (let id = 1; id <= 700; id++) {
          if (runLeft-- <= 0) {
            // Runs of 1 to 40 rows: shorter than, equal to and longer than one statement.
            runLeft = rng.int(0, 39);
            shape = {
              member: rng.chance(0.5) ? member : member2, base: rng.chance(0.3) ? null : rng.int(1, 3),
              kind: rng.pick(['watch', 'like']), precision: rng.pick(['second', 'day']), title: rng.pick(['Watched a video', 'Liked', "it's \"quoted\""]),
            };
          }
          const body = rng.chance(0.2) ? `body ${id}` : null;
          const raw = rng.chance(0.1) ? `{"n":${id}}` : '';
          rows.add(shape.member, shape.base, shape.kind, shape.precision, shape.title, id, `/${id}`, 1_700_000_000_000 + id, '\u0001', body, raw);
          expected.push([id, src, shape.member, `/${id}`, shape.base, 'tiktok', shape.kind, 1_700_000_000_000 + id, '\u0001', shape.precision, shape.title, body, raw]);
          for (let u = rng.int(0, 2); u > 0; u--) {
            const host = rng.pick(hosts);
            const url = rng.chance(0.5) ? '' : `https://x/${id}/${u}`;
            urls.add(host, id, url, null);
            expectedUrls.push([host, id, url, null]);
          }
          if (rows.size === 0) {
            urls.insert(false);
            const waiting = expectedUrls.length - (db.prepare(`SELECT count(*) FROM urls`).pluck().get() as number);
            // What waits is one run too short for a statement of its own.
            expect(waiting).toBeLessThan(ROWS_PER_INSERT);
          }
        }
        rows.flush();
        urls.insert(true);
      })();
      const got = db.prepare(`SELECT id, source_id, member_id, pointer, pointer_base, platform, kind, ts, time_text, precision, title, body, raw FROM events ORDER BY id`).raw().all();
      expect(got).toEqual(expected);
      const gotUrls = db.prepare(`SELECT host_id, event_id, url, path_hint_id FROM urls ORDER BY id`).raw().all();
      expect(gotUrls).toEqual(expectedUrls);
      db.close();
    }
  });

  it('never inserts a URL row before its event, with foreign keys checked', () => {
    const db = openDb(tmpDb());
    source(db, 'other'); // another source: imports keep foreign keys on
    const id = insertSource(db, {
      platform: 'tiktok', format: 'tiktok-test', importer: 'tiktok-test', file: 'x.zip', path: '/x.zip', bytes: 1,
      sha256: 'x', parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
    });
    const writer = new RecordWriter(db, id, 'tiktok', NO_ENRICHMENT);
    writer.addMembers([{ path: 'a.json', bytes: 1 }]);
    const rng = createRng(9);
    const written: { pointer: string; urls: string[] }[] = [];
    db.transaction(() => {
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      for (let i = 0; i < 500; i++) {
        const utc = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
        const urls = Array.from({ length: rng.int(0, 3) }, (_, u) => `https://${rng.pick(['a', 'b'])}.example/v/${i}/${u}`);
        const rec: EventRecord = {
          type: 'event', kind: rng.pick(['watch', 'login']), time: { utc, text: utc, precision: 'second' }, title: rng.pick(['Watched', 'Other']),
          member: 'a.json', pointer: `/List/${i}`, urls, raw: { i },
          // Every so often an event that names an entity: inserted at once, between buffered plain ones.
          ...(rng.chance(0.15) ? { ip: `81.2.69.${i % 250}` } : {}),
        };
        writer.write(rec);
        written.push({ pointer: `/List/${i}`, urls });
        if (i % 97 === 0) writer.endBatch();
      }
      writer.finish();
    })();
    const rows = db
      .prepare(`SELECT e.id, u.id AS uid, h.name FROM events e LEFT JOIN urls u ON u.event_id = e.id LEFT JOIN hosts h ON h.id = u.host_id WHERE e.source_id = ? ORDER BY e.id, u.id`)
      .all(id) as { id: number; uid: number | null; name: string | null }[];
    const hostsByEvent = new Map<number, string[]>();
    for (const r of rows) {
      const list = hostsByEvent.get(r.id) ?? [];
      if (r.name !== null) list.push(r.name);
      hostsByEvent.set(r.id, list);
    }
    expect([...hostsByEvent.values()]).toEqual(written.map((w) => w.urls.map((u) => new URL(u).hostname)));
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    db.close();
  });
});
