/**
 * The I/O edge of claim evaluation: reads from a profile database what the tests need beyond the
 * analyze document — what each finding is about, sign-in tables and devices, apps, untimed record
 * counts and one sample record per category — for the given sources only.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import type { LocationKind, Provenance } from '../../../shared/domain';
import { curatedNetwork } from '../evidence/network-kinds';
import { stableId } from '../evidence/stable-id';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';
import { groupApps, groupLoginDevices, groupLoginTables, type DeviceRow, type RecordRow } from './group-records';
import type { ClaimEvidence, FindingMeta } from './input';

const inList = (ids: readonly number[]): string => (ids.length > 0 ? ids.map(() => '?').join(',') : 'NULL');

interface LocRow { rule_id: string | null; location_label: string | null; location_kind: LocationKind; country: string | null; owner: string | null }

/** Finding ids are hashes of (kind, rule, label) or (kind, ASN) — see evidence/findings.ts. */
export function readFindingMeta(db: Db, doc: AnalyzeDocument): Record<string, FindingMeta> {
  const meta: Record<string, FindingMeta> = {};
  const hosts = db.prepare(`SELECT DISTINCT rule_id, location_label, location_kind, country, owner FROM hosts`).all() as LocRow[];
  for (const h of hosts) {
    const label = h.location_label ?? 'unknown';
    meta[stableId('finding', 'host-location', h.rule_id, label)] = { type: 'location', country: h.country, locationKind: h.location_kind, label, owner: h.owner };
  }
  const hints = db.prepare(`SELECT DISTINCT rule_id, location_label, location_kind, country, NULL AS owner FROM path_hints`).all() as LocRow[];
  for (const p of hints) {
    const label = p.location_label ?? 'unknown';
    meta[stableId('finding', 'path-location', p.rule_id, label)] = { type: 'location', country: p.country, locationKind: p.location_kind, label, owner: null };
  }
  for (const n of doc.access.networks) {
    if (n.asn === null) continue;
    const ip = doc.access.ips.find((i) => i.asn === n.asn);
    meta[stableId('finding', 'login-network', n.asn)] = {
      type: 'network', asn: n.asn, org: n.org, networkKind: n.networkKind, provider: ip?.provider ?? null, curated: curatedNetwork(n.asn) !== undefined,
    };
  }
  return meta;
}

interface Raw { id: number; ts: number | null; pointer: string; member: string; sha256: string }
const toRow = (r: Raw): RecordRow => ({ eventId: r.id, time: iso(r.ts), provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer } });

export function readClaimEvidence(db: Db, doc: AnalyzeDocument, sourceIds: readonly number[]): ClaimEvidence {
  const ids = inList(sourceIds);
  const loginRows = db.prepare(
    `SELECT e.id, e.ts, e.pointer, m.path AS member, s.sha256, d.model, d.system, d.user_agent, d.identifiers
     FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id LEFT JOIN devices d ON d.id = e.device_id
     WHERE e.kind = 'login' AND e.source_id IN (${ids}) ORDER BY e.ts, s.sha256, m.path, e.pointer`,
  ).all(...sourceIds) as (Raw & { model: string | null; system: string | null; user_agent: string | null; identifiers: string | null })[];
  const deviceRows: DeviceRow[] = loginRows.map((r) => ({
    ...toRow(r), model: r.model, system: r.system, userAgent: r.user_agent,
    identifiers: r.identifiers ? (JSON.parse(r.identifiers) as Record<string, string>) : {},
  }));

  const appRows = db.prepare(
    `SELECT x.id, x.ts, x.pointer, m.path AS member, s.sha256, a.name FROM (
       SELECT e.id AS id, e.ts AS ts, e.pointer AS pointer, e.member_id AS member_id, e.source_id AS source_id, e.app_id AS app_id
         FROM events e WHERE e.app_id IS NOT NULL AND e.kind <> 'off_platform' AND e.source_id IN (${ids})
       UNION ALL
       SELECT -1, NULL, f.pointer, f.member_id, f.source_id, f.app_id FROM facts f WHERE f.app_id IS NOT NULL AND f.fact = 'app' AND f.source_id IN (${ids})
     ) x JOIN apps a ON a.id = x.app_id JOIN members m ON m.id = x.member_id JOIN sources s ON s.id = x.source_id
     ORDER BY a.name, x.ts, s.sha256, m.path, x.pointer`,
  ).all(...sourceIds, ...sourceIds) as (Raw & { name: string })[];

  const factCounts: Record<string, number> = {};
  for (const r of db.prepare(`SELECT fact, count(*) AS n FROM facts WHERE source_id IN (${ids}) GROUP BY fact ORDER BY fact`).all(...sourceIds) as { fact: string; n: number }[]) {
    factCounts[r.fact] = r.n;
  }

  return {
    doc,
    findingMeta: readFindingMeta(db, doc),
    loginTables: groupLoginTables(loginRows.map(toRow)),
    loginDevices: groupLoginDevices(deviceRows),
    apps: groupApps(appRows.map((r) => ({ ...toRow(r), name: r.name }))),
    factCounts,
    categorySamples: readCategorySamples(db, sourceIds),
  };
}

/** The first record (import order = the archive's own order) of each event kind, fact kind and device. */
function readCategorySamples(db: Db, sourceIds: readonly number[]): Record<string, Provenance> {
  const ids = inList(sourceIds);
  const out: Record<string, Provenance> = {};
  const pick = (sql: string): void => {
    for (const r of db.prepare(sql).all(...sourceIds) as { k: string; pointer: string; member: string; sha256: string }[]) {
      out[r.k] ??= { sourceSha256: r.sha256, member: r.member, pointer: r.pointer };
    }
  };
  pick(`SELECT e.kind AS k, e.pointer, m.path AS member, s.sha256 FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
        WHERE e.id IN (SELECT min(id) FROM events WHERE source_id IN (${ids}) GROUP BY kind) ORDER BY e.kind`);
  pick(`SELECT f.fact AS k, f.pointer, m.path AS member, s.sha256 FROM facts f JOIN members m ON m.id = f.member_id JOIN sources s ON s.id = f.source_id
        WHERE f.id IN (SELECT min(id) FROM facts WHERE source_id IN (${ids}) GROUP BY fact) ORDER BY f.fact`);
  pick(`SELECT 'device' AS k, x.pointer, m.path AS member, s.sha256 FROM (
          SELECT min(e.id) AS id, 'e' AS t FROM events e WHERE e.device_id IS NOT NULL AND e.source_id IN (${ids})
        ) y JOIN events x ON x.id = y.id JOIN members m ON m.id = x.member_id JOIN sources s ON s.id = x.source_id`);
  return out;
}
