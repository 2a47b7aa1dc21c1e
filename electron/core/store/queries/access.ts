/**
 * The access ledger (Who): IPs, devices, countries, networks, apps, advertisers, off-platform
 * sources, flags. One IP seen on two platforms is one row naming both.
 */
import type { AccessSummary, DeviceGroupRow, DeviceRow, IpRow, NamedRow } from '../../../../shared/api';
import type { DatasetCredit, NetworkKind, Platform } from '../../../../shared/domain';
import { groupDevices } from '../../evidence/devices';
import type { Db } from '../db';
import { countsOf } from './access-counts';
import { listFlags } from './flags';
import { iso, splitList } from './rows';
import { hideUnfinished } from './visible';

/** The chosen sources, less any still importing (queries/visible.ts). */
function sourceCond(db: Db, alias: string, sourceIds?: number[]): { sql: string; params: number[] } {
  const hide = hideUnfinished(db, alias);
  if (!sourceIds?.length) return { sql: hide, params: [] };
  return { sql: ` AND ${alias}.source_id IN (${sourceIds.map(() => '?').join(',')})${hide}`, params: sourceIds };
}

/**
 * Addresses with every event naming them, from the per-source counts (access-counts.ts); whether
 * any of those events is flagged comes from flag_events (an event is flagged exactly when a flag
 * cites it: store/analysis-rows.ts writeDerived).
 */
export function listIps(db: Db, sourceIds?: number[]): IpRow[] {
  const c = countsOf(db, sourceIds);
  const sc = sourceCond(db, 'e', sourceIds);
  const flagged = new Set(db
    .prepare(`SELECT DISTINCT e.ip_id FROM flag_events x JOIN events e ON e.id = x.event_id WHERE e.ip_id IS NOT NULL${sc.sql}`)
    .pluck().all(...sc.params) as number[]);
  const rows = db
    .prepare(
      `SELECT i.id, i.address, i.country, i.registry_country, i.asn, i.org, i.network_kind, i.provider, i.network_basis,
              sum(c.n) AS n, min(c.first_ts) AS first, max(c.last_ts) AS last, group_concat(DISTINCT c.platform) AS platforms
       FROM ${c.sql} c JOIN ips i ON i.id = c.ref WHERE c.entity = 'ip'
       GROUP BY i.id ORDER BY n DESC, i.address`,
    )
    .all(...c.params) as {
    id: number; address: string; country: string | null; registry_country: string | null; asn: number | null; org: string | null;
    network_kind: NetworkKind; provider: string | null; network_basis: string | null; n: number; first: number; last: number; platforms: string;
  }[];
  return rows.map((r) => ({
    ip: r.address, count: r.n, first: iso(r.first), last: iso(r.last), country: r.country,
    registryCountry: r.registry_country, asn: r.asn, org: r.org, networkKind: r.network_kind, provider: r.provider,
    networkBasis: r.network_basis, platforms: splitList<Platform>(r.platforms), flagged: flagged.has(r.id),
  }));
}

/** Stored device rows with their group keys, and the groups (device · system · app). */
export function devicesAndGroups(db: Db, sourceIds?: number[]): { devices: DeviceRow[]; groups: DeviceGroupRow[] } {
  const c = countsOf(db, sourceIds);
  const rows = db
    .prepare(
      `SELECT d.id, d.model, d.system, d.identifiers, d.user_agent, sum(c.n) AS n, min(c.first_ts) AS first, max(c.last_ts) AS last,
              group_concat(DISTINCT c.platform) AS platforms
       FROM ${c.sql} c JOIN devices d ON d.id = c.ref WHERE c.entity = 'device'
       GROUP BY d.id ORDER BY n DESC, d.id`,
    )
    .all(...c.params) as {
    id: number; model: string | null; system: string | null; identifiers: string; user_agent: string | null; n: number;
    first: number | null; last: number | null; platforms: string;
  }[];
  const devices = rows.map((r) => ({
    id: r.id, model: r.model ?? (r.user_agent ? r.user_agent : null), system: r.system,
    identifiers: JSON.parse(r.identifiers) as Record<string, string>, count: r.n, first: iso(r.first), last: iso(r.last),
    platforms: splitList<Platform>(r.platforms), userAgent: r.user_agent,
  }));
  // Each row learns its group key (evidence/devices.ts), from the stored model, not the UA fallback above.
  const groups = groupDevices(devices.map((d, i) => ({ ...d, rawModel: rows[i]!.model })));
  const groupOf = new Map<number, string>();
  for (const g of groups) for (const id of g.deviceIds) groupOf.set(id, g.key);
  return { devices: devices.map((d) => ({ ...d, group: groupOf.get(d.id) })), groups };
}

export function listDevices(db: Db, sourceIds?: number[]): DeviceRow[] {
  return devicesAndGroups(db, sourceIds).devices;
}

interface NamedRaw { name: string; n: number; first: number | null; last: number | null; platforms: string; detail: string | null }

function named(rows: NamedRaw[]): NamedRow[] {
  return rows.map((r) => ({
    name: r.name, count: r.n, first: iso(r.first), last: iso(r.last), platforms: splitList<Platform>(r.platforms),
    detail: r.detail ? [...new Set(r.detail.split(','))].sort().join(', ') : null,
  }));
}

/**
 * Named third parties (apps, advertisers) with every record naming them: timed events and
 * untimed facts. `detail` lists how they appear (app_authorised, advertiser, data_partner, …):
 * the event kinds and fact names of their counts.
 */
function namedEntities(db: Db, entity: 'app' | 'advertiser', sourceIds: number[] | undefined, keep: string): NamedRow[] {
  const c = countsOf(db, sourceIds);
  const table = entity === 'app' ? 'apps' : 'advertisers';
  return named(
    db
      .prepare(
        `SELECT a.name, sum(c.n) AS n, min(c.first_ts) AS first, max(c.last_ts) AS last, group_concat(DISTINCT c.platform) AS platforms,
                group_concat(DISTINCT c.what) AS detail
         FROM ${c.sql} c JOIN ${table} a ON a.id = c.ref WHERE c.entity = '${entity}'${keep}
         GROUP BY a.id ORDER BY n DESC, a.name`,
      )
      .all(...c.params) as NamedRaw[],
  );
}

export function listApps(db: Db, sourceIds?: number[]): NamedRow[] {
  // Off-platform sources are listed on their own (listOffPlatform), not as apps with access.
  return namedEntities(db, 'app', sourceIds, ` AND ((c.timed = 1 AND c.what <> 'off_platform') OR (c.timed = 0 AND c.what = 'app'))`);
}

export function listAdvertisers(db: Db, sourceIds?: number[]): NamedRow[] {
  return namedEntities(db, 'advertiser', sourceIds, '');
}

export function listOffPlatform(db: Db, sourceIds?: number[]): (NamedRow & { events: number })[] {
  const c = countsOf(db, sourceIds);
  const rows = db
    .prepare(
      `SELECT c.ref AS name, sum(c.n) AS n, sum(c.n * c.timed) AS events, min(c.first_ts) AS first, max(c.last_ts) AS last,
              group_concat(DISTINCT c.platform) AS platforms, group_concat(DISTINCT c.what) AS detail
       FROM ${c.sql} c WHERE c.entity = 'off' GROUP BY c.ref ORDER BY n DESC, c.ref`,
    )
    .all(...c.params) as (NamedRaw & { events: number })[];
  return named(rows).map((r, i) => ({ ...r, events: rows[i]!.events }));
}

/** Sign-ins, counted in the kind index (a range of the index as long as the sign-ins). */
export function countLogins(db: Db, sourceIds?: number[]): number {
  const sc = sourceCond(db, 'e', sourceIds);
  return (db.prepare(`SELECT count(*) AS n FROM events e WHERE e.kind = 'login'${sc.sql}`).get(...sc.params) as { n: number }).n;
}

export function accessSummary(db: Db, datasets: DatasetCredit[], sourceIds?: number[]): AccessSummary {
  // Sign-ins per country and per network: the IPs' login counts, grouped by their enrichment.
  const c = countsOf(db, sourceIds);
  const logins = `FROM ${c.sql} c JOIN ips i ON i.id = c.ref WHERE c.entity = 'ip' AND c.timed = 1 AND c.what = 'login'`;
  const countries = db
    .prepare(`SELECT i.country, sum(c.n) AS logins, count(DISTINCT i.id) AS ips ${logins} GROUP BY i.country ORDER BY logins DESC, i.country`)
    .all(...c.params) as { country: string | null; logins: number; ips: number }[];
  const networks = db
    .prepare(
      `SELECT i.asn, i.org, i.network_kind AS networkKind, sum(c.n) AS logins, count(DISTINCT i.id) AS ips ${logins}
       GROUP BY i.asn, i.org, i.network_kind ORDER BY logins DESC, i.asn`,
    )
    .all(...c.params) as AccessSummary['networks'];
  const { devices, groups } = devicesAndGroups(db, sourceIds);
  return {
    logins: countLogins(db, sourceIds),
    ips: listIps(db, sourceIds),
    devices,
    deviceGroups: groups,
    countries,
    networks,
    apps: listApps(db, sourceIds),
    advertisers: listAdvertisers(db, sourceIds),
    offPlatform: listOffPlatform(db, sourceIds),
    flags: listFlags(db, sourceIds),
    datasets,
  };
}
