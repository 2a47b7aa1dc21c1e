/**
 * The access summary (Who view) computed from scratch: every event and fact row grouped once,
 * as the ledger was computed before the per-source counts (migration 11). The reference the
 * counts are tested against (access-counts.test.ts) and the bench's same-run baseline.
 */
import type { AccessSummary } from '../../../shared/api';
import type { Platform } from '../../../shared/domain';
import { groupDevices } from '../../../electron/core/evidence/devices';
import type { Db } from '../../../electron/core/store/db';
import { listFlags } from '../../../electron/core/store/queries/flags';
import { iso, splitList } from '../../../electron/core/store/queries/rows';

export function accessFromScratch(db: Db, sourceIds?: number[]): AccessSummary {
  const hidden = db.prepare(`SELECT id FROM sources WHERE state <> 'complete'`).pluck().all() as number[];
  const cond = (a: string) =>
    (sourceIds?.length ? ` AND ${a}.source_id IN (${sourceIds.join(',')})` : '') + (hidden.length ? ` AND ${a}.source_id NOT IN (${hidden.join(',')})` : '');
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const countries = all<AccessSummary['countries'][number]>(
    `SELECT i.country, count(*) AS logins, count(DISTINCT i.id) AS ips FROM events e JOIN ips i ON i.id = e.ip_id
     WHERE e.kind = 'login'${cond('e')} GROUP BY i.country ORDER BY logins DESC, i.country`);
  const networks = all<AccessSummary['networks'][number]>(
    `SELECT i.asn, i.org, i.network_kind AS networkKind, count(*) AS logins, count(DISTINCT i.id) AS ips
     FROM events e JOIN ips i ON i.id = e.ip_id WHERE e.kind = 'login'${cond('e')} GROUP BY i.asn, i.org, i.network_kind ORDER BY logins DESC, i.asn`);
  const ips = all<Record<string, never>>(
    `SELECT i.*, count(*) AS n, min(e.ts) AS first, max(e.ts) AS last, group_concat(DISTINCT e.platform) AS platforms, max(e.flagged) AS flagged
     FROM events e JOIN ips i ON i.id = e.ip_id WHERE 1 = 1${cond('e')} GROUP BY i.id ORDER BY n DESC, i.address`,
  ).map((r: Record<string, unknown>) => ({
    ip: r.address, count: r.n, first: iso(r.first as number), last: iso(r.last as number), country: r.country,
    registryCountry: r.registry_country, asn: r.asn, org: r.org, networkKind: r.network_kind, provider: r.provider,
    networkBasis: r.network_basis, platforms: splitList<Platform>(r.platforms as string), flagged: r.flagged === 1,
  }));
  const devRows = all<Record<string, unknown>>(
    `SELECT d.*, count(*) AS n, min(x.ts) AS first, max(x.ts) AS last, group_concat(DISTINCT x.platform) AS platforms
     FROM devices d JOIN (SELECT e.device_id AS k, e.ts AS ts, e.platform AS platform FROM events e WHERE e.device_id IS NOT NULL${cond('e')}
       UNION ALL SELECT f.device_id, NULL, f.platform FROM facts f WHERE f.device_id IS NOT NULL${cond('f')}) x ON x.k = d.id
     GROUP BY d.id ORDER BY n DESC, d.id`);
  const devices = devRows.map((r) => ({
    id: r.id as number, model: (r.model ?? (r.user_agent ? r.user_agent : null)) as string | null, system: r.system as string | null,
    identifiers: JSON.parse(r.identifiers as string) as Record<string, string>, count: r.n as number, first: iso(r.first as number | null),
    last: iso(r.last as number | null), platforms: splitList<Platform>(r.platforms as string), userAgent: r.user_agent as string | null,
  }));
  const groups = groupDevices(devices.map((d, i) => ({ ...d, rawModel: devRows[i]!.model as string | null })));
  const groupOf = new Map<number, string>();
  for (const g of groups) for (const id of g.deviceIds) groupOf.set(id, g.key);
  const named = (rows: Record<string, unknown>[]) => rows.map((r) => ({
    name: r.name as string, count: r.n as number, first: iso(r.first as number | null), last: iso(r.last as number | null),
    platforms: splitList<Platform>(r.platforms as string),
    detail: r.detail ? [...new Set((r.detail as string).split(','))].sort().join(', ') : null,
  }));
  const entity = (table: string, col: string, ev: string, fa: string) => named(all(
    `SELECT a.name, count(*) AS n, min(x.ts) AS first, max(x.ts) AS last, group_concat(DISTINCT x.platform) AS platforms, group_concat(DISTINCT x.what) AS detail
     FROM ${table} a JOIN (SELECT e.${col} AS k, e.ts AS ts, e.platform AS platform, e.kind AS what FROM events e WHERE e.${col} IS NOT NULL${ev}${cond('e')}
       UNION ALL SELECT f.${col}, NULL, f.platform, f.fact FROM facts f WHERE f.${col} IS NOT NULL${fa}${cond('f')}) x ON x.k = a.id
     GROUP BY a.id ORDER BY n DESC, a.name`));
  const offRows = all<Record<string, unknown>>(
    `SELECT x.name, count(*) AS n, sum(x.is_event) AS events, min(x.ts) AS first, max(x.ts) AS last,
            group_concat(DISTINCT x.platform) AS platforms, group_concat(DISTINCT x.what) AS detail
     FROM (SELECT e.off_source AS name, 1 AS is_event, e.ts AS ts, e.platform AS platform, e.off_event AS what FROM events e
             WHERE e.kind = 'off_platform' AND e.off_source IS NOT NULL${cond('e')}
           UNION ALL SELECT f.name, 0, NULL, f.platform, f.value FROM facts f WHERE f.fact = 'off_platform'${cond('f')}) x
     GROUP BY x.name ORDER BY n DESC, x.name`);
  return {
    logins: (db.prepare(`SELECT count(*) FROM events e WHERE e.kind = 'login'${cond('e')}`).pluck().get() as number),
    ips: ips as AccessSummary['ips'],
    devices: devices.map((d) => ({ ...d, group: groupOf.get(d.id) })),
    deviceGroups: groups,
    countries,
    networks,
    apps: entity('apps', 'app_id', ` AND e.kind <> 'off_platform'`, ` AND f.fact = 'app'`),
    advertisers: entity('advertisers', 'advertiser_id', '', ''),
    offPlatform: named(offRows).map((r, i) => ({ ...r, events: offRows[i]!.events as number })),
    flags: listFlags(db, sourceIds),
    datasets: [],
  };
}
