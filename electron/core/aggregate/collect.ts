/**
 * One participant's categories from their profile database, before any suppression: per
 * dimension, each value with the number of records that have it. Synthetic sources (personas,
 * the sample) are left out unless asked for, so a workshop's demo data does not count as a person.
 */
import { LOGIN_KINDS } from '../../../shared/domain';
import type { Db } from '../store/db';
import { allowedValue, UNKNOWN, type Dimension } from './format';

export interface RawCell {
  dimension: Dimension;
  value: string;
  records: number;
}

export interface Collected {
  cells: RawCell[];
  sources: number;
  synthetic: boolean;
}

export function collectCells(db: Db, includeSynthetic: boolean): Collected {
  // Complete sources only: an import under way is not visible yet (schema migration 10).
  const srcRows = db.prepare(`SELECT id, synthetic FROM sources WHERE state = 'complete'${includeSynthetic ? '' : ' AND synthetic = 0'}`).all() as { id: number; synthetic: number }[];
  const ids = srcRows.map((r) => r.id);
  if (ids.length === 0) return { cells: [], sources: 0, synthetic: false };
  const inIds = `(${ids.map(() => '?').join(',')})`;
  const logins = `(${LOGIN_KINDS.map(() => '?').join(',')})`;
  const cells: RawCell[] = [];
  const add = (dimension: Dimension, rows: { v: string | null; n: number }[]): void => {
    const byValue = new Map<string, number>();
    for (const r of rows) {
      // A value outside the vocabulary (a malformed dataset row) is counted as unknown, never copied.
      const v = r.v !== null && allowedValue(dimension, r.v) ? r.v : UNKNOWN;
      byValue.set(v, (byValue.get(v) ?? 0) + r.n);
    }
    for (const [value, records] of byValue) cells.push({ dimension, value, records });
  };
  const signIns = (column: string) => db.prepare(
    `SELECT i.${column} AS v, count(*) AS n FROM events e JOIN ips i ON i.id = e.ip_id
     WHERE e.kind IN ${logins} AND e.source_id IN ${inIds} GROUP BY i.${column}`,
  ).all(...LOGIN_KINDS, ...ids) as { v: string | null; n: number }[];
  add('sign-in country', signIns('country'));
  add('sign-in network kind', signIns('network_kind'));
  add('served-from host owner', db.prepare(
    `SELECT h.owner AS v, count(*) AS n FROM urls u JOIN hosts h ON h.id = u.host_id
     LEFT JOIN events e ON e.id = u.event_id LEFT JOIN facts f ON f.id = u.fact_id
     WHERE coalesce(e.source_id, f.source_id) IN ${inIds} GROUP BY h.owner`,
  ).all(...ids) as { v: string | null; n: number }[]);
  add('platform', db.prepare(`SELECT platform AS v, sum(events + facts) AS n FROM sources WHERE id IN ${inIds} GROUP BY platform`).all(...ids) as { v: string; n: number }[]);
  return { cells, sources: ids.length, synthetic: srcRows.some((r) => r.synthetic === 1) };
}
