/** Words for verdicts and evidence roles (the badge always spells the verdict out, never colour alone). */
import type { EvidenceRole, Verdict } from '../../../../shared/claims';

export const VERDICT_LABEL: Record<Verdict, string> = {
  consistent: 'Consistent',
  contradicted: 'Contradicted',
  questionable: 'Questionable',
  'not-testable': 'Not testable',
};

export const ROLE_LABEL: Record<EvidenceRole, string> = {
  contradicts: 'Contradicts',
  questions: 'Raises a question',
  supports: 'Supports',
  predates: 'Before the claim applies',
  context: 'Context',
};
