import { describe, expect, it } from 'vitest';
import { classRanges, shadeClass } from '../../../renderer/src/lib/map-scale';

describe('map shading', () => {
  it('uses class 0 for none and the top class for the maximum', () => {
    expect(shadeClass(0, 100)).toBe(0);
    expect(shadeClass(100, 100)).toBe(4);
    expect(shadeClass(1, 100)).toBe(1);
    expect(shadeClass(1, 1)).toBe(4);
  });

  it('is monotonic and legend ranges cover 1..max without gaps', () => {
    let prev = 0;
    for (let n = 1; n <= 300; n++) {
      const c = shadeClass(n, 300);
      expect(c).toBeGreaterThanOrEqual(prev);
      prev = c;
    }
    const ranges = classRanges(300);
    expect(ranges[0]?.from).toBe(1);
    expect(ranges[ranges.length - 1]?.to).toBe(300);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.from).toBe((ranges[i - 1]?.to ?? 0) + 1);
  });
});
