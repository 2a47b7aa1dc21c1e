/**
 * Findings for output that streams (`analyze --json`): the same findings listFindings returns,
 * but a finding's events come one at a time from SQLite instead of as one array of rows. A
 * finding can cite every event of an export (the host that served every video): holding its
 * rows (pointer, member, SHA-256 each) cost ~300 bytes per event, 800 MB at a million (issue 15).
 */
import type { Finding } from '../../../../shared/api';
import type { Provenance } from '../../../../shared/domain';
import type { Db } from '../db';
import { EVIDENCE_CAP } from './flags';
import { iso } from './rows';
import { storedFindingVocab } from './where';
import { findingStatement } from '../../../../shared/words/findings';

export type FindingHead = Omit<Finding, 'eventIds' | 'evidence'>;

/**
 * The findings (in the stored order) citing at least one event of these sources, as
 * listFindings filters them; none for an empty list. Without their events.
 */
export function findingHeads(db: Db, sourceIds: readonly number[]): FindingHead[] {
  if (sourceIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT f.id, f.code, f.grade, f.params, f.count, f.first_ts, f.last_ts FROM findings f
       WHERE EXISTS (SELECT 1 FROM finding_events x JOIN events e ON e.id = x.event_id
                     WHERE x.finding_id = f.id AND e.source_id IN (${sourceIds.map(() => '?').join(',')}))
       ORDER BY f.ord`,
    )
    .all(...sourceIds) as { id: string; code: Finding['code']; grade: Finding['grade']; params: string; count: number; first_ts: number | null; last_ts: number | null }[];
  return rows.map((r) => {
    const v = storedFindingVocab(r.code, r.params);
    return { id: r.id, kind: v.code, grade: r.grade, statement: findingStatement(v), count: r.count, first: iso(r.first_ts), last: iso(r.last_ts), ...v };
  });
}

const ORDER = `ORDER BY e.ts, e.id`;

/** The finding's event ids, in time order, one at a time (evidenceFor's order). */
export function findingEventIds(db: Db, findingId: string): IterableIterator<number> {
  return db
    .prepare(`SELECT e.id FROM finding_events x JOIN events e ON e.id = x.event_id WHERE x.finding_id = ? ${ORDER}`)
    .pluck()
    .iterate(findingId) as IterableIterator<number>;
}

/** The finding's first EVIDENCE_CAP citations (evidenceFor's). */
export function findingCitations(db: Db, findingId: string): Provenance[] {
  const rows = db
    .prepare(
      `SELECT e.pointer, m.path AS member, s.sha256 FROM finding_events x
       JOIN events e ON e.id = x.event_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE x.finding_id = ? ${ORDER} LIMIT ${EVIDENCE_CAP}`,
    )
    .all(findingId) as { pointer: string; member: string; sha256: string }[];
  return rows.map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer }));
}
