/** What one claim test returns; evaluate.ts turns it into a verdict through decide(). */
import type { Claim, ClaimTest, EvidenceRef, Verdict } from '../../../../shared/claims';
import type { Grade } from '../../../../shared/domain';
import type { ClaimEvidence } from '../input';

export interface TestOutcome {
  evidence: EvidenceRef[];
  /** Test-specific reasons and caveats, in the order to show them. */
  reasons: string[];
  /** The one-sentence headline for whichever verdict the evidence leads to. */
  headline(verdict: Verdict, grade: Grade | null): string;
}

export type ClaimTestFn<T extends ClaimTest> = (claim: Claim, test: T, input: ClaimEvidence) => TestOutcome;

export const VERDICT_WORD: Record<Verdict, string> = {
  consistent: 'Consistent',
  contradicted: 'Contradicted',
  questionable: 'Questionable',
  'not-testable': 'Not testable',
};
