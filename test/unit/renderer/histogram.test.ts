import { describe, expect, it } from 'vitest';
import {
  barHeight,
  brushRange,
  bucketsForWidth,
  histogramDomain,
  MIN_SPAN_MS,
  tickLabel,
  timeForX,
  timeTicks,
  xForTime,
  zoomDomain,
} from '../../../renderer/src/lib/histogram';

const D = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 11) }; // ten days

describe('histogram scale', () => {
  it('maps time to x and back', () => {
    expect(xForTime(D.from, D, 1000)).toBe(0);
    expect(xForTime(D.to, D, 1000)).toBe(1000);
    expect(timeForX(500, D, 1000)).toBe(Date.UTC(2024, 0, 6));
    expect(timeForX(-20, D, 1000)).toBe(D.from);
    expect(timeForX(5000, D, 1000)).toBe(D.to);
  });

  it('zooms around the anchor and stays in bounds', () => {
    const z = zoomDomain(D, 0.5, 0.5);
    expect(z.to - z.from).toBe((D.to - D.from) / 2);
    expect((z.from + z.to) / 2).toBe((D.from + D.to) / 2);
    const left = zoomDomain(D, 0, 0.5);
    expect(left.from).toBe(D.from);
    const out = zoomDomain(z, 0.5, 10, D);
    expect(out).toEqual(D);
    const tiny = zoomDomain(D, 0.5, 1e-9);
    expect(tiny.to - tiny.from).toBe(MIN_SPAN_MS);
  });

  it('turns a drag into a range, either direction, and a click into nothing', () => {
    const r = brushRange(800, 200, D, 1000);
    expect(r).not.toBeNull();
    expect(r?.from).toBe(timeForX(200, D, 1000));
    expect(r?.to).toBe(timeForX(800, D, 1000));
    expect(brushRange(100, 101, D, 1000)).toBeNull();
  });

  it('sizes buckets and bars', () => {
    expect(bucketsForWidth(1200)).toBe(200);
    expect(bucketsForWidth(10)).toBe(20);
    expect(bucketsForWidth(100_000)).toBe(400);
    expect(barHeight(0, 10, 100)).toBe(0);
    expect(barHeight(1, 100_000, 100)).toBe(1);
    expect(barHeight(10, 10, 100)).toBe(100);
  });

  it('places ticks on calendar boundaries', () => {
    const days = timeTicks(D, 12);
    expect(days.length).toBeGreaterThanOrEqual(5);
    expect(days.every((t) => t.t % 86_400_000 === 0)).toBe(true);
    const year = { from: Date.UTC(2023, 0, 15), to: Date.UTC(2024, 5, 1) };
    const months = timeTicks(year, 6);
    expect(months.length).toBeLessThanOrEqual(7);
    expect(months.every((t) => new Date(t.t).getUTCDate() === 1)).toBe(true);
    expect(tickLabel(months[0] as (typeof months)[number])).toMatch(/^\d{4}-\d{2}$/);
    const decades = timeTicks({ from: Date.UTC(1900, 0, 1), to: Date.UTC(2100, 0, 1) }, 5);
    expect(decades.length).toBeLessThanOrEqual(6);
    expect(decades.length).toBeGreaterThan(0);
    const hours = timeTicks({ from: Date.UTC(2024, 0, 1, 0, 10), to: Date.UTC(2024, 0, 1, 6) }, 6);
    expect(hours.every((t) => t.t % 3_600_000 === 0)).toBe(true);
  });

  it('reads a histogram response domain', () => {
    expect(histogramDomain(null, null)).toBeNull();
    expect(histogramDomain('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z')).toEqual({ from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 2) });
    const one = histogramDomain('2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
    expect(one && one.to - one.from).toBe(MIN_SPAN_MS);
  });
});
