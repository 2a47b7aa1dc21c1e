/**
 * Findings about where links were served from, aggregated in SQL. Each host and each path hint
 * was classified once when the import first met it (hosts / path_hints rows), so a finding is a
 * GROUP BY over (rule, location label): memory grows with the number of distinct groups, not
 * with the number of URLs (an export can hold millions). The finding's params come from the
 * classification of one representative of each group; its words from shared/words. The SQL is
 * in store/analysis-rows.ts.
 */
import type { Finding } from '../../../shared/api';
import type { Grade } from '../../../shared/domain';
import type { LocationStatement } from '../../../shared/words/location';
import { FINDING_EVIDENCE_CAP, wordedFinding } from '../evidence/findings';
import type { EvidenceKit } from '../evidence/load';
import { stableId } from '../evidence/stable-id';
import { linkGroupEvidence, linkGroups, walkPays, type LinkGroupKey, type LinkGroupRow } from '../store/analysis-rows';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';

export interface LinkFinding {
  finding: Finding;
  /** The group behind the finding: its events are linked (finding_events) or listed (a report) by the store. */
  group: LinkGroupKey;
}

function finish(
  db: Db, code: 'host-location' | 'path-location', g: LinkGroupRow, grade: Grade, place: LocationStatement, group: LinkGroupKey, walk: boolean,
): LinkFinding {
  const first = iso(g.lo);
  const last = iso(g.hi);
  return {
    finding: wordedFinding({
      id: stableId('finding', code, g.ruleId, g.label), grade, count: g.count, first, last,
      evidence: linkGroupEvidence(db, group, FINDING_EVIDENCE_CAP, walk), eventIds: [],
    }, { code, params: { count: g.count, first, last, place } }),
    group,
  };
}

export function linkFindings(db: Db, kit: EvidenceKit, sourceIds?: readonly number[]): LinkFinding[] {
  const out: LinkFinding[] = [];
  const pays = walkPays(db);
  for (const g of linkGroups(db, 'host', sourceIds)) {
    const match = kit.hosts.classifyHost(g.sample);
    out.push(finish(db, 'host-location', g, match.grade, match.said, { by: 'host', ruleId: g.ruleId, label: g.label, sourceIds }, pays(g.count)));
  }
  for (const g of linkGroups(db, 'path', sourceIds)) {
    const hint = kit.hosts.classifyUrl(g.sample).path.find((h) => h.ruleId === g.ruleId && h.location.label === g.label);
    if (!hint) continue; // the rules changed since import; the stored hint no longer applies
    out.push(finish(db, 'path-location', g, hint.grade, hint.said, { by: 'path', ruleId: g.ruleId, label: g.label, sourceIds }, pays(g.count)));
  }
  return out;
}
