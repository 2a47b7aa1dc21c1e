/**
 * A search on its own is counted in the FTS index and paged by one of two plans (look up every
 * hit, or walk the time index); both must give exactly what counting and skipping rows gives.
 * With 1,500 events, the frequent word (half the events) is always walked and the rare one
 * (1 %) is walked only for the first few rows and looked up after, so both plans run here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { countEvents, scanCount, scanPage, timelinePage } from '../../../electron/core/store/queries/timeline';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { createRng } from '../../fixtures/generators/rng';

describe('search paging', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-search-')), 'p.db'));
    const rng = createRng(5);
    db.transaction(() => {
      const id = insertSource(db, {
        platform: 'tiktok', format: 'f', importer: 'i', file: 'a.zip', path: '/a.zip', bytes: 1, sha256: 's', parts: [],
        parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
      });
      const w = new RecordWriter(db, id, 'tiktok', NO_ENRICHMENT);
      w.addMembers([{ path: 'm.json', bytes: 1 }]);
      for (let i = 0; i < 1500; i++) {
        // Times in random order, with ties, so (ts, id) order differs from insertion order.
        const utc = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 500) * 60_000).toISOString();
        const words = [i % 2 === 0 ? 'common' : 'plain', i % 100 === 7 ? 'scarce' : 'filler', `n${i}`];
        w.write({ type: 'event', kind: 'watch', time: { utc, text: utc, precision: 'second' }, title: words.join(' '), member: 'm.json', pointer: `/${i}`, raw: {} });
      }
      w.finish();
    })();
  });
  afterAll(() => db.close());

  it('counts and pages like counting rows, for frequent, rare and absent words', () => {
    for (const q of ['common', 'scarce', 'COMMON filler', 'absent', 'n42']) {
      expect(countEvents(db, { q }), q).toBe(scanCount(db, { q }));
      for (const [offset, limit] of [[0, 1], [0, 2], [1, 1], [0, 200], [5, 3], [13, 10], [700, 100], [749, 5], [2000, 10]] as const) {
        expect(timelinePage(db, { filter: { q }, offset, limit }), `${q} ${offset}+${limit}`).toEqual(scanPage(db, { filter: { q }, offset, limit }));
      }
    }
  });

  it('leaves a search combined with other conditions, or placed by time, to the row-counting path', () => {
    const filter = { q: 'common', kinds: ['watch' as const] };
    expect(timelinePage(db, { filter, offset: 3, limit: 7 })).toEqual(scanPage(db, { filter, offset: 3, limit: 7 }));
    const at = '2024-01-01T04:00:00Z';
    expect(timelinePage(db, { filter: { q: 'common' }, at, limit: 7 })).toEqual(scanPage(db, { filter: { q: 'common' }, at, limit: 7 }));
  });
});
