/**
 * A data update (issue 15): the enrichment data carries a version, the profile stores the one its
 * results came from, and opening the profile with other data recomputes every derived row in one
 * transaction — the same rows a profile built from scratch with the new data holds, never a mix.
 *
 * The "update" is a copy of the compiled datasets with one network-list entry added: M-net's
 * AS8767 (a German home provider, classified "isp" by default) listed as a VPN network.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../shared/records';
import { createCore } from '../../electron/core/api/core';
import { evidenceFromKit } from '../../electron/core/analysis/evidence';
import { changedParts, storedDataVersion } from '../../electron/core/analysis/refresh-state';
import { dataFiles } from '../../electron/core/evidence/data-version';
import { loadEvidenceKit, type EvidenceKit } from '../../electron/core/evidence/load';
import { openDb, type Db } from '../../electron/core/store/db';
import { insertSource, RecordWriter } from '../../electron/core/store/writer';
import { evidenceKit, GENERATED } from '../unit/evidence/data';
import { tempDir } from './helpers';

const MNET = '93.104.1.1'; // AS8767 M-net: isp by default, vpn after the update
const COMCAST = '73.15.1.1';
const VERSATEL = '87.122.1.1';

function copyData(to: string, edit?: (lists: { lists: { id: string; asns: number[] }[] }) => void): string {
  mkdirSync(to, { recursive: true });
  for (const f of dataFiles(GENERATED)) copyFileSync(join(GENERATED, f), join(to, f));
  if (edit) {
    const p = join(to, 'network-lists.json');
    const lists = JSON.parse(readFileSync(p, 'utf8')) as { lists: { id: string; asns: number[] }[] };
    edit(lists);
    writeFileSync(p, JSON.stringify(lists));
  }
  return to;
}

function records(seed: number): ImportRecord[] {
  const out: ImportRecord[] = [];
  const at = (k: number) => new Date(Date.UTC(2025, 2, 1) + seed * 3_600_000 + k * 5_400_000).toISOString().replace('.000Z', 'Z');
  for (let k = 0; k < 24; k++) {
    const utc = at(k);
    out.push({
      type: 'event', kind: 'login', time: { utc, text: utc, precision: 'second' }, title: 'Login', ip: [MNET, COMCAST, VERSATEL][k % 3],
      device: { model: k % 4 === 0 ? 'iPhone14,2' : 'Pixel 7', system: 'iOS 17' }, member: 'Login.json', pointer: `/${seed}/${k}`, raw: {},
    });
  }
  const pw = at(30);
  out.push({ type: 'event', kind: 'password_change', time: { utc: pw, text: pw, precision: 'second' }, title: 'Password', member: 'Login.json', pointer: `/${seed}/pw`, raw: {} });
  for (let k = 0; k < 6; k++) {
    const utc = at(40 + k);
    out.push({
      type: 'event', kind: 'watch', time: { utc, text: utc, precision: 'second' }, title: 'Watched', member: 'Watch.json', pointer: `/${seed}/w${k}`, raw: {},
      urls: [k % 2 ? 'https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/abc.jpeg' : 'https://v16m.tiktokcdn-us.com/video/tos/useast5/x.mp4', 'https://maps.google.ca/maps?q=x'],
    });
  }
  return out;
}

/** A profile of two sources, each imported and analysed with `kit` (as an import does). */
function build(path: string, kit: EvidenceKit): void {
  const evidence = evidenceFromKit(kit);
  const db = openDb(path);
  try {
    for (const [i, platform] of (['tiktok', 'instagram'] as const).entries()) {
      db.transaction(() => {
        const id = insertSource(db, {
          platform, format: 'f', importer: 'i', file: `${platform}.zip`, path: `/${platform}.zip`, bytes: 1, sha256: String(i).repeat(64),
          parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
        });
        const w = new RecordWriter(db, id, platform, evidence.enricher);
        w.addMembers([{ path: 'Login.json', bytes: 1 }, { path: 'Watch.json', bytes: 1 }]);
        for (const r of records(i)) w.write(r);
        w.finish();
        evidence.analyse(db);
      })();
    }
  } finally {
    db.close();
  }
}

/** Every derived row, by natural keys (event pointers, addresses, host names, hint keys). */
function derived(db: Db): Record<string, unknown[]> {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    ips: all(`SELECT address, version, country, registry_country, asn, org, network_kind, provider, network_basis, special FROM ips ORDER BY address`),
    hosts: all(`SELECT name, owner, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis FROM hosts ORDER BY name`),
    pathHints: all(`SELECT key, token, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis FROM path_hints ORDER BY key`),
    urlHints: all(`SELECT e.pointer, u.url, p.key FROM urls u JOIN events e ON e.id = u.event_id LEFT JOIN path_hints p ON p.id = u.path_hint_id ORDER BY 1, 2`),
    findings: all(`SELECT id, code, grade, params, count, first_ts, last_ts, ord FROM findings ORDER BY id`),
    findingEvents: all(`SELECT x.finding_id, e.pointer FROM finding_events x JOIN events e ON e.id = x.event_id ORDER BY 1, 2`),
    flags: all(`SELECT id, code, severity, params, first_ts, last_ts, ord FROM flags ORDER BY id`),
    flagEvents: all(`SELECT x.flag_id, e.pointer FROM flag_events x JOIN events e ON e.id = x.event_id ORDER BY 1, 2`),
    flagged: all(`SELECT pointer FROM events WHERE flagged = 1 ORDER BY pointer`),
    accessCounts: all(`SELECT s.sha256, c.entity, c.platform, c.what, c.timed, c.n, c.first_ts, c.last_ts,
                         coalesce(i.address, d.key, c.ref) AS ref
                       FROM access_counts c JOIN sources s ON s.id = c.source_id
                       LEFT JOIN ips i ON c.entity = 'ip' AND i.id = c.ref LEFT JOIN devices d ON c.entity = 'device' AND d.id = c.ref ORDER BY 1, 2, 3, 4, 5, 9`),
    version: [storedDataVersion(db)?.id ?? null],
  };
}

describe('a data update: one consistent re-analysis on open', () => {
  const dir = tempDir();
  let kitA: EvidenceKit;
  let kitB: EvidenceKit;
  let fresh: Record<string, unknown[]>; // a profile built from scratch with the new data

  beforeAll(() => {
    evidenceKit(); // builds resources/generated on a fresh checkout
    kitA = loadEvidenceKit(copyData(join(dir, 'data-a')));
    kitB = loadEvidenceKit(copyData(join(dir, 'data-b'), (l) => l.lists.find((x) => x.id === 'x4bnet-vpn')!.asns.push(8767)));
    build(join(dir, 'fresh.db'), kitB);
    const db = openDb(join(dir, 'fresh.db'));
    fresh = derived(db);
    db.close();
  });

  it('the two kits differ by exactly one part, and say so in their versions', () => {
    expect(kitA.dataVersion().id).not.toBe(kitB.dataVersion().id);
    expect([...changedParts(kitA.dataVersion(), kitB.dataVersion())]).toEqual(['file:network-lists.json']);
    expect(kitA.ip.lookup(MNET)).toMatchObject({ asn: 8767, networkKind: 'isp' });
    expect(kitB.ip.lookup(MNET)).toMatchObject({ asn: 8767, networkKind: 'vpn', networkBasis: expect.stringMatching(/^list:x4bnet-vpn/) as unknown });
    // The control: with the new data, M-net's sign-ins are flagged.
    expect(fresh.flags!.map((f) => (f as { code: string }).code)).toContain('datacenter-login');
    // Every kind of derived row is present, so the comparisons below cover them all.
    for (const [table, rows] of Object.entries(fresh)) expect(rows.length, table).toBeGreaterThan(0);
    expect(fresh.version).toEqual([kitB.dataVersion().id]);
  });

  it('reopening an old profile with the new data recomputes every derived row: the same rows as built from scratch', async () => {
    const path = join(dir, 'old.db');
    build(path, kitA);
    let db = openDb(path);
    const before = derived(db);
    db.close();
    expect(before.version).toEqual([kitA.dataVersion().id]);
    expect(before).not.toEqual(fresh); // the data change matters to the derived rows
    expect(before.ips).toContainEqual(expect.objectContaining({ address: MNET, network_kind: 'isp' }));

    // Opened as the app opens it: the core loads the kit from its resources and checks the version.
    const core = await createCore({ dbPath: path, resourcesDir: join(dir, 'data-b'), transport: 'serve', inProcess: true });
    try {
      const credits = await core.handlers['credits.list']({});
      expect(credits.dataVersion.id).toBe(kitB.dataVersion().id);
      expect(credits.profileDataVersion).toBe(kitB.dataVersion().id);
      const access = await core.handlers['access.summary']({});
      expect(access.networks.find((n) => n.asn === 8767)).toMatchObject({ networkKind: 'vpn', logins: 16 });
      expect(access.ips.find((r) => r.ip === MNET)).toMatchObject({ networkKind: 'vpn', flagged: true });
      expect(access.flags.some((f) => f.kind === 'datacenter-login')).toBe(true);
    } finally {
      await core.close();
    }
    db = openDb(path);
    expect(derived(db)).toEqual(fresh);
    db.close();
  });

  it('kill -9 mid-refresh leaves the old, consistent state; the next open completes it', async () => {
    const path = join(dir, 'killed.db');
    build(path, kitA);
    let db = openDb(path);
    const before = derived(db);
    db.close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'faults', 'refresh-child.ts'), path, join(dir, 'data-b')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('mid')) resolve();
      });
      child.once('exit', () => reject(new Error(`the child ended before the refresh was under way: ${out}`)));
    });
    child.kill('SIGKILL');
    await once(child, 'exit');
    db = openDb(path);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(derived(db)).toEqual(before);
      expect(evidenceFromKit(kitB).analyseIfStale(db)).toBe(true);
      expect(derived(db)).toEqual(fresh);
    } finally {
      db.close();
    }
  });

  it('an error mid-refresh leaves the old, consistent state; the next open completes it', () => {
    const path = join(dir, 'crash.db');
    build(path, kitA);
    const db = openDb(path);
    try {
      const before = derived(db);
      // The new data, failing after the stored addresses were rewritten (three lookups) and the
      // new version written: inside the analysis of the sign-ins, before findings and flags.
      let lookups = 0;
      const failing: EvidenceKit = {
        ...kitB,
        ip: { ...kitB.ip, lookup: (a: string) => { if (++lookups > 3) throw new Error('power cut'); return kitB.ip.lookup(a); } },
      };
      expect(() => evidenceFromKit(failing).analyseIfStale(db)).toThrow('power cut');
      expect(lookups).toBeGreaterThan(3);
      expect(derived(db)).toEqual(before);
      expect(db.prepare(`SELECT value FROM meta WHERE key = 'analysis-stale'`).get()).toBeUndefined();

      expect(evidenceFromKit(kitB).analyseIfStale(db)).toBe(true);
      expect(derived(db)).toEqual(fresh);
      // Nothing left to do on the next open.
      expect(evidenceFromKit(kitB).analyseIfStale(db)).toBe(false);
    } finally {
      db.close();
    }
  });
});
