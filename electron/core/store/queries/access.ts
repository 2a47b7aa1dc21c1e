/**
 * The access ledger (Who): IPs, devices, countries, networks, apps, advertisers, off-platform
 * sources, flags. One IP seen on two platforms is one row naming both.
 */
import type { AccessSummary, DeviceGroupRow, DeviceRow, IpRow, NamedRow } from '../../../../shared/api';
import type { DatasetCredit, NetworkKind, Platform } from '../../../../shared/domain';
import { groupDevices } from '../../evidence/devices';
import type { Db } from '../db';
import { listFlags } from './flags';
import { iso, splitList } from './rows';
import { hideUnfinished } from './visible';

/** The chosen sources, less any still importing (queries/visible.ts). */
function sourceCond(db: Db, alias: string, sourceIds?: number[]): { sql: string; params: number[] } {
  const hide = hideUnfinished(db, alias);
  if (!sourceIds?.length) return { sql: hide, params: [] };
  return { sql: ` AND ${alias}.source_id IN (${sourceIds.map(() => '?').join(',')})${hide}`, params: sourceIds };
}

export function listIps(db: Db, sourceIds?: number[]): IpRow[] {
  const sc = sourceCond(db, 'e', sourceIds);
  const rows = db
    .prepare(
      `SELECT i.address, i.country, i.registry_country, i.asn, i.org, i.network_kind, i.provider, i.network_basis,
              count(*) AS n, min(e.ts) AS first, max(e.ts) AS last, group_concat(DISTINCT e.platform) AS platforms,
              max(e.flagged) AS flagged
       FROM events e JOIN ips i ON i.id = e.ip_id WHERE 1 = 1${sc.sql}
       GROUP BY i.id ORDER BY n DESC, i.address`,
    )
    .all(...sc.params) as {
    address: string; country: string | null; registry_country: string | null; asn: number | null; org: string | null;
    network_kind: NetworkKind; provider: string | null; network_basis: string | null; n: number; first: number; last: number; platforms: string; flagged: number;
  }[];
  return rows.map((r) => ({
    ip: r.address, count: r.n, first: iso(r.first), last: iso(r.last), country: r.country,
    registryCountry: r.registry_country, asn: r.asn, org: r.org, networkKind: r.network_kind, provider: r.provider,
    networkBasis: r.network_basis, platforms: splitList<Platform>(r.platforms), flagged: r.flagged === 1,
  }));
}

/** Stored device rows with their group keys, and the groups (device · system · app). */
export function devicesAndGroups(db: Db, sourceIds?: number[]): { devices: DeviceRow[]; groups: DeviceGroupRow[] } {
  const se = sourceCond(db, 'e', sourceIds);
  const sf = sourceCond(db, 'f', sourceIds);
  const rows = db
    .prepare(
      `SELECT d.id, d.model, d.system, d.identifiers, d.user_agent, count(*) AS n, min(x.ts) AS first, max(x.ts) AS last,
              group_concat(DISTINCT x.platform) AS platforms
       FROM devices d JOIN (
         SELECT e.device_id AS device_id, e.ts AS ts, e.platform AS platform FROM events e WHERE e.device_id IS NOT NULL${se.sql}
         UNION ALL
         SELECT f.device_id, NULL, f.platform FROM facts f WHERE f.device_id IS NOT NULL${sf.sql}
       ) x ON x.device_id = d.id
       GROUP BY d.id ORDER BY n DESC, d.id`,
    )
    .all(...se.params, ...sf.params) as {
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
 * untimed facts. `detail` lists how they appear (app_authorised, advertiser, data_partner, …).
 * Events are grouped per (entity, platform, kind) first, from the partial indexes events_app and
 * events_advertiser (entity, platform, kind, ts): a few rows per entity, not every ad seen,
 * reach the outer grouping.
 */
function namedEntities(db: Db, table: 'apps' | 'advertisers', sourceIds: number[] | undefined, eventWhere: string, factWhere: string): NamedRow[] {
  const column = table === 'apps' ? 'app_id' : 'advertiser_id';
  const se = sourceCond(db, 'e', sourceIds);
  const sf = sourceCond(db, 'f', sourceIds);
  return named(
    db
      .prepare(
        `SELECT a.name, sum(x.n) AS n, min(x.first) AS first, max(x.last) AS last, group_concat(DISTINCT x.platform) AS platforms,
                group_concat(DISTINCT x.what) AS detail
         FROM ${table} a JOIN (
           SELECT e.${column} AS ref, count(*) AS n, min(e.ts) AS first, max(e.ts) AS last, e.platform AS platform, e.kind AS what
             FROM events e WHERE e.${column} IS NOT NULL${eventWhere}${se.sql} GROUP BY e.${column}, e.platform, e.kind
           UNION ALL
           SELECT f.${column}, count(*), NULL, NULL, f.platform, f.fact FROM facts f
             WHERE f.${column} IS NOT NULL${factWhere}${sf.sql} GROUP BY f.${column}, f.platform, f.fact
         ) x ON x.ref = a.id
         GROUP BY a.id ORDER BY n DESC, a.name`,
      )
      .all(...se.params, ...sf.params) as NamedRaw[],
  );
}

export function listApps(db: Db, sourceIds?: number[]): NamedRow[] {
  // Off-platform sources are listed on their own (listOffPlatform), not as apps with access.
  return namedEntities(db, 'apps', sourceIds, ` AND e.kind <> 'off_platform'`, ` AND f.fact = 'app'`);
}

export function listAdvertisers(db: Db, sourceIds?: number[]): NamedRow[] {
  return namedEntities(db, 'advertisers', sourceIds, '', '');
}

export function listOffPlatform(db: Db, sourceIds?: number[]): (NamedRow & { events: number })[] {
  const se = sourceCond(db, 'e', sourceIds);
  const sf = sourceCond(db, 'f', sourceIds);
  const rows = db
    .prepare(
      `SELECT x.name, count(*) AS n, sum(x.is_event) AS events, min(x.ts) AS first, max(x.ts) AS last,
              group_concat(DISTINCT x.platform) AS platforms, group_concat(DISTINCT x.what) AS detail
       FROM (
         SELECT e.off_source AS name, 1 AS is_event, e.ts AS ts, e.platform AS platform, e.off_event AS what FROM events e
           WHERE e.kind = 'off_platform' AND e.off_source IS NOT NULL${se.sql}
         UNION ALL
         SELECT f.name, 0, NULL, f.platform, f.value FROM facts f WHERE f.fact = 'off_platform'${sf.sql}
       ) x GROUP BY x.name ORDER BY n DESC, x.name`,
    )
    .all(...se.params, ...sf.params) as (NamedRaw & { events: number })[];
  return named(rows).map((r, i) => ({ ...r, events: rows[i]!.events }));
}

export function countLogins(db: Db, sourceIds?: number[]): number {
  const sc = sourceCond(db, 'e', sourceIds);
  return (db.prepare(`SELECT count(*) AS n FROM events e WHERE e.kind = 'login'${sc.sql}`).get(...sc.params) as { n: number }).n;
}

export function accessSummary(db: Db, datasets: DatasetCredit[], sourceIds?: number[]): AccessSummary {
  const sc = sourceCond(db, 'e', sourceIds);
  const countries = db
    .prepare(
      `SELECT i.country, count(*) AS logins, count(DISTINCT i.id) AS ips FROM events e JOIN ips i ON i.id = e.ip_id
       WHERE e.kind = 'login'${sc.sql} GROUP BY i.country ORDER BY logins DESC, i.country`,
    )
    .all(...sc.params) as { country: string | null; logins: number; ips: number }[];
  const networks = db
    .prepare(
      `SELECT i.asn, i.org, i.network_kind AS networkKind, count(*) AS logins, count(DISTINCT i.id) AS ips
       FROM events e JOIN ips i ON i.id = e.ip_id WHERE e.kind = 'login'${sc.sql}
       GROUP BY i.asn, i.org, i.network_kind ORDER BY logins DESC, i.asn`,
    )
    .all(...sc.params) as AccessSummary['networks'];
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
