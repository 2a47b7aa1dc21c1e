/**
 * The analysis step on a real SQLite profile: addresses and hosts stored by an older version
 * (MEMSET as a home provider, google.ca as unknown) are reclassified, the stored IP carries the
 * reason (`networkBasis`) into `analyze --json`, and the flags rest on the corrected kinds.
 * The "older version" is the real enricher with those two answers changed, as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/records';
import { evidenceFromKit } from '../../../electron/core/analysis/evidence';
import { refreshHosts } from '../../../electron/core/analysis/refresh-hosts';
import { refreshIpNetworks } from '../../../electron/core/analysis/refresh-ips';
import { storedDataVersion } from '../../../electron/core/analysis/refresh-state';
import { analyzeDocument } from '../../../electron/core/report/analyze-json';
import { openDb, type Db } from '../../../electron/core/store/db';
import type { Enricher } from '../../../electron/core/store/enrichment';
import { listFlags } from '../../../electron/core/store/queries/flags';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { evidenceKit } from './data';

const MEMSET = '5.153.248.10';
const COMCAST = '73.15.1.1';
const LOGINS = 20; // alternating MEMSET / Comcast, 30 minutes apart

function oldEnricher(): Enricher {
  const current = evidenceFromKit(evidenceKit()).enricher;
  return {
    ...current,
    // An older version stored no basis at all (the column did not exist): NULL, not a string.
    ip: (a) => (a === MEMSET ? { ...current.ip(a), networkKind: 'isp', networkBasis: null as unknown as string } : current.ip(a)),
    host: (h) => (h === 'maps.google.ca' ? current.host('unknown.example') : current.host(h)),
  };
}

describe('analysis refresh on a stored profile', () => {
  let db: Db;
  let sourceId: number;
  beforeAll(() => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-refresh-')), 'p.db'));
    db.transaction(() => {
      sourceId = insertSource(db, {
        platform: 'x', format: 'x-archive', importer: 'x', file: 'twitter.zip', path: '/twitter.zip', bytes: 1, sha256: 'b'.repeat(64),
        parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
      });
      const w = new RecordWriter(db, sourceId, 'x', oldEnricher());
      w.addMembers([{ path: 'data/ip-audit.js', bytes: 1 }, { path: 'data/tweets.js', bytes: 1 }]);
      for (let k = 0; k < LOGINS; k++) {
        const utc = new Date(Date.UTC(2025, 4, 1) + k * 1_800_000).toISOString().replace('.000Z', 'Z');
        const ip = k % 2 === 0 ? MEMSET : COMCAST;
        const rec: ImportRecord = {
          type: 'event', kind: 'login', time: { utc, text: utc, precision: 'second' }, title: `Login from ${ip}`, ip,
          member: 'data/ip-audit.js', pointer: `/${k}/ipAudit`, raw: {},
        };
        w.write(rec);
      }
      w.write({
        type: 'event', kind: 'post', time: { utc: '2025-05-02T00:00:00Z', text: '', precision: 'second' }, title: 'tweet',
        urls: ['https://maps.google.ca/maps?q=somewhere'], member: 'data/tweets.js', pointer: '/0/tweet', raw: {},
      });
      w.finish();
    })();
  });
  afterAll(() => db.close());

  it('starts from the old, wrong classification (the control)', () => {
    expect(db.prepare(`SELECT network_kind, network_basis FROM ips WHERE address = ?`).get(MEMSET)).toEqual({ network_kind: 'isp', network_basis: null });
    expect(db.prepare(`SELECT owner, rule_id FROM hosts WHERE name = 'maps.google.ca'`).get()).toEqual({ owner: null, rule_id: 'unknown' });
  });

  it('reclassifies stored addresses and hosts, then raises only the hosting flag', () => {
    const evidence = evidenceFromKit(evidenceKit());
    db.transaction(() => evidence.analyse(db))();
    expect(db.prepare(`SELECT network_kind, network_basis FROM ips WHERE address = ?`).get(MEMSET))
      .toMatchObject({ network_kind: 'hosting', network_basis: expect.stringMatching(/^override: UK hosting/) as unknown });
    expect(db.prepare(`SELECT network_basis FROM ips WHERE address = ?`).pluck().get(COMCAST)).toBe('curated');
    expect(db.prepare(`SELECT owner, rule_id FROM hosts WHERE name = 'maps.google.ca'`).get()).toEqual({ owner: 'Google', rule_id: 'google' });

    const flags = listFlags(db);
    expect(flags.map((f) => [f.kind, f.eventIds.length])).toEqual([['datacenter-login', LOGINS / 2]]);
    // Nothing left to change: a second refresh writes nothing.
    expect(refreshIpNetworks(db, evidenceKit())).toBe(0);
    expect(refreshHosts(db, evidenceKit())).toBe(0);
  });

  it('rechecks stored rows only when the data version changed (once per data update, not on every analysis)', () => {
    const evidence = evidenceFromKit(evidenceKit());
    const stale = () => db.prepare(`UPDATE ips SET network_kind = 'isp', network_basis = 'stale' WHERE address = ?`).run(MEMSET);
    const kind = () => db.prepare(`SELECT network_kind FROM ips WHERE address = ?`).pluck().get(MEMSET);
    expect(storedDataVersion(db)?.id).toBe(evidenceKit().dataVersion().id);
    stale();
    db.transaction(() => evidence.analyse(db))();
    expect(kind()).toBe('isp'); // same rules: not rechecked
    db.prepare(`UPDATE meta SET value = 'rules of an older version' WHERE key = 'data-version'`).run();
    db.transaction(() => evidence.analyse(db))();
    expect(kind()).toBe('hosting');
    expect(storedDataVersion(db)?.id).toBe(evidenceKit().dataVersion().id);
  });

  it('puts the reason in analyze --json access.ips and credits the lists', () => {
    const kit = evidenceKit();
    const doc = analyzeDocument(db, [sourceId], kit.datasets, []);
    const byIp = new Map(doc.access.ips.map((r) => [r.ip, r]));
    expect(byIp.get(MEMSET)).toMatchObject({ networkKind: 'hosting', networkBasis: expect.stringMatching(/^override: /) as unknown, count: LOGINS / 2 });
    expect(byIp.get(COMCAST)).toMatchObject({ networkKind: 'isp', networkBasis: 'curated', count: LOGINS / 2 });
    expect(doc.flags.filter((f) => f.kind === 'impossible-travel')).toEqual([]);
    expect(doc.hosts.find((h) => h.host === 'maps.google.ca')?.owner).toBe('Google');
    expect(doc.datasets.filter((d) => d.licence === 'MIT').map((d) => d.date)).toEqual(['2026-08-22', '2026-08-22', '2026-03-18']);
  });
});
