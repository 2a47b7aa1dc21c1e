/**
 * Pure grouping of record rows (as read from the store) into the RecordGroups claim tests use.
 * Rows arrive in time order; keys never contain database ids.
 */
import type { Grade, Provenance } from '../../../shared/domain';
import type { AppRecord, LoginDevice, LoginTable } from './input';
import { CITATION_CAP } from './refs';

/** The export's own records: the platform's statement about the account. */
export const EXPORT_RECORD_GRADE: Grade = 'A';

export interface RecordRow {
  eventId: number;
  time: string | null;
  provenance: Provenance;
}

interface Acc { count: number; first: string | null; last: string | null; citations: Provenance[]; eventIds: number[] }

function accumulate(acc: Acc, r: RecordRow): void {
  acc.count++;
  if (r.time !== null) {
    if (acc.first === null || r.time < acc.first) acc.first = r.time;
    if (acc.last === null || r.time > acc.last) acc.last = r.time;
  }
  if (acc.citations.length < CITATION_CAP) acc.citations.push(r.provenance);
  if (r.eventId >= 0) acc.eventIds.push(r.eventId);
}

const fresh = (): Acc => ({ count: 0, first: null, last: null, citations: [], eventIds: [] });

/** JSON list pointer `/A/B/List/3` → `/A/B/List`; text lines (`line:N`) → '' (the whole file). */
export function tableOf(pointer: string): string {
  if (!pointer.startsWith('/')) return '';
  return pointer.replace(/\/\d+(?:\/.*)?$/, '');
}

export function groupLoginTables(rows: readonly RecordRow[]): LoginTable[] {
  const map = new Map<string, { acc: Acc; sha: string; member: string; table: string; oldest: RecordRow | null; newest: RecordRow | null }>();
  for (const r of rows) {
    const table = tableOf(r.provenance.pointer);
    const key = `${r.provenance.sourceSha256.slice(0, 12)}:${r.provenance.member}${table ? `#${table}` : ''}`;
    let g = map.get(key);
    if (!g) {
      g = { acc: fresh(), sha: r.provenance.sourceSha256, member: r.provenance.member, table, oldest: null, newest: null };
      map.set(key, g);
    }
    accumulate(g.acc, r);
    if (r.time !== null) {
      if (g.oldest === null || (g.oldest.time !== null && r.time < g.oldest.time)) g.oldest = r;
      if (g.newest === null || (g.newest.time !== null && r.time >= g.newest.time)) g.newest = r;
    }
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, g]) => ({
    key, sourceSha256: g.sha, member: g.member, table: g.table, ...g.acc, grade: EXPORT_RECORD_GRADE,
    oldest: g.oldest?.provenance ?? null, newest: g.newest?.provenance ?? null,
  }));
}

export interface DeviceRow extends RecordRow {
  model: string | null;
  system: string | null;
  userAgent: string | null;
  identifiers: Record<string, string>;
}

export function deviceLabelOf(model: string | null, system: string | null, userAgent: string | null): string | null {
  const label = [model, system].filter((x): x is string => !!x && x.trim() !== '').join(' · ');
  return label || (userAgent && userAgent.trim() !== '' ? userAgent : null);
}

export function groupLoginDevices(rows: readonly DeviceRow[]): LoginDevice[] {
  const map = new Map<string, { acc: Acc; row: DeviceRow; label: string | null }>();
  for (const r of rows) {
    const label = deviceLabelOf(r.model, r.system, r.userAgent);
    const ids = Object.entries(r.identifiers).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',');
    const key = label === null && ids === '' ? '(none)' : `${label ?? ''}${ids ? ` [${ids}]` : ''}`;
    let g = map.get(key);
    if (!g) {
      g = { acc: fresh(), row: r, label: label ?? (ids ? ids : null) };
      map.set(key, g);
    }
    accumulate(g.acc, r);
  }
  return [...map.entries()]
    .sort(([a, x], [b, y]) => y.acc.count - x.acc.count || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => ({
      key, label: g.label, model: g.row.model, system: g.row.system, identifiers: g.row.identifiers, ...g.acc, grade: EXPORT_RECORD_GRADE,
    }));
}

export function groupApps(rows: readonly (RecordRow & { name: string })[]): AppRecord[] {
  const map = new Map<string, Acc>();
  for (const r of rows) {
    let acc = map.get(r.name);
    if (!acc) {
      acc = fresh();
      map.set(r.name, acc);
    }
    accumulate(acc, r);
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, acc]) => ({ key: name, name, ...acc, grade: EXPORT_RECORD_GRADE }));
}
