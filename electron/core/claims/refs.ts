/** Building EvidenceRefs from findings and record groups: ids, grades, counts, dates, a few citations. */
import type { Finding } from '../../../shared/api';
import type { EvidenceRef, EvidenceRole } from '../../../shared/claims';
import type { Grade } from '../../../shared/domain';
import type { RecordGroup } from './input';

/** Citations kept per piece of evidence: enough to find the records, not a copy of them. */
export const CITATION_CAP = 5;

export function findingRef(f: Finding, role: EvidenceRole, opts: { country?: string | null; grade?: Grade; what?: string } = {}): EvidenceRef {
  return {
    ref: `finding:${f.id}`, role, grade: opts.grade ?? f.grade, what: opts.what ?? f.statement, count: f.count, first: f.first, last: f.last,
    country: opts.country ?? null, citations: f.evidence.slice(0, CITATION_CAP), eventIds: f.eventIds,
  };
}

export function groupRef(g: RecordGroup, ref: string, role: EvidenceRole, what: string, country: string | null = null): EvidenceRef {
  return {
    ref, role, grade: g.grade, what, count: g.count, first: g.first, last: g.last, country,
    citations: g.citations.slice(0, CITATION_CAP), eventIds: g.eventIds,
  };
}
