/**
 * Where: every host named by a URL in the export, with its classification, the path hints
 * graded separately, the findings, and the login countries for the map.
 */
import type { Finding, HostRow, WhereSummary } from '../../../../shared/api';
import type { DatasetCredit, Grade, LocationKind, Platform } from '../../../../shared/domain';
import type { FindingVocab } from '../../../../shared/words/codes';
import { findingStatement } from '../../../../shared/words/findings';
import type { Db } from '../db';
import { hiddenSourceIds } from './visible';
import { EVIDENCE_CAP, evidenceFor } from './flags';
import { linkGroupCitations, storedLinkGroup } from '../analysis-rows';
import { iso, splitList } from './rows';

/** The chosen sources' links, never those of an import still under way (staged commits). */
function sourceCond(db: Db, sourceIds?: number[]): { sql: string; params: number[] } {
  const hidden = hiddenSourceIds(db);
  const unfinished = hidden.length === 0 ? '' : ` AND coalesce(e.source_id, f.source_id) NOT IN (${hidden.map((n) => Math.trunc(n)).join(',')})`;
  if (!sourceIds?.length) return { sql: unfinished, params: [] };
  return { sql: ` AND coalesce(e.source_id, f.source_id) IN (${sourceIds.map(() => '?').join(',')})${unfinished}`, params: sourceIds };
}

interface HostRaw {
  id: number; name: string; owner: string | null; grade: Grade; location_label: string | null; location_kind: LocationKind;
  country: string | null; lat: number | null; lon: number | null; statement: string | null; basis: string | null;
  n: number; first: number | null; last: number | null; platforms: string;
}

export function listHosts(db: Db, sourceIds?: number[]): HostRow[] {
  const sc = sourceCond(db, sourceIds);
  const hosts = db
    .prepare(
      `SELECT h.id, h.name, h.owner, h.grade, h.location_label, h.location_kind, h.country, h.lat, h.lon, h.statement, h.basis,
              count(*) AS n, min(e.ts) AS first, max(e.ts) AS last, group_concat(DISTINCT coalesce(e.platform, f.platform)) AS platforms
       FROM urls u JOIN hosts h ON h.id = u.host_id
       LEFT JOIN events e ON e.id = u.event_id LEFT JOIN facts f ON f.id = u.fact_id
       WHERE 1 = 1${sc.sql}
       GROUP BY h.id ORDER BY n DESC, h.name`,
    )
    .all(...sc.params) as HostRaw[];
  const hints = db.prepare(
    `SELECT p.token, p.grade, p.location_label, p.location_kind, p.country, p.lat, p.lon, p.statement, count(*) AS n
     FROM urls u JOIN path_hints p ON p.id = u.path_hint_id
     LEFT JOIN events e ON e.id = u.event_id LEFT JOIN facts f ON f.id = u.fact_id
     WHERE u.host_id = ?${sc.sql} GROUP BY p.id ORDER BY n DESC`,
  );
  return hosts.map((h) => ({
    host: h.name, count: h.n, first: iso(h.first), last: iso(h.last), owner: h.owner,
    location: { label: h.location_label ?? 'unknown', kind: h.location_kind, country: h.country, lat: h.lat, lon: h.lon },
    grade: h.grade, statement: h.statement ?? '', basis: h.basis,
    pathHints: (hints.all(h.id, ...sc.params) as {
      token: string; grade: Grade; location_label: string; location_kind: LocationKind; country: string | null;
      lat: number | null; lon: number | null; statement: string; n: number;
    }[]).map((p) => ({
      token: p.token, grade: p.grade, statement: p.statement, count: p.n,
      location: { label: p.location_label, kind: p.location_kind, country: p.country, lat: p.lat, lon: p.lon },
    })),
    platforms: splitList<Platform>(h.platforms),
  }));
}

/** A stored code + params, as the analysis wrote them (store/analysis-rows.ts writeDerived). */
export function storedFindingVocab(code: FindingVocab['code'], params: string): FindingVocab {
  // The params were written by JSON.stringify of the same vocabulary type; nothing else writes them.
  const parsed = JSON.parse(params) as FindingVocab['params'];
  return { code, params: parsed } as FindingVocab;
}

/** Findings as stored (code + params); the statement is rendered here, at the edge, by shared/words. */
export function listFindings(db: Db, sourceIds?: number[]): Finding[] {
  const rows = db.prepare(`SELECT id, code, grade, params, count, first_ts, last_ts, link_by, link_rule, link_label FROM findings ORDER BY ord`).all() as {
    id: string; code: FindingVocab['code']; grade: Grade; params: string; count: number; first_ts: number | null; last_ts: number | null;
    link_by: 'host' | 'path' | null; link_rule: string | null; link_label: string | null;
  }[];
  const findings: Finding[] = rows.map((r) => {
    const v = storedFindingVocab(r.code, r.params);
    const group = storedLinkGroup(r);
    return {
      id: r.id, kind: v.code, grade: r.grade, statement: findingStatement(v), count: r.count, first: iso(r.first_ts), last: iso(r.last_ts),
      // A link finding names its group of links (schema 12); the others list their events.
      ...(group === null ? evidenceFor(db, 'finding_events', 'finding_id', r.id) : linkGroupCitations(db, group, EVIDENCE_CAP)), ...v,
    };
  });
  if (!sourceIds?.length) return findings;
  const inSources = db.prepare(`SELECT 1 FROM events WHERE id = ? AND source_id IN (${sourceIds.map(() => '?').join(',')})`);
  return findings.filter((f) => f.eventIds.some((id) => inSources.get(id, ...sourceIds)));
}

export function whereSummary(db: Db, datasets: DatasetCredit[], sourceIds?: number[]): WhereSummary {
  const sc = sourceIds?.length ? { sql: ` AND e.source_id IN (${sourceIds.map(() => '?').join(',')})`, params: sourceIds } : { sql: '', params: [] };
  const loginCountries = db
    .prepare(
      `SELECT i.country, count(*) AS logins FROM events e JOIN ips i ON i.id = e.ip_id
       WHERE e.kind = 'login' AND i.country IS NOT NULL${sc.sql} GROUP BY i.country ORDER BY logins DESC`,
    )
    .all(...sc.params) as { country: string; logins: number }[];
  return { hosts: listHosts(db, sourceIds), findings: listFindings(db, sourceIds), loginCountries, datasets };
}
