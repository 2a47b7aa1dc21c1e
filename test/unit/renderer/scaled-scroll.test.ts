import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, realTop, scrollScale, scrollTopForRow, toReal, toVirtual } from '../../../renderer/src/lib/scaled-scroll';

describe('scaled scrolling', () => {
  it('does not scale lists that fit', () => {
    expect(scrollScale(100_000, 600)).toEqual({ realSize: 100_000, factor: 1 });
  });

  it('caps a million rows at 200 % text and still reaches the end', () => {
    const total = 1_000_000 * 64; // 64 px rows
    const viewport = 700;
    const s = scrollScale(total, viewport);
    expect(s.realSize).toBe(MAX_SCROLL_PX);
    expect(s.factor).toBeGreaterThan(1);
    // Real scroll end maps exactly onto the virtual end.
    expect(toVirtual(MAX_SCROLL_PX - viewport, s)).toBeCloseTo(total - viewport, 3);
    expect(toReal(toVirtual(1234, s), s)).toBeCloseTo(1234, 6);
  });

  it('draws visible rows inside the viewport', () => {
    const s = scrollScale(64_000_000, 700);
    const real = 4_000_000;
    const virtualTop = toVirtual(real, s);
    // A row starting exactly at the virtual top is drawn at the real top.
    expect(realTop(virtualTop, real, s)).toBeCloseTo(real, 3);
    expect(realTop(virtualTop + 64, real, s)).toBeCloseTo(real + 64, 3);
  });

  it('finds the scrollTop that shows a row', () => {
    const rows = 1_000_000;
    const s = scrollScale(rows * 50, 500);
    // The last row, aligned at the end, is reachable.
    const top = scrollTopForRow(rows - 1, 50, rows, 500, 0, s, 'auto');
    expect(top).not.toBeNull();
    expect(toVirtual(top as number, s) + 500).toBeGreaterThanOrEqual(rows * 50 - 1);
    // A row already in view needs no scroll.
    expect(scrollTopForRow(2, 50, rows, 500, 0, s, 'auto')).toBeNull();
    // 'start' puts the row at (or just above) the top.
    const startTop = scrollTopForRow(500_000, 50, rows, 500, 0, s, 'start') as number;
    expect(toVirtual(startTop, s)).toBeLessThanOrEqual(500_000 * 50);
    expect(toVirtual(startTop, s)).toBeGreaterThan(500_000 * 50 - s.factor - 1);
  });
});
