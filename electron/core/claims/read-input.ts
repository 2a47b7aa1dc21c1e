/**
 * The I/O edge of claim evaluation: reads from a profile database what the tests need beyond the
 * analyze document — what each finding is about, sign-in tables and devices, apps, untimed record
 * counts and one sample record per category — for the given sources only.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import { curatedNetwork } from '../evidence/network-kinds';
import { stableId } from '../evidence/stable-id';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';
import {
  appRecordRows, categorySamples, factCounts, hostLocationRows, loginRecordRows, pathHintLocationRows, type ProvenancedRow,
} from '../store/queries/claim-records';
import { groupApps, groupLoginDevices, groupLoginTables, type DeviceRow, type RecordRow } from './group-records';
import type { ClaimEvidence, FindingMeta } from './input';

/** Finding ids are hashes of (kind, rule, label) or (kind, ASN) — see evidence/findings.ts. */
export function readFindingMeta(db: Db, doc: AnalyzeDocument): Record<string, FindingMeta> {
  const meta: Record<string, FindingMeta> = {};
  const hosts = hostLocationRows(db);
  for (const h of hosts) {
    const label = h.location_label ?? 'unknown';
    meta[stableId('finding', 'host-location', h.rule_id, label)] = { type: 'location', country: h.country, locationKind: h.location_kind, label, owner: h.owner };
  }
  const hints = pathHintLocationRows(db);
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

const toRow = (r: ProvenancedRow): RecordRow => ({ eventId: r.id, time: iso(r.ts), provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer } });

export function readClaimEvidence(db: Db, doc: AnalyzeDocument, sourceIds: readonly number[]): ClaimEvidence {
  const loginRows = loginRecordRows(db, sourceIds);
  const deviceRows: DeviceRow[] = loginRows.map((r) => ({
    ...toRow(r), model: r.model, system: r.system, userAgent: r.user_agent,
    identifiers: r.identifiers ? (JSON.parse(r.identifiers) as Record<string, string>) : {},
  }));

  const appRows = appRecordRows(db, sourceIds);

  return {
    doc,
    findingMeta: readFindingMeta(db, doc),
    loginTables: groupLoginTables(loginRows.map(toRow)),
    loginDevices: groupLoginDevices(deviceRows),
    apps: groupApps(appRows.map((r) => ({ ...toRow(r), name: r.name }))),
    factCounts: factCounts(db, sourceIds),
    categorySamples: categorySamples(db, sourceIds),
  };
}
