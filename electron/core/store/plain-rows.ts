/**
 * Plain events (no entity, no extra) waiting to be inserted, ROWS_PER_INSERT to a statement.
 *
 * Consecutive plain events mostly share everything but their id, pointer, time and body: the
 * same member, pointer base, kind, precision and title (a million watched videos). Those shared
 * values are bound once per statement, as named parameters of an `INSERT … SELECT` over a
 * `VALUES` list that holds only what varies: SQLite's cost per bound value was about a third of
 * an insert (bench/README.md, "Fifth pass": 13 values a row 2.6–3.5 s per million rows, 6 values
 * and 7 shared 2.0 s). A row of another shape first flushes the rows before it, so rows go in in
 * the order they came and a buffer only ever holds one shape.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

/** Rows per statement: SQLite's per-statement work and the binding call paid once for 16 rows. */
export const ROWS_PER_INSERT = 16;
/** What varies per row, in the VALUES list: column1 … column6. */
const VARYING = 6;

/** What consecutive plain events share: bound once per statement. */
export interface PlainShape {
  member: number;
  base: number | null;
  kind: string;
  precision: string;
  title: string;
}

function insertSql(rows: number): string {
  const row = `(${new Array<string>(VARYING).fill('?').join(', ')})`;
  return `INSERT INTO events (id, source_id, member_id, pointer, pointer_base, platform, kind, ts, time_text, precision, title, body, raw)
    SELECT column1, @source, @member, column2, @base, @platform, @kind, column3, column4, @precision, @title, column5, column6
    FROM (VALUES ${new Array<string>(rows).fill(row).join(', ')})`;
}

export class PlainEventRows {
  /** Statements by row count (1 … ROWS_PER_INSERT), prepared when first needed. */
  private readonly statements: (Statement | undefined)[] = [];
  private values: unknown[] = [];
  private shape: (PlainShape & { source: number; platform: string }) | null = null;

  constructor(
    private readonly db: Db,
    private readonly source: number,
    private readonly platform: string,
  ) {}

  /** Rows waiting. */
  get size(): number {
    return this.values.length / VARYING;
  }

  /** The shared values first (no object per row), then what varies. */
  add(
    member: number, base: number | null, kind: string, precision: string, title: string,
    id: number, pointer: string, ts: number, timeText: string, body: string | null, raw: string,
  ): void {
    const s = this.shape;
    if (s === null || s.member !== member || s.base !== base || s.kind !== kind || s.precision !== precision || s.title !== title) {
      this.flush();
      this.shape = { source: this.source, platform: this.platform, member, base, kind, precision, title };
    }
    this.values.push(id, pointer, ts, timeText, body, raw);
    if (this.values.length === VARYING * ROWS_PER_INSERT) this.flush();
  }

  /** Inserts every row waiting. */
  flush(): void {
    const n = this.values.length / VARYING;
    if (n === 0) return;
    const stmt = (this.statements[n] ??= this.db.prepare(insertSql(n)));
    stmt.run(this.shape!, this.values);
    this.values = [];
  }
}

/** Values of one event URL row in the buffer: host_id, event_id, url, path_hint_id. */
const URL_WIDTH = 4;

function urlSql(rows: number): string {
  return `INSERT INTO urls (host_id, event_id, url, path_hint_id)
    SELECT @host, column1, column2, @hint FROM (VALUES ${new Array<string>(rows).fill('(?, ?)').join(', ')})`;
}

/**
 * Event URL rows waiting for their events. Consecutive rows mostly share their host and path
 * hint, bound once per run of up to ROWS_PER_INSERT rows, as for plain events. The writer
 * inserts them only once every event they name is in (a foreign-key check, on when other sources
 * exist, sees each statement), so rows are buffered as they come and cut into runs when inserted.
 */
export class EventUrlRows {
  private readonly statements: (Statement | undefined)[] = [];
  private values: unknown[] = [];
  private readonly shared = { host: 0, hint: null as number | null };

  constructor(private readonly db: Db) {}

  add(host: number, event: number, url: string, hint: number | null): void {
    this.values.push(host, event, url, hint);
  }

  /**
   * Inserts the rows waiting, in runs of one host and hint. Unless `all`, a last run shorter than
   * ROWS_PER_INSERT waits for more rows (to go in 16 to a statement).
   */
  insert(all: boolean): void {
    const v = this.values;
    const n = v.length / URL_WIDTH;
    let at = 0;
    while (at < n) {
      const host = v[at * URL_WIDTH], hint = v[at * URL_WIDTH + 3];
      let end = at + 1;
      while (end < n && end - at < ROWS_PER_INSERT && v[end * URL_WIDTH] === host && v[end * URL_WIDTH + 3] === hint) end++;
      const count = end - at;
      if (count < ROWS_PER_INSERT && end === n && !all) break;
      const params = new Array<unknown>(count * 2);
      for (let i = 0; i < count; i++) {
        params[2 * i] = v[(at + i) * URL_WIDTH + 1];
        params[2 * i + 1] = v[(at + i) * URL_WIDTH + 2];
      }
      this.shared.host = host as number;
      this.shared.hint = hint as number | null;
      (this.statements[count] ??= this.db.prepare(urlSql(count))).run(this.shared, params);
      at = end;
    }
    this.values = at === n ? [] : v.slice(at * URL_WIDTH);
  }
}
