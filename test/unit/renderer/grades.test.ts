import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../shared/domain';
import { bestGrade, compareGrades, GRADE_INFO, gradeLabel, isServingOnly } from '../../../renderer/src/lib/grades';

describe('grades', () => {
  it('has plain words for every grade', () => {
    for (const g of GRADES) {
      expect(GRADE_INFO[g].short.length).toBeGreaterThan(0);
      expect(GRADE_INFO[g].plain.length).toBeGreaterThan(20);
    }
    expect(gradeLabel('E')).toBe('E · CDN edge');
  });

  it('never words E–G as storage', () => {
    for (const g of ['E', 'F', 'G'] as const) {
      expect(isServingOnly(g)).toBe(true);
      expect(GRADE_INFO[g].plain.toLowerCase()).not.toMatch(/stored in/);
    }
    expect(isServingOnly('B')).toBe(false);
  });

  it('orders strongest first', () => {
    expect(compareGrades('A', 'G')).toBeLessThan(0);
    expect(bestGrade(['F', 'C', 'E'])).toBe('C');
    expect(bestGrade([])).toBeNull();
  });
});
