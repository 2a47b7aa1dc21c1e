import { describe, expect, it } from 'vitest';
import { byDistance, pageOf, pagesForRange } from '../../../renderer/src/lib/pages';

describe('page arithmetic', () => {
  it('maps rows to pages', () => {
    expect(pageOf(0, 200)).toBe(0);
    expect(pageOf(199, 200)).toBe(0);
    expect(pageOf(200, 200)).toBe(1);
  });

  it('covers the visible range plus prefetch, within the total', () => {
    expect(pagesForRange(450, 470, 200, 1_000_000, 1)).toEqual([1, 2, 3]);
    expect(pagesForRange(0, 10, 200, 1_000_000, 1)).toEqual([0, 1]);
    expect(pagesForRange(999_990, 999_999, 200, 1_000_000, 1)).toEqual([4998, 4999]);
    expect(pagesForRange(0, 10, 200, 5, 2)).toEqual([0]);
  });

  it('returns nothing for an empty list', () => {
    expect(pagesForRange(0, 10, 200, 0)).toEqual([]);
  });

  it('orders pages nearest the middle first', () => {
    expect(byDistance([1, 2, 3, 4], 3)).toEqual([3, 2, 4, 1]);
  });
});
