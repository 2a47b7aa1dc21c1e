/**
 * Evidence grades A–G (reference/location-knowledge.md §5.2) in plain words. Badges always show
 * the letter AND a word, never colour alone.
 */
import { GRADES, SERVING_ONLY_GRADES, type Grade } from '../../../shared/domain';

export interface GradeInfo {
  grade: Grade;
  /** One or two words for the badge. */
  short: string;
  /** The legend line. */
  plain: string;
}

export const GRADE_INFO: Record<Grade, GradeInfo> = {
  A: { grade: 'A', short: 'Stated', plain: 'Stated by the platform itself (a policy, legal document or transparency report).' },
  B: { grade: 'B', short: 'Documented', plain: 'A documented naming convention: the provider publishes what the address means (e.g. a storage region).' },
  C: { grade: 'C', short: 'Network owner', plain: 'Network ownership: who runs the network the address belongs to. Strong for the operator, not for a place.' },
  D: { grade: 'D', short: 'IP country', plain: 'IP country, with two independent databases agreeing. "Probably in" that country, never a city.' },
  E: { grade: 'E', short: 'CDN edge', plain: 'A delivery-network (CDN) edge code: where it was delivered from, usually near you — not where it is stored.' },
  F: { grade: 'F', short: 'Inferred', plain: 'An inferred token decoded by public research: a medium-confidence hint about the serving cluster.' },
  G: { grade: 'G', short: 'Unknown', plain: 'Unknown: a global delivery network or an opaque name; the location cannot be determined offline.' },
};

export function gradeLabel(grade: Grade): string {
  return `${grade} · ${GRADE_INFO[grade].short}`;
}

/** E, F and G may only be worded as "served via / delivered from", never "stored in". */
export function isServingOnly(grade: Grade): boolean {
  return SERVING_ONLY_GRADES.includes(grade);
}

/** Sorts strongest evidence first. */
export function compareGrades(a: Grade, b: Grade): number {
  return GRADES.indexOf(a) - GRADES.indexOf(b);
}

/** The strongest of several grades (A beats G). */
export function bestGrade(grades: readonly Grade[]): Grade | null {
  return grades.length === 0 ? null : [...grades].sort(compareGrades)[0] ?? null;
}
