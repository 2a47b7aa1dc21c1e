/**
 * Counting and placing events without scanning them, from `event_days` (events per UTC day,
 * source, platform and kind; written by the import, see writer.ts, and by migration 3).
 *
 * "How many matching events lie before time t" is the sum of the whole days before t's day plus
 * an exact count inside t's day — from the day's start or back from its end, whichever is
 * shorter — so every answer is exact while the rows touched are bounded by half a day's events
 * per point asked. The timeline's total, the offset of a time, the histogram's buckets and where
 * a page starts are all differences of such counts.
 *
 * Only filters on time, source, platform and kind can be answered this way (`dayScope`); the
 * others (full-text, country, network, device, flagged) count rows as before.
 */
import type { TimelineFilter } from '../../../../shared/api';
import type { Db } from '../db';
import { DAY_MS } from '../iso-time';
import { ftsQuery } from './filter';

export { DAY_MS };

/** The UTC day number of a time in ms (floor, also before 1970). */
export function dayOf(ts: number): number {
  return Math.floor(ts / DAY_MS);
}

/** The same as `dayOf`, in SQL, for an integer column: SQLite's `%` keeps the dividend's sign. */
export const DAY_OF_TS_SQL = `((ts - ((ts % ${DAY_MS}) + ${DAY_MS}) % ${DAY_MS}) / ${DAY_MS})`;

interface Cond {
  sql: string;
  params: unknown[];
}

/** A filter's conditions other than time, for event_days (alias d) and for events (alias e). */
export interface DayScope {
  days: Cond;
  events: Cond;
}

const inList = (column: string, values: readonly unknown[]): Cond => ({ sql: ` AND ${column} IN (${values.map(() => '?').join(',')})`, params: [...values] });

/**
 * The scope of a filter when event_days can answer for it, else null. `hidden`: sources still
 * importing (queries/visible.ts); their event_days rows are written in their last transaction,
 * so only the events side needs the condition.
 */
export function dayScope(f: TimelineFilter, hidden: readonly number[] = []): DayScope | null {
  if (f.countries?.length || f.networkKinds?.length || f.deviceIds?.length || f.flaggedOnly) return null;
  if (f.q && ftsQuery(f.q) !== null) return null;
  const days: Cond = { sql: '', params: [] };
  const events: Cond = { sql: '', params: [] };
  const add = (column: string, values: readonly unknown[] | undefined): void => {
    if (!values?.length) return;
    const d = inList(`d.${column}`, values);
    const e = inList(`e.${column}`, values);
    days.sql += d.sql;
    days.params.push(...d.params);
    events.sql += e.sql;
    events.params.push(...e.params);
  };
  add('source_id', f.sourceIds);
  add('platform', f.platforms);
  add('kind', f.kinds);
  if (hidden.length > 0) events.sql += ` AND e.source_id NOT IN (${hidden.map((n) => Math.trunc(n)).join(',')})`;
  return { days, events };
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface LoadedDays {
  days: number[];
  cum: number[];
}

/** Per connection: the day sums of recent scopes, valid while the database is unchanged (`stamp`). */
const dayCache = new WeakMap<Db, { stamp: string; byKey: Map<string, LoadedDays> }>();
/** Scopes kept per connection (filters a person switches between while browsing). */
const MAX_CACHED_SCOPES = 16;

/**
 * A mark that differs after any change to the database: commits by other connections move
 * `data_version`, this connection's inserts, updates and deletes move `total_changes()`.
 */
function changeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = db.prepare(`SELECT total_changes()`).pluck().get() as number;
  return `${version}:${own}`;
}

/**
 * The matching days and their running sums. Summing event_days per day took 8 ms at 10 M events
 * (57 k rows, 1,848 days) — most of a page's cost, and the same answer for every page and count of
 * one filter — so the sums are kept until the database changes.
 */
function loadDays(db: Db, scope: DayScope, fromDay: number, toDay: number): LoadedDays {
  const stamp = changeStamp(db);
  let cache = dayCache.get(db);
  if (cache === undefined || cache.stamp !== stamp) dayCache.set(db, (cache = { stamp, byKey: new Map() }));
  const key = `${fromDay}|${toDay}|${scope.days.sql}|${JSON.stringify(scope.days.params)}`;
  const hit = cache.byKey.get(key);
  if (hit !== undefined) return hit;
  const rows = db
    .prepare(`SELECT d.day, sum(d.n) FROM event_days d WHERE d.day BETWEEN ? AND ?${scope.days.sql} GROUP BY d.day ORDER BY d.day`)
    .raw()
    .all(fromDay, toDay, ...scope.days.params) as [number, number][];
  const loaded: LoadedDays = { days: [], cum: [0] };
  let total = 0;
  for (const [day, n] of rows) {
    if (n <= 0) continue;
    loaded.days.push(day);
    total += n;
    loaded.cum.push(total);
  }
  if (cache.byKey.size >= MAX_CACHED_SCOPES) cache.byKey.clear();
  cache.byKey.set(key, loaded);
  return loaded;
}

/**
 * Per-day counts of one scope over a range of days, with exact counts of events before any time
 * in that range. `before(t)` counts events with `ts < t` from the first loaded day on.
 */
export class DayCounter {
  private readonly days: readonly number[];
  /** cum[i]: events in the loaded days before days[i]; cum[days.length] is the total. */
  private readonly cum: readonly number[];
  private readonly countStmt;

  constructor(
    private readonly db: Db,
    private readonly scope: DayScope,
    fromDay = Number.MIN_SAFE_INTEGER,
    toDay = Number.MAX_SAFE_INTEGER,
  ) {
    const loaded = loadDays(db, scope, fromDay, toDay);
    this.days = loaded.days;
    this.cum = loaded.cum;
    this.countStmt = db.prepare(`SELECT count(*) FROM events e WHERE e.ts >= ? AND e.ts < ?${scope.events.sql}`).pluck();
  }

  /** Events in the loaded days. */
  get total(): number {
    return this.cum[this.days.length]!;
  }

  /** Average events per loaded day: what one partial-day count may touch. */
  get perDay(): number {
    return this.days.length === 0 ? 0 : this.total / this.days.length;
  }

  /** Exact count of matching events with a ≤ ts < b. */
  exact(a: number, b: number): number {
    if (!(b > a)) return 0;
    return this.countStmt.get(a, b, ...this.scope.events.params) as number;
  }

  /** Matching events with ts < t, counted from the first loaded day. */
  before(t: number): number {
    if (Number.isNaN(t)) return 0;
    if (t === Number.POSITIVE_INFINITY) return this.total;
    if (t === Number.NEGATIVE_INFINITY) return 0;
    const d = dayOf(t);
    const i = lowerBound(this.days, d);
    const whole = this.cum[i]!;
    if (this.days[i] !== d) return whole;
    const start = d * DAY_MS;
    if (t === start) return whole;
    const inDay = this.cum[i + 1]! - whole;
    return t - start <= DAY_MS / 2 ? whole + this.exact(start, t) : whole + inDay - this.exact(t, start + DAY_MS);
  }

  /**
   * The time span `[start, end)` holding the events at positions `[at, at + n)` (0 = the first
   * event ≥ `from`), and how many matching events in it come before position `at`: a page can
   * then seek to `start` and skip only those.
   */
  window(from: number, at: number, n: number, to: number): { start: number; end: number; skip: number } {
    const base = this.before(from);
    const g = base + at;
    // The last day whose cumulative count does not pass g holds position g.
    const i = Math.max(0, lowerBound(this.cum, g + 1) - 1);
    const dayStart = (this.days[Math.min(i, this.days.length - 1)] ?? dayOf(from)) * DAY_MS;
    const start = Math.max(from, dayStart);
    const j = Math.min(this.days.length - 1, Math.max(0, lowerBound(this.cum, g + n) - 1));
    const end = Math.min(to, ((this.days[j] ?? dayOf(start)) + 1) * DAY_MS);
    return { start, end: Math.max(end, start), skip: g - this.before(start) };
  }

  /** The first matching event's time at or after `from` (and before `to`), or null. */
  firstTs(from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): number | null {
    const stmt = this.db.prepare(`SELECT min(e.ts) FROM events e WHERE e.ts >= ? AND e.ts < ?${this.scope.events.sql}`).pluck();
    for (let i = lowerBound(this.days, dayOf(Math.max(from, Number.MIN_SAFE_INTEGER))); i < this.days.length; i++) {
      const a = Math.max(from, this.days[i]! * DAY_MS);
      const b = Math.min(to, (this.days[i]! + 1) * DAY_MS);
      if (a >= to) return null;
      const v = stmt.get(a, b, ...this.scope.events.params) as number | null;
      if (v !== null) return v;
    }
    return null;
  }

  /** The last matching event's time before `to` (and at or after `from`), or null. */
  lastTs(from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): number | null {
    const stmt = this.db.prepare(`SELECT max(e.ts) FROM events e WHERE e.ts >= ? AND e.ts < ?${this.scope.events.sql}`).pluck();
    const last = to === Number.POSITIVE_INFINITY ? this.days.length : lowerBound(this.days, dayOf(to - 1) + 1);
    for (let i = last - 1; i >= 0; i--) {
      const a = Math.max(from, this.days[i]! * DAY_MS);
      const b = Math.min(to, (this.days[i]! + 1) * DAY_MS);
      if (b <= from) return null;
      const v = stmt.get(a, b, ...this.scope.events.params) as number | null;
      if (v !== null) return v;
    }
    return null;
  }
}

/** Recomputes event_days from the events (all sources, or one): for the migration and tools. */
export function rebuildEventDays(db: Db, sourceId?: number): void {
  const where = sourceId === undefined ? '' : 'WHERE source_id = ?';
  const params = sourceId === undefined ? [] : [sourceId];
  db.prepare(`DELETE FROM event_days ${where}`).run(...params);
  db.prepare(
    `INSERT INTO event_days (day, source_id, platform, kind, n)
     SELECT ${DAY_OF_TS_SQL}, source_id, platform, kind, count(*) FROM events ${where} GROUP BY 1, 2, 3, 4`,
  ).run(...params);
}
