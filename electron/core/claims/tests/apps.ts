/**
 * `no-third-party-apps`: any app the export lists as authorised contradicts the claim (the
 * export's own records, grade A). An export that lists none cannot confirm it: it may hold no
 * such list at all, and Whereabouts cannot tell the two apart.
 */
import type { ClaimTest, EvidenceRef } from '../../../../shared/claims';
import { timing } from '../dates';
import { conflictRole } from '../decide';
import { groupRef } from '../refs';
import { dated, gradePhrase, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'no-third-party-apps' }>;

export const noThirdPartyApps: ClaimTestFn<Test> = (claim, _test, input) => {
  const evidence: EvidenceRef[] = input.apps.map((a) =>
    groupRef(a, `app:${a.key}`, conflictRole(a.grade, timing(a.first, a.last, claim.effectiveFrom)), `The export lists the app "${a.name}" (${plural(a.count, 'record')}, ${dated(a.first, a.last)}).`));
  const reasons: string[] = [];
  if (evidence.length === 0) {
    reasons.push('This export lists no third-party apps. That may mean there are none, or that the export holds no such list; Whereabouts cannot tell the two apart, so absence does not confirm the claim.');
  }
  return testOutcome(evidence, reasons, {
    contradicted: (grade) =>
      `Contradicted: the export lists ${plural(evidence.filter((e) => e.role === 'contradicts').length, 'third-party app')} (${grade ? gradePhrase(grade) : 'the export\'s own records'}).`,
    questionable: () => 'Questionable: the export lists third-party apps, but without dates that place them after the claim was made.',
    consistent: () => 'Consistent: no third-party app appears.',
    'not-testable': () => 'Not testable: the export lists no third-party apps, which does not show there are none.',
  });
};
