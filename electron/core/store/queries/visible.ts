/**
 * Staged imports (schema migration 10): a source is written in committed batches while its
 * state is 'importing', and only its last transaction makes it 'complete'. Every query that
 * reads events, facts or sources must leave the unfinished ones out.
 *
 * Outside an import there are none, and the condition is empty: no cost on the hot queries.
 * While one runs, the few ids are inlined (integers read from our own table, never user input).
 */
import type { Db } from '../db';

export function hiddenSourceIds(db: Db): number[] {
  return db.prepare(`SELECT id FROM sources WHERE state <> 'complete'`).pluck().all() as number[];
}

/** ` AND <alias>.source_id NOT IN (…)` while an import is under way, else ''. */
export function hideUnfinished(db: Db, alias: string, column = 'source_id'): string {
  const ids = hiddenSourceIds(db);
  return ids.length === 0 ? '' : ` AND ${alias}.${column} NOT IN (${ids.map((n) => Math.trunc(n)).join(',')})`;
}

/** For `FROM sources s`: the rows a person may see. */
export const COMPLETE_SOURCE = `state = 'complete'`;
