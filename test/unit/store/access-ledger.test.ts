/**
 * The app and advertiser ledgers are grouped per (entity, platform, kind) first, from the partial
 * indexes of migration 3; the rows must be exactly those of grouping every event and fact.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventKind, Platform } from '../../../shared/domain';
import type { ImportRecord } from '../../../shared/records';
import { openDb, type Db } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { listAdvertisers, listApps } from '../../../electron/core/store/queries/access';
import { iso, splitList } from '../../../electron/core/store/queries/rows';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { createRng } from '../../fixtures/generators/rng';

/** The straightforward query: every event and fact row joined and grouped once. */
function reference(db: Db, table: 'apps' | 'advertisers', sourceIds?: number[]) {
  const col = table === 'apps' ? 'app_id' : 'advertiser_id';
  const ev = table === 'apps' ? ` AND e.kind <> 'off_platform'` : '';
  const fa = table === 'apps' ? ` AND f.fact = 'app'` : '';
  const se = sourceIds ? ` AND e.source_id IN (${sourceIds.join(',')})` : '';
  const sf = sourceIds ? ` AND f.source_id IN (${sourceIds.join(',')})` : '';
  const rows = db
    .prepare(
      `SELECT a.name, count(*) AS n, min(x.ts) AS first, max(x.ts) AS last, group_concat(DISTINCT x.platform) AS platforms,
              group_concat(DISTINCT x.what) AS detail
       FROM ${table} a JOIN (
         SELECT e.${col} AS k, e.ts AS ts, e.platform AS platform, e.kind AS what FROM events e WHERE e.${col} IS NOT NULL${ev}${se}
         UNION ALL
         SELECT f.${col}, NULL, f.platform, f.fact FROM facts f WHERE f.${col} IS NOT NULL${fa}${sf}
       ) x ON x.k = a.id GROUP BY a.id ORDER BY n DESC, a.name`,
    )
    .all() as { name: string; n: number; first: number | null; last: number | null; platforms: string; detail: string | null }[];
  return rows.map((r) => ({
    name: r.name, count: r.n, first: iso(r.first), last: iso(r.last), platforms: splitList<Platform>(r.platforms),
    detail: r.detail ? [...new Set(r.detail.split(','))].sort().join(', ') : null,
  }));
}

describe('app and advertiser ledgers', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-ledger-')), 'p.db'));
    const rng = createRng(9);
    db.transaction(() => {
      for (const platform of ['tiktok', 'instagram'] as const) {
        const id = insertSource(db, {
          platform, format: 'f', importer: 'i', file: `${platform}.zip`, path: `/${platform}.zip`, bytes: 1, sha256: platform, parts: [],
          parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
        });
        const w = new RecordWriter(db, id, platform, NO_ENRICHMENT);
        w.addMembers([{ path: 'm.json', bytes: 1 }]);
        const origin = (i: number) => ({ member: 'm.json', pointer: `/${i}`, raw: {} });
        for (let i = 0; i < 600; i++) {
          const utc = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 1e10)).toISOString();
          const kind = rng.pick<EventKind>(['ad_impression', 'ad_click', 'app_authorised', 'off_platform', 'watch']);
          const rec: ImportRecord = rng.chance(0.8)
            ? {
              type: 'event', kind, time: { utc, text: utc, precision: 'second' }, title: 't', ...origin(i),
              app: kind === 'app_authorised' || kind === 'off_platform' ? `App ${rng.int(1, 6)}` : undefined,
              advertiser: kind.startsWith('ad_') ? `Adv ${rng.int(1, 9)}` : undefined,
            }
            : { type: 'fact', fact: rng.pick(['advertiser', 'app', 'data_partner'] as const), name: rng.chance(0.5) ? `Adv ${rng.int(1, 9)}` : `App ${rng.int(1, 6)}`, ...origin(i) };
          w.write(rec);
        }
        w.finish();
      }
    })();
  });
  afterAll(() => db.close());

  it('match grouping every row, for the whole profile and for one source', () => {
    expect(listApps(db).length).toBeGreaterThan(0);
    expect(listAdvertisers(db).length).toBeGreaterThan(0);
    expect(listApps(db)).toEqual(reference(db, 'apps'));
    expect(listAdvertisers(db)).toEqual(reference(db, 'advertisers'));
    expect(listApps(db, [2])).toEqual(reference(db, 'apps', [2]));
    expect(listAdvertisers(db, [1])).toEqual(reference(db, 'advertisers', [1]));
  });

  it('read the partial indexes instead of every event', () => {
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT app_id, platform, kind, count(*), min(ts) FROM events WHERE app_id IS NOT NULL GROUP BY 1, 2, 3`)).toContain('events_app');
    expect(plan(`SELECT advertiser_id, platform, kind, count(*), min(ts) FROM events WHERE advertiser_id IS NOT NULL GROUP BY 1, 2, 3`)).toContain('events_advertiser');
  });
});
