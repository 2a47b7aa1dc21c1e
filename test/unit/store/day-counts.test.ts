/**
 * event_days (per-day counts kept at import) must give exactly the answers that counting rows
 * gives: the same totals, positions, pages and histograms for every filter it is used for, across
 * day edges and before 1970; it must be filled by migration 3 for older profiles and leave with
 * its source.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineFilter } from '../../../shared/api';
import { EVENT_KINDS, type EventKind, type Platform } from '../../../shared/domain';
import { openDb, type Db } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { DAY_MS, DAY_OF_TS_SQL, dayOf, rebuildEventDays } from '../../../electron/core/store/queries/day-counts';
import { removeSource, statsSummary } from '../../../electron/core/store/queries/sources';
import { countEvents, histogram, scanCount, scanHistogram, scanPage, timelinePage } from '../../../electron/core/store/queries/timeline';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { createRng } from '../../fixtures/generators/rng';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'wa-days-')), 'p.db');
const KINDS: EventKind[] = ['login', 'watch', 'like', 'message', 'search'];
const T0 = Date.UTC(2024, 2, 1);

function addSource(db: Db, platform: Platform, sha: string): RecordWriter {
  const id = insertSource(db, {
    platform, format: `${platform}-test`, importer: `${platform}-test`, file: `${sha}.zip`, path: `/${sha}.zip`, bytes: 1,
    sha256: sha, parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
  });
  const writer = new RecordWriter(db, id, platform, NO_ENRICHMENT);
  writer.addMembers([{ path: 'data.json', bytes: 1 }]);
  return writer;
}

/** Times that stress the day arithmetic: midnights, a millisecond either side, 1969, a busy day. */
function times(rng: ReturnType<typeof createRng>, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.1) out.push(T0 + rng.int(0, 20) * DAY_MS + rng.int(-1, 1)); // at or next to midnight
    else if (r < 0.2) out.push(Date.UTC(1969, 11, 20) + rng.int(0, 20 * DAY_MS)); // before 1970
    else if (r < 0.4) out.push(T0 + 5 * DAY_MS + rng.int(0, DAY_MS - 1)); // one busy day
    else out.push(T0 + rng.int(0, 40 * DAY_MS));
  }
  return out;
}

function fill(db: Db, seed: number): void {
  const rng = createRng(seed);
  db.transaction(() => {
    const writers = [addSource(db, 'tiktok', `a${seed}`), addSource(db, 'instagram', `b${seed}`)];
    for (const ts of times(rng, 1500)) {
      const writer = rng.pick(writers);
      const utc = new Date(ts).toISOString();
      writer.write({
        type: 'event', kind: rng.pick(KINDS), time: { utc, text: utc, precision: 'ms' }, title: `event ${ts}`,
        member: 'data.json', pointer: `/${ts}`, raw: {},
      });
    }
    for (const w of writers) w.finish();
  })();
}

function groupedFromEvents(db: Db): unknown[] {
  return db.prepare(`SELECT ${DAY_OF_TS_SQL} AS day, source_id, platform, kind, count(*) AS n FROM events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`).all();
}

function stored(db: Db): unknown[] {
  return db.prepare(`SELECT day, source_id, platform, kind, n FROM event_days ORDER BY 1, 2, 3, 4`).all();
}

describe('event_days', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(tmpDb());
    fill(db, 1);
  });
  afterAll(() => db.close());

  it('holds, per UTC day, source, platform and kind, exactly the events written', () => {
    expect(stored(db)).toEqual(groupedFromEvents(db));
    expect((db.prepare(`SELECT sum(n) AS n FROM event_days`).get() as { n: number }).n).toBe(1500);
    // The SQL day and the JS day agree, also before 1970 and at a millisecond before midnight.
    for (const ts of [-1, 0, -DAY_MS, -DAY_MS - 1, T0 - 1, T0, Date.UTC(1969, 11, 31, 23, 59, 59, 999)]) {
      const sql = (db.prepare(`SELECT ${DAY_OF_TS_SQL} AS d FROM (SELECT ? AS ts)`).get(ts) as { d: number }).d;
      expect(sql).toBe(dayOf(ts));
    }
  });

  it('gives the same totals, histograms and pages as counting rows, for every filter it serves', () => {
    const rng = createRng(7);
    const ids = (db.prepare(`SELECT id FROM sources ORDER BY id`).pluck().all() as number[]);
    const when = (): string | undefined => {
      const r = rng.next();
      if (r < 0.35) return undefined;
      if (r < 0.55) return new Date(T0 + rng.int(-3, 42) * DAY_MS).toISOString(); // a midnight
      if (r < 0.65) return new Date(Date.UTC(1969, 11, 20) + rng.int(0, 30 * DAY_MS)).toISOString();
      return new Date(T0 + rng.int(-3 * DAY_MS, 42 * DAY_MS)).toISOString();
    };
    for (let i = 0; i < 300; i++) {
      const filter: TimelineFilter = { from: when(), to: when() };
      if (rng.chance(0.4)) filter.kinds = KINDS.filter(() => rng.chance(0.4));
      if (rng.chance(0.25)) filter.platforms = [rng.pick(['tiktok', 'instagram', 'x'] as const)];
      if (rng.chance(0.25)) filter.sourceIds = [rng.pick(ids)];
      const label = JSON.stringify(filter);
      expect(countEvents(db, filter), label).toBe(scanCount(db, filter));
      const buckets = rng.pick([1, 7, 40, 200]);
      expect(histogram(db, { filter, buckets }), label).toEqual(scanHistogram(db, { filter, buckets }));
      const limit = rng.int(1, 60);
      const offset = rng.int(0, 1600);
      expect(timelinePage(db, { filter, offset, limit }), `${label} offset ${offset}`).toEqual(scanPage(db, { filter, offset, limit }));
      const at = when() ?? new Date(T0).toISOString();
      expect(timelinePage(db, { filter, at, limit }), `${label} at ${at}`).toEqual(scanPage(db, { filter, at, limit }));
    }
  });

  it('pages through everything in order, page after page', () => {
    const all = scanPage(db, { filter: {}, offset: 0, limit: 1000 }).events.concat(scanPage(db, { filter: {}, offset: 1000, limit: 1000 }).events);
    const seen = [];
    for (let offset = 0; offset < 1500; offset += 97) seen.push(...timelinePage(db, { filter: {}, offset, limit: 97 }).events);
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it('answers the stats summary by kind and platform', () => {
    const byKind: Record<string, number> = {};
    for (const r of db.prepare(`SELECT kind, count(*) AS n FROM events GROUP BY kind`).all() as { kind: string; n: number }[]) byKind[r.kind] = r.n;
    const s = statsSummary(db);
    expect(s.byKind).toEqual(byKind);
    expect(s.total).toBe(1500);
    const span = db.prepare(`SELECT min(ts) AS lo, max(ts) AS hi FROM events WHERE source_id = 2`).get() as { lo: number; hi: number };
    const one = statsSummary(db, [2]);
    expect(one.first).toBe(new Date(span.lo).toISOString().replace('.000Z', 'Z'));
    expect(one.last).toBe(new Date(span.hi).toISOString().replace('.000Z', 'Z'));
    expect(one.byPlatform).toEqual({ instagram: scanCount(db, { sourceIds: [2] }) });
  });

  it('answers from remembered day sums only while the database is unchanged, by this connection or another', () => {
    // The day sums of a filter are kept between calls (8 ms a call at 10 M events): every change
    // must be seen — a source added or removed here, an import committed by another connection.
    const path = tmpDb();
    const here = openDb(path);
    const filters: TimelineFilter[] = [{}, { kinds: ['watch', 'login'] }, { platforms: ['instagram'] }];
    const agree = (label: string): void => {
      for (const filter of filters) {
        expect(countEvents(here, filter), `${label} ${JSON.stringify(filter)}`).toBe(scanCount(here, filter));
        expect(timelinePage(here, { filter, offset: 700, limit: 30 }), label).toEqual(scanPage(here, { filter, offset: 700, limit: 30 }));
      }
    };
    fill(here, 11);
    agree('first import');
    expect(countEvents(here, {})).toBe(1500);
    fill(here, 12);
    agree('second import, same connection');
    expect(countEvents(here, {})).toBe(3000);
    const there = openDb(path);
    fill(there, 13);
    agree('third import, another connection');
    expect(countEvents(here, {})).toBe(4500);
    expect(removeSource(there, 3)).toBe(true);
    agree('a source removed by the other connection');
    expect(removeSource(here, 1)).toBe(true);
    agree('a source removed here');
    there.close();
    here.close();
  });

  it('leaves with its source', () => {
    const other = openDb(tmpDb());
    fill(other, 2);
    expect(removeSource(other, 1)).toBe(true);
    expect(stored(other)).toEqual(groupedFromEvents(other));
    expect((other.prepare(`SELECT count(DISTINCT source_id) AS n FROM event_days`).get() as { n: number }).n).toBe(1);
    other.close();
  });

  it('is filled by migration 3 for a profile written before it, and can be rebuilt', () => {
    const path = tmpDb();
    const old = openDb(path, { upTo: 2 });
    old.exec(`INSERT INTO sources (platform, format, importer, file, path, bytes, sha256, parts, parser_version, imported_at)
              VALUES ('tiktok', 'f', 'i', 'a.zip', '/a.zip', 1, 'old', '[]', '1', '2026-01-01T00:00:00Z');
              INSERT INTO members (source_id, path, bytes, status) VALUES (1, 'm', 1, 'parsed');`);
    const ins = old.prepare(`INSERT INTO events (source_id, member_id, pointer, platform, kind, ts, time_text, precision, title, raw)
                             VALUES (1, 1, '/', 'tiktok', ?, ?, '', 'ms', 't', '{}')`);
    for (const [i, ts] of times(createRng(3), 300).entries()) ins.run(EVENT_KINDS[i % 4]!, ts);
    old.close();
    const db3 = openDb(path);
    expect(stored(db3)).toEqual(groupedFromEvents(db3));
    expect(db3.prepare(`SELECT name FROM sqlite_master WHERE name IN ('events_app', 'events_advertiser') ORDER BY name`).pluck().all()).toEqual(['events_advertiser', 'events_app']);
    db3.exec('DELETE FROM event_days');
    rebuildEventDays(db3);
    expect(stored(db3)).toEqual(groupedFromEvents(db3));
    db3.close();
  });
});
