/**
 * Newest-first pages mirror oldest-first ones on every plan (day counts, search, row scan), and a
 * search also finds the network owner, host (or its owner) and device that an event only refers
 * to. Counts are computed from the written model, never from the code under test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineFilter } from '../../../shared/api';
import { openDb, type Db } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { countEvents, histogram, scanCount, scanPage, timelinePage } from '../../../electron/core/store/queries/timeline';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { tableCsv } from '../../../electron/core/report/csv';
import { createRng } from '../../fixtures/generators/rng';

const N = 600;
/** The model: which events carry which IP, device and URL. */
const ipOf = (i: number): string | undefined => (i % 3 === 0 ? '84.157.23.41' : i % 3 === 1 ? '185.220.101.4' : undefined);
const phoneOf = (i: number): boolean => i % 4 === 0;
const cdnOf = (i: number): boolean => i % 5 === 0;

describe('timeline order and search over owners, hosts and devices', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-order-')), 'p.db'));
    const rng = createRng(9);
    db.transaction(() => {
      const id = insertSource(db, {
        platform: 'tiktok', format: 'f', importer: 'i', file: 'a.zip', path: '/a.zip', bytes: 1, sha256: 's', parts: [],
        parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
      });
      const w = new RecordWriter(db, id, 'tiktok', NO_ENRICHMENT);
      w.addMembers([{ path: 'm.json', bytes: 1 }]);
      for (let i = 0; i < N; i++) {
        const utc = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 300) * 3_600_000).toISOString();
        const ip = ipOf(i);
        w.write({
          type: 'event', kind: 'login', time: { utc, text: utc, precision: 'second' }, title: `Sign-in n${i}${i % 2 ? ' evening' : ''}`,
          member: 'm.json', pointer: `/${i}`, raw: {},
          ...(ip ? { ip } : {}),
          ...(phoneOf(i) ? { device: { model: 'iPhone14,2', system: 'iOS 17.4.1' } } : {}),
          ...(cdnOf(i) ? { urls: [`https://v16-webapp.tiktokcdn-eu.com/video/${i}.mp4`] } : {}),
        });
      }
      w.finish();
    })();
    // Owners come from the network lists in the app; here they are set directly.
    db.prepare(`UPDATE ips SET org = 'Deutsche Telekom AG' WHERE address = '84.157.23.41'`).run();
    db.prepare(`UPDATE ips SET org = 'Tor exit relay operator' WHERE address = '185.220.101.4'`).run();
    db.prepare(`UPDATE hosts SET owner = 'ByteDance'`).run();
  });
  afterAll(() => db.close());

  const count = (pred: (i: number) => boolean): number => Array.from({ length: N }, (_, i) => i).filter(pred).length;

  it('finds events by network owner, device and host or host owner, combined with text words', () => {
    expect(countEvents(db, { q: 'telekom' })).toBe(count((i) => i % 3 === 0));
    expect(countEvents(db, { q: 'iphone' })).toBe(count(phoneOf));
    expect(countEvents(db, { q: 'tiktokcdn' })).toBe(count(cdnOf));
    expect(countEvents(db, { q: 'bytedance' })).toBe(count(cdnOf));
    expect(countEvents(db, { q: 'telekom iphone evening' })).toBe(count((i) => i % 3 === 0 && phoneOf(i) && i % 2 === 1));
    // A word only in the text still goes through the index alone, and finds what it found before.
    expect(countEvents(db, { q: 'evening' })).toBe(N / 2);
    expect(countEvents(db, { q: 'n7' })).toBe(1);
    // Wildcards are literal, and short words match the text only.
    expect(countEvents(db, { q: 'tele%' })).toBe(0);
    expect(countEvents(db, { q: 'AG' })).toBe(0);
    expect(timelinePage(db, { filter: { q: 'telekom' }, offset: 0, limit: 1000 }).events.every((e) => e.ip === '84.157.23.41')).toBe(true);
    expect(histogram(db, { filter: { q: 'iphone' }, buckets: 10 }).total).toBe(count(phoneOf));
  });

  it('pages newest first as the mirror of oldest first, on every plan', () => {
    const filters: TimelineFilter[] = [{}, { q: 'evening' }, { q: 'telekom' }, { flaggedOnly: false, countries: [] }, { kinds: ['login'], q: 'iphone' }];
    for (const filter of filters) {
      const total = scanCount(db, filter);
      const all = scanPage(db, { filter, offset: 0, limit: 1000 }).events.map((e) => e.id).reverse();
      for (const [offset, limit] of [[0, 1], [0, 50], [7, 13], [total - 3, 10], [total, 5]] as const) {
        const page = timelinePage(db, { filter, offset, limit, order: 'newest' });
        expect(page.total, JSON.stringify(filter)).toBe(total);
        expect(page.offset).toBe(offset);
        expect(page.events.map((e) => e.id), `${JSON.stringify(filter)} ${offset}+${limit}`).toEqual(all.slice(offset, offset + limit));
      }
    }
  });

  it('adds the times in the display zone to the timeline CSV, labelled; refuses an unknown zone', () => {
    const plain = tableCsv(db, 'timeline', {}, undefined, []).csv.split('\r\n');
    expect(plain[0]).toBe('time_utc,time_original,platform,kind,title,ip,country,device,counterpart,flagged,event_id');
    const tokyo = tableCsv(db, 'timeline', {}, undefined, [], 'Asia/Tokyo').csv.split('\r\n').filter((l) => l !== '');
    expect(tokyo[0]).toBe(`${plain[0]},time_in_zone,zone`);
    expect(tokyo).toHaveLength(N + 1);
    for (const line of tokyo.slice(1, 50)) {
      const cells = line.split(',');
      const utc = Date.parse(cells[0]!);
      const local = new Date(utc + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
      expect(cells.slice(-2)).toEqual([local, 'Asia/Tokyo']);
    }
    expect(() => tableCsv(db, 'timeline', {}, undefined, [], 'Mars/Olympus')).toThrow(/not a time zone name/);
  });

  it('places `at` on the newest event at or before it, newest first', () => {
    const rows = scanPage(db, { filter: {}, offset: 0, limit: 1000 }).events.reverse();
    const at = rows[100]!.time!;
    const page = timelinePage(db, { filter: {}, at, limit: 5, order: 'newest' });
    const expected = rows.findIndex((r) => Date.parse(r.time!) <= Date.parse(at));
    expect(page.offset).toBe(expected);
    expect(page.events[0]!.id).toBe(rows[expected]!.id);
    // Before every event: the oldest one; after every event: the newest.
    expect(timelinePage(db, { filter: {}, at: '2020-01-01T00:00:00Z', limit: 1, order: 'newest' }).offset).toBe(N - 1);
    expect(timelinePage(db, { filter: {}, at: '2030-01-01T00:00:00Z', limit: 1, order: 'newest' }).offset).toBe(0);
  });
});
