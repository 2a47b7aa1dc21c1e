/**
 * Findings for output that streams (`analyze --json`): the same findings listFindings returns,
 * but a finding's events come one at a time from SQLite instead of as one array of rows. A
 * finding can cite every event of an export (the host that served every video): holding its
 * rows (pointer, member, SHA-256 each) cost ~300 bytes per event, 800 MB at a million (issue 15).
 * Link findings name their group of links (schema 12) and are read through urls; the others
 * through finding_events.
 */
import type { Finding } from '../../../../shared/api';
import type { Provenance } from '../../../../shared/domain';
import type { Db } from '../db';
import { iterateLinkGroupEventIds, linkGroupEvidence, linkGroupTouches, storedLinkGroup, type LinkGroupKey } from '../analysis-rows';
import { eventPointerSql } from '../compact';
import { EVIDENCE_CAP } from './flags';
import { iso } from './rows';
import { storedFindingVocab } from './where';
import { findingStatement } from '../../../../shared/words/findings';

export type FindingHead = Omit<Finding, 'eventIds' | 'evidence'> & {
  /** The finding's group of links, or null when its events are listed in finding_events. */
  group: LinkGroupKey | null;
};

interface HeadRow {
  id: string; code: Finding['code']; grade: Finding['grade']; params: string; count: number; first_ts: number | null; last_ts: number | null;
  link_by: 'host' | 'path' | null; link_rule: string | null; link_label: string | null;
}

/**
 * The findings (in the stored order) citing at least one event of these sources, as
 * listFindings filters them; none for an empty list. Without their events.
 */
export function findingHeads(db: Db, sourceIds: readonly number[]): FindingHead[] {
  if (sourceIds.length === 0) return [];
  const listed = db.prepare(
    `SELECT 1 FROM finding_events x JOIN events e ON e.id = x.event_id
     WHERE x.finding_id = ? AND e.source_id IN (${sourceIds.map(() => '?').join(',')}) LIMIT 1`,
  );
  const rows = db
    .prepare(`SELECT id, code, grade, params, count, first_ts, last_ts, link_by, link_rule, link_label FROM findings ORDER BY ord`)
    .all() as HeadRow[];
  const heads: FindingHead[] = [];
  for (const r of rows) {
    const group = storedLinkGroup(r);
    const touches = group === null ? listed.get(r.id, ...sourceIds) !== undefined : linkGroupTouches(db, group, sourceIds);
    if (!touches) continue;
    const v = storedFindingVocab(r.code, r.params);
    heads.push({ id: r.id, kind: v.code, grade: r.grade, statement: findingStatement(v), count: r.count, first: iso(r.first_ts), last: iso(r.last_ts), group, ...v });
  }
  return heads;
}

const ORDER = `ORDER BY e.ts, e.id`;

/** The finding's event ids, in time order, one at a time (evidenceFor's order). */
export function findingEventIds(db: Db, head: FindingHead): IterableIterator<number> {
  if (head.group !== null) return iterateLinkGroupEventIds(db, head.group);
  return db
    .prepare(`SELECT e.id FROM finding_events x JOIN events e ON e.id = x.event_id WHERE x.finding_id = ? ${ORDER}`)
    .pluck()
    .iterate(head.id) as IterableIterator<number>;
}

/** The finding's first EVIDENCE_CAP citations (evidenceFor's). */
export function findingCitations(db: Db, head: FindingHead): Provenance[] {
  if (head.group !== null) return linkGroupEvidence(db, head.group, EVIDENCE_CAP);
  const rows = db
    .prepare(
      `SELECT ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256 FROM finding_events x
       JOIN events e ON e.id = x.event_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE x.finding_id = ? ${ORDER} LIMIT ${EVIDENCE_CAP}`,
    )
    .all(head.id) as { pointer: string; member: string; sha256: string }[];
  return rows.map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer }));
}
