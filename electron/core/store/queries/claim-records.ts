/**
 * What claim evaluation reads beyond the analyze document (claims/read-input.ts shapes it):
 * location rows of hosts and path hints, sign-in and app records with their provenance, untimed
 * record counts, and the first record of each category. Scoped to the given sources.
 */
import type { LocationKind, Provenance } from '../../../../shared/domain';
import type { Db } from '../db';
import { eventPointerSql } from '../compact';

const inList = (ids: readonly number[]): string => (ids.length > 0 ? ids.map(() => '?').join(',') : 'NULL');

export interface LocationRow { rule_id: string | null; location_label: string | null; location_kind: LocationKind; country: string | null; owner: string | null }

export function hostLocationRows(db: Db): LocationRow[] {
  return db.prepare(`SELECT DISTINCT rule_id, location_label, location_kind, country, owner FROM hosts`).all() as LocationRow[];
}

export function pathHintLocationRows(db: Db): LocationRow[] {
  return db.prepare(`SELECT DISTINCT rule_id, location_label, location_kind, country, NULL AS owner FROM path_hints`).all() as LocationRow[];
}

/** A record with where it came from. */
export interface ProvenancedRow { id: number; ts: number | null; pointer: string; member: string; sha256: string }

export type LoginRecordRow = ProvenancedRow & { model: string | null; system: string | null; user_agent: string | null; identifiers: string | null };

export function loginRecordRows(db: Db, sourceIds: readonly number[]): LoginRecordRow[] {
  return db.prepare(
    `SELECT e.id, e.ts, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256, d.model, d.system, d.user_agent, d.identifiers
     FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id LEFT JOIN devices d ON d.id = e.device_id
     WHERE e.kind = 'login' AND e.source_id IN (${inList(sourceIds)}) ORDER BY e.ts, s.sha256, m.path, pointer`,
  ).all(...sourceIds) as LoginRecordRow[];
}

/** App events (not off-platform) and app facts; facts have id -1 and no time. */
export function appRecordRows(db: Db, sourceIds: readonly number[]): (ProvenancedRow & { name: string })[] {
  const ids = inList(sourceIds);
  return db.prepare(
    `SELECT x.id, x.ts, x.pointer, m.path AS member, s.sha256, a.name FROM (
       SELECT e.id AS id, e.ts AS ts, ${eventPointerSql('e')} AS pointer, e.member_id AS member_id, e.source_id AS source_id, e.app_id AS app_id
         FROM events e WHERE e.app_id IS NOT NULL AND e.kind <> 'off_platform' AND e.source_id IN (${ids})
       UNION ALL
       SELECT -1, NULL, f.pointer, f.member_id, f.source_id, f.app_id FROM facts f WHERE f.app_id IS NOT NULL AND f.fact = 'app' AND f.source_id IN (${ids})
     ) x JOIN apps a ON a.id = x.app_id JOIN members m ON m.id = x.member_id JOIN sources s ON s.id = x.source_id
     ORDER BY a.name, x.ts, s.sha256, m.path, x.pointer`,
  ).all(...sourceIds, ...sourceIds) as (ProvenancedRow & { name: string })[];
}

export function factCounts(db: Db, sourceIds: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  const rows = db.prepare(`SELECT fact, count(*) AS n FROM facts WHERE source_id IN (${inList(sourceIds)}) GROUP BY fact ORDER BY fact`).all(...sourceIds) as { fact: string; n: number }[];
  for (const r of rows) out[r.fact] = r.n;
  return out;
}

/** The first record (import order = the archive's own order) of each event kind, fact kind and device. */
export function categorySamples(db: Db, sourceIds: readonly number[]): Record<string, Provenance> {
  const ids = inList(sourceIds);
  const out: Record<string, Provenance> = {};
  const pick = (sql: string): void => {
    for (const r of db.prepare(sql).all(...sourceIds) as { k: string; pointer: string; member: string; sha256: string }[]) {
      out[r.k] ??= { sourceSha256: r.sha256, member: r.member, pointer: r.pointer };
    }
  };
  pick(`SELECT e.kind AS k, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256 FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
        WHERE e.id IN (SELECT min(id) FROM events WHERE source_id IN (${ids}) GROUP BY kind) ORDER BY e.kind`);
  pick(`SELECT f.fact AS k, f.pointer, m.path AS member, s.sha256 FROM facts f JOIN members m ON m.id = f.member_id JOIN sources s ON s.id = f.source_id
        WHERE f.id IN (SELECT min(id) FROM facts WHERE source_id IN (${ids}) GROUP BY fact) ORDER BY f.fact`);
  pick(`SELECT 'device' AS k, ${eventPointerSql('x')} AS pointer, m.path AS member, s.sha256 FROM (
          SELECT min(e.id) AS id, 'e' AS t FROM events e WHERE e.device_id IS NOT NULL AND e.source_id IN (${ids})
        ) y JOIN events x ON x.id = y.id JOIN members m ON m.id = x.member_id JOIN sources s ON s.id = x.source_id`);
  return out;
}

/** Addresses of the IPs these events name (flagged sign-ins in a report's scope). */
export function addressesOfEvents(db: Db, eventIds: Iterable<number>): Set<string> {
  const out = new Set<string>();
  const stmt = db.prepare(`SELECT i.address FROM events e JOIN ips i ON i.id = e.ip_id WHERE e.id = ?`);
  for (const id of eventIds) {
    const r = stmt.get(id) as { address: string } | undefined;
    if (r) out.add(r.address);
  }
  return out;
}
