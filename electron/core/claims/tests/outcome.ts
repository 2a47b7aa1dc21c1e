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

/** One headline per verdict, each given the deciding grade; a Record, so no verdict can be left without one. */
export type Headlines = Record<Verdict, (grade: Grade | null) => string>;

/** A test's outcome from its evidence, its reasons and the headline it gives each verdict. */
export function testOutcome(evidence: EvidenceRef[], reasons: string[], headlines: Headlines): TestOutcome {
  return { evidence, reasons, headline: (verdict, grade) => headlines[verdict](grade) };
}

export const VERDICT_WORD: Record<Verdict, string> = {
  consistent: 'Consistent',
  contradicted: 'Contradicted',
  questionable: 'Questionable',
  'not-testable': 'Not testable',
};
