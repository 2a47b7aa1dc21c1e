/**
 * `export-contains`: completeness. Each category the claim names is looked up among the export's
 * records (timeline events by kind, untimed records by fact kind; "device" = distinct devices).
 * Present → supports. Absent → contradicts (the export's own content, grade A) — unless some of
 * the export's files were not read (unknown format or errors): the category might be in them, so
 * the absence only raises a question.
 */
import type { ClaimTest, EvidenceRef } from '../../../../shared/claims';
import type { Provenance } from '../../../../shared/domain';
import { conflictRole } from '../decide';
import type { ClaimEvidence } from '../input';
import { gradePhrase, joinWords, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'export-contains' }>;

export function categoryCount(input: ClaimEvidence, category: string): number {
  if (category === 'device') return input.doc.access.devices.length;
  const events = (input.doc.events.byKind as Record<string, number | undefined>)[category] ?? 0;
  return events + (input.factCounts[category] ?? 0);
}

export const exportContains: ClaimTestFn<Test> = (_claim, test, input) => {
  const unread = input.doc.sources.flatMap((s) => [...s.coverage.unknown.map((u) => u.member), ...s.coverage.errors.map((e) => e.member)]);
  const evidence: EvidenceRef[] = test.categories.map((category) => {
    const n = categoryCount(input, category);
    const sample = input.categorySamples[category];
    const citations: Provenance[] = n > 0 && sample ? [sample] : [];
    const base = { ref: `category:${category}`, grade: 'A' as const, count: n, first: null, last: null, country: null, citations };
    if (n > 0) return { ...base, role: 'supports' as const, what: category === 'device' ? `The export names ${plural(n, 'device')}.` : `The export holds ${plural(n, 'record')} of kind "${category}".` };
    const role = unread.length > 0 ? 'questions' as const : conflictRole('A', 'unbounded');
    return { ...base, role, what: `The export holds no record of kind "${category}".` };
  });
  const missing = evidence.filter((e) => e.count === 0).map((e) => e.ref.slice('category:'.length));
  const reasons: string[] = [];
  if (missing.length > 0 && unread.length > 0) reasons.push(`${plural(unread.length, 'file')} in the export could not be read (${joinWords(unread.slice(0, 5))}${unread.length > 5 ? ', …' : ''}); the missing categories might be in them.`);
  if (input.doc.sources.length === 0) reasons.push('No archive in this report matches the claim.');
  return testOutcome(evidence, reasons, {
    contradicted: (grade) => `Contradicted: the export holds no ${joinWords(missing.map((m) => `"${m}"`))} records (${grade ? gradePhrase(grade) : 'the export\'s own content'}).`,
    questionable: () => `Questionable: no ${joinWords(missing.map((m) => `"${m}"`))} records were found, but some files could not be read.`,
    consistent: () => `Consistent: the export holds ${joinWords(test.categories.map((c) => `"${c}"`))} records.`,
    'not-testable': () => 'Not testable: no archive to look in.',
  });
};
