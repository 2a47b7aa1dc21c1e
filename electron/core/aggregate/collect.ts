/**
 * One participant's categories from their profile database, before any suppression: per
 * dimension, each value with the number of records that have it. Synthetic sources (personas,
 * the sample) are left out unless asked for, so a workshop's demo data does not count as a person.
 */
import type { Db } from '../store/db';
import { completeSources, linksByHostOwner, recordsByPlatform, signInsBy } from '../store/queries/workshop';
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
  const srcRows = completeSources(db, includeSynthetic);
  const ids = srcRows.map((r) => r.id);
  if (ids.length === 0) return { cells: [], sources: 0, synthetic: false };
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
  add('sign-in country', signInsBy(db, 'country', ids));
  add('sign-in network kind', signInsBy(db, 'network_kind', ids));
  add('served-from host owner', linksByHostOwner(db, ids));
  add('platform', recordsByPlatform(db, ids));
  return { cells, sources: ids.length, synthetic: srcRows.some((r) => r.synthetic) };
}
