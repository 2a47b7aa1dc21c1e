/**
 * The Who view reads per-source counts (access_counts, migration 11) instead of the events. Its
 * answer must equal the one computed from scratch — every event and fact grouped once, as the
 * ledger did before the counts existed — whether the sources are counted or not yet, for the
 * whole profile and for some sources, after a source is removed, and while an import is staged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventKind, Platform } from '../../../shared/domain';
import { accessFromScratch } from './access-from-scratch';
import type { ImportRecord } from '../../../shared/records';
import { loadEvidence } from '../../../electron/core/analysis/evidence';
import { openDb, type Db } from '../../../electron/core/store/db';
import { countsPlan, ensureAccessCounts, uncountedSources } from '../../../electron/core/store/queries/access-counts';
import { accessSummary } from '../../../electron/core/store/queries/access';
import { removeSource } from '../../../electron/core/store/queries/sources';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { createRng } from '../../fixtures/generators/rng';

const evidence = loadEvidence();

const IPS = ['84.157.3.9', '185.220.101.4', '52.95.1.1', '2a02:8108:1140:6f00::1', '129.146.2.2', '80.187.9.9'];

function writeSource(db: Db, platform: Platform, sha: string, seed: number, state: 'complete' | 'importing' = 'complete'): number {
  const rng = createRng(seed);
  const id = insertSource(db, {
    platform, format: 'f', importer: 'i', file: `${sha}.zip`, path: `/${sha}.zip`, bytes: 1, sha256: sha, parts: [],
    parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
  });
  const w = new RecordWriter(db, id, platform, evidence.enricher);
  w.addMembers([{ path: 'm.json', bytes: 1 }]);
  for (let i = 0; i < 700; i++) {
    const origin = { member: 'm.json', pointer: `/${i}`, raw: {} };
    const utc = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 4e10)).toISOString();
    const time = { utc, text: utc, precision: 'second' as const };
    const kind = rng.pick<EventKind>(['login', 'login', 'logout', 'ad_impression', 'ad_click', 'app_authorised', 'off_platform', 'watch', 'password_change']);
    const device = rng.chance(0.5) ? { model: rng.pick(['iPhone14,2', 'Pixel 7', 'SM-G991B']), system: rng.pick(['iOS 17', 'Android 14']) } : undefined;
    const rec: ImportRecord = rng.chance(0.85)
      ? {
        type: 'event', kind, time, title: 't', ...origin,
        ip: kind === 'login' || kind === 'logout' || rng.chance(0.05) ? rng.pick(IPS) : undefined,
        device: kind === 'login' ? device : undefined,
        app: kind === 'app_authorised' || kind === 'off_platform' ? `App ${rng.int(1, 5)}` : undefined,
        advertiser: kind.startsWith('ad_') ? `Adv ${rng.int(1, 7)}` : undefined,
        offPlatform: kind === 'off_platform' && rng.chance(0.9) ? { source: `Shop ${rng.int(1, 4)}`, event: rng.pick(['Purchase', 'PageView']) } : undefined,
      }
      : {
        type: 'fact', fact: rng.pick(['advertiser', 'app', 'data_partner', 'device', 'off_platform'] as const),
        name: rng.pick([`Adv ${rng.int(1, 7)}`, `App ${rng.int(1, 5)}`, `Shop ${rng.int(1, 6)}`]),
        value: rng.chance(0.5) ? rng.pick(['a', 'b']) : undefined,
        device: rng.chance(0.3) ? { model: 'Pixel 7', system: 'Android 14' } : undefined, ...origin,
      };
    w.write(rec);
  }
  w.finish();
  if (state === 'importing') db.prepare(`UPDATE sources SET state = 'importing' WHERE id = ?`).run(id);
  return id;
}

describe('access summary from per-source counts', () => {
  let db: Db;
  const ids: number[] = [];
  beforeAll(() => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-access-counts-')), 'p.db'));
    db.transaction(() => {
      ids.push(writeSource(db, 'tiktok', 'a', 1), writeSource(db, 'instagram', 'b', 2), writeSource(db, 'facebook', 'c', 3));
    })();
  });
  afterAll(() => db.close());

  const check = (sourceIds?: number[]) => {
    const got = accessSummary(db, [], sourceIds);
    expect(got).toEqual(accessFromScratch(db, sourceIds));
    return got;
  };

  it('equal from scratch before the sources are counted (computed on the fly)', () => {
    expect(uncountedSources(db)).toEqual(ids);
    const s = check();
    // The profile exercises every part.
    for (const part of ['ips', 'devices', 'countries', 'networks', 'apps', 'advertisers', 'offPlatform'] as const) expect(s[part].length).toBeGreaterThan(0);
    check([ids[1]!]);
  });

  it('equal from scratch once the analysis has counted them, with flags', () => {
    db.transaction(() => evidence.analyse(db))();
    expect(uncountedSources(db)).toEqual([]);
    expect(db.prepare(`SELECT count(*) FROM access_counts`).pluck().get()).toBeGreaterThan(0);
    const s = check();
    expect(s.ips.some((r) => r.flagged)).toBe(true);
    check([ids[0]!, ids[2]!]);
    check([ids[2]!]);
  });

  it('a mix of counted and not yet counted sources', () => {
    db.transaction(() => ids.push(writeSource(db, 'tiktok', 'd', 4)))();
    expect(uncountedSources(db)).toEqual([ids[3]]);
    check();
    check([ids[3]!, ids[0]!]);
  });

  it('leaves out a staged import, then counts it once complete', () => {
    const staged = db.transaction(() => writeSource(db, 'instagram', 'e', 5, 'importing'))();
    check();
    expect(accessSummary(db, []).logins).toBe(accessFromScratch(db, ids).logins);
    db.transaction(() => {
      db.prepare(`UPDATE sources SET state = 'complete' WHERE id = ?`).run(staged);
      evidence.analyse(db);
    })();
    ids.push(staged);
    expect(uncountedSources(db)).toEqual([]);
    check();
  });

  it('stays exact after a source is removed (its counts go with it)', () => {
    expect(removeSource(db, ids[1]!, evidence.analyse)).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM access_counts WHERE source_id = ?`).pluck().get(ids[1])).toBe(0);
    check();
    check([ids[0]!]);
  });

  it('reads events through the entity indexes, never walking every event of a source', () => {
    // With the source first in GROUP BY, SQLite walked events_source end to end (all events of
    // the source, 1.1 s at 1 M records naming 8 IPs). Each part must search its own index.
    const plan = countsPlan(db, ids);
    const onEvents = plan.filter((d) => /^(SCAN|SEARCH) e\b/.test(d));
    expect(onEvents.length).toBe(5);
    expect(onEvents.filter((d) => d.startsWith('SCAN'))).toEqual([]);
    for (const ix of ['events_ip', 'events_device', 'events_app', 'events_advertiser', 'events_kind_ts']) {
      expect(onEvents.some((d) => d.includes(`USING INDEX ${ix} `) || d.endsWith(`USING INDEX ${ix}`))).toBe(true);
    }
  });

  it('the stored rows are exactly the rows computed from the events', () => {
    const stored = db.prepare(`SELECT * FROM access_counts ORDER BY 1, 2, 3, 4, 5, 6`).all();
    db.transaction(() => {
      db.exec(`DELETE FROM access_counts; DELETE FROM access_counted;`);
      expect(ensureAccessCounts(db).length).toBe(ids.length - 1);
    })();
    expect(db.prepare(`SELECT * FROM access_counts ORDER BY 1, 2, 3, 4, 5, 6`).all()).toEqual(stored);
  });
});
