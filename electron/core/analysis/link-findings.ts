/**
 * Findings about where links were served from, aggregated in SQL. Each host and each path hint
 * was classified once when the import first met it (hosts / path_hints rows), so a finding is a
 * GROUP BY over (rule, location label): memory grows with the number of distinct groups, not
 * with the number of URLs (an export can hold millions). The wording comes from the evidence
 * layer, through the classification of one representative of each group.
 */
import type { Finding } from '../../../shared/api';
import type { Grade, Provenance } from '../../../shared/domain';
import { FINDING_EVIDENCE_CAP } from '../evidence/findings';
import type { EvidenceKit } from '../evidence/load';
import { stableId } from '../evidence/stable-id';
import { claimSummary, LINKS, type Claim } from '../evidence/wording';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';

export interface LinkFinding {
  finding: Finding;
  /** Selects the event ids behind the finding (one column), for finding_events or a report. */
  eventIdsSql: string;
  params: unknown[];
}

interface GroupRow { rule_id: string; label: string; grade: Grade; sample: string; n: number; lo: number; hi: number }

function sourceFilter(sourceIds?: readonly number[]): { sql: string; params: number[] } {
  if (!sourceIds) return { sql: '', params: [] };
  return { sql: ` AND e.source_id IN (${sourceIds.map(() => '?').join(',') || 'NULL'})`, params: [...sourceIds] };
}

function evidenceOf(db: Db, sql: string, params: unknown[], cap: number): Provenance[] {
  const rows = db
    .prepare(`SELECT s.sha256, m.path AS member, e.pointer FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
              WHERE e.id IN (${sql}) ORDER BY e.ts, e.id LIMIT ?`)
    .all(...params, cap) as { sha256: string; member: string; pointer: string }[];
  return rows.map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer }));
}

function finish(
  db: Db, kind: 'host-location' | 'path-location', g: GroupRow, claim: Claim, eventIdsSql: string, params: unknown[],
): LinkFinding {
  const first = iso(g.lo);
  const last = iso(g.hi);
  return {
    finding: {
      // Key order as evidence/findings.ts writes it: reports serialise findings byte for byte.
      id: stableId('finding', kind, g.rule_id, g.label), kind, grade: g.grade,
      statement: claimSummary(claim, g.n, first, last, LINKS), count: g.n, first, last,
      evidence: evidenceOf(db, eventIdsSql, params, FINDING_EVIDENCE_CAP), eventIds: [],
    },
    eventIdsSql,
    params,
  };
}

export function linkFindings(db: Db, kit: EvidenceKit, sourceIds?: readonly number[]): LinkFinding[] {
  const sf = sourceFilter(sourceIds);
  const out: LinkFinding[] = [];
  const hostGroups = db
    .prepare(
      `SELECT h.rule_id, coalesce(h.location_label, '') AS label, h.grade, min(h.name) AS sample, count(*) AS n, min(e.ts) AS lo, max(e.ts) AS hi
       FROM urls u JOIN hosts h ON h.id = u.host_id JOIN events e ON e.id = u.event_id
       WHERE 1 = 1${sf.sql} GROUP BY h.rule_id, label`,
    )
    .all(...sf.params) as GroupRow[];
  for (const g of hostGroups) {
    const match = kit.hosts.classifyHost(g.sample);
    const sql = `SELECT DISTINCT u.event_id FROM urls u JOIN hosts h ON h.id = u.host_id JOIN events e ON e.id = u.event_id
                 WHERE h.rule_id = ? AND coalesce(h.location_label, '') = ?${sf.sql}`;
    out.push(finish(db, 'host-location', { ...g, grade: match.grade }, match.claim, sql, [g.rule_id, g.label, ...sf.params]));
  }
  const pathGroups = db
    .prepare(
      `SELECT p.rule_id, p.location_label AS label, p.grade, min(u.url) AS sample, count(*) AS n, min(e.ts) AS lo, max(e.ts) AS hi
       FROM urls u JOIN path_hints p ON p.id = u.path_hint_id JOIN events e ON e.id = u.event_id
       WHERE 1 = 1${sf.sql} GROUP BY p.rule_id, p.location_label`,
    )
    .all(...sf.params) as GroupRow[];
  for (const g of pathGroups) {
    const hint = kit.hosts.classifyUrl(g.sample).path.find((h) => h.ruleId === g.rule_id && h.location.label === g.label);
    if (!hint) continue; // the rules changed since import; the stored hint no longer applies
    const sql = `SELECT DISTINCT u.event_id FROM urls u JOIN path_hints p ON p.id = u.path_hint_id JOIN events e ON e.id = u.event_id
                 WHERE p.rule_id = ? AND p.location_label = ?${sf.sql}`;
    out.push(finish(db, 'path-location', { ...g, grade: hint.grade }, hint.claim, sql, [g.rule_id, g.label, ...sf.params]));
  }
  return out;
}
