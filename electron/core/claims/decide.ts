/**
 * THE RULE: a verdict never outruns its evidence. Only grades A–D (stated, documented, network
 * ownership, two-dataset IP country) may contradict a claim; a grade E–G hint (CDN edge, inferred
 * token, unknown) can make it questionable, never contradicted. Evidence dated before the claim
 * applies is shown and never counted; undated evidence against a dated claim only questions it.
 *
 * Tests assign roles with conflictRole/agreeRole; enforceLadder is the safety net every verdict
 * passes through, and decide() derives the verdict from the roles alone.
 */
import { EVIDENCE_ROLES, type EvidenceRef, type EvidenceRole, type Verdict } from '../../../shared/claims';
import { GRADES, type Grade } from '../../../shared/domain';
import { byText } from '../evidence/time-words';
import type { Timing } from './dates';

export const CONTRADICTING_GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

export function canContradict(grade: Grade): boolean {
  return CONTRADICTING_GRADES.includes(grade);
}

/**
 * The role of evidence that disagrees with a claim. `pertinent` is false when the evidence is
 * about something next to the claim (serving evidence against a storage claim): it can then
 * only question, whatever its grade.
 */
export function conflictRole(grade: Grade, when: Timing, pertinent = true): EvidenceRole {
  if (when === 'before') return 'predates';
  if (when === 'undated') return 'questions';
  return pertinent && canContradict(grade) ? 'contradicts' : 'questions';
}

/** The role of evidence that agrees with a claim (`pertinent` false: context only). */
export function agreeRole(when: Timing, pertinent = true): EvidenceRole {
  if (when === 'before') return 'predates';
  return pertinent ? 'supports' : 'context';
}

/** No E–G evidence may contradict: demote it to a question (a bug elsewhere must not outrun the ladder). */
export function enforceLadder(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  return evidence.map((e) => (e.role === 'contradicts' && !canContradict(e.grade) ? { ...e, role: 'questions' } : e));
}

const rank = (g: Grade): number => GRADES.indexOf(g);

export function strongest(grades: readonly Grade[]): Grade | null {
  let best: Grade | null = null;
  for (const g of grades) if (best === null || rank(g) < rank(best)) best = g;
  return best;
}

/** The verdict follows from the roles alone: contradicts > questions > supports > nothing. */
export function decide(evidence: readonly EvidenceRef[]): { verdict: Verdict; grade: Grade | null } {
  const safe = enforceLadder(evidence);
  const of = (role: EvidenceRole): Grade[] => safe.filter((e) => e.role === role).map((e) => e.grade);
  const order: [EvidenceRole, Verdict][] = [['contradicts', 'contradicted'], ['questions', 'questionable'], ['supports', 'consistent']];
  for (const [role, verdict] of order) {
    const grades = of(role);
    if (grades.length > 0) return { verdict, grade: strongest(grades) };
  }
  return { verdict: 'not-testable', grade: null };
}

/** Role order, then strongest grade, then ref: the same list in the same order every time. */
export function sortEvidence(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  return [...evidence].sort((a, b) =>
    EVIDENCE_ROLES.indexOf(a.role) - EVIDENCE_ROLES.indexOf(b.role) || rank(a.grade) - rank(b.grade) || byText(a.ref, b.ref));
}
