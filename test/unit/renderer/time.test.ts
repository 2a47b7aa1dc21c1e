import { describe, expect, it } from 'vitest';
import { formatLocal, formatSpan, formatUtc, precisionLabel, toIso } from '../../../renderer/src/lib/time';

const T = '2024-03-01T23:30:15.250Z';

describe('time formatting', () => {
  it('shows local time in the given zone, to the precision', () => {
    expect(formatLocal(T, 'second', { timeZone: 'UTC' })).toBe('1 Mar 2024, 23:30:15');
    expect(formatLocal(T, 'second', { timeZone: 'Europe/Berlin' })).toBe('2 Mar 2024, 00:30:15');
    expect(formatLocal(T, 'minute', { timeZone: 'Asia/Tokyo' })).toBe('2 Mar 2024, 08:30');
  });

  it('never moves a date-only record to another day', () => {
    expect(formatLocal('2024-03-01T00:00:00Z', 'day', { timeZone: 'America/Los_Angeles' })).toBe('1 Mar 2024');
    expect(formatLocal('2024-03-01T00:00:00Z', 'month', { timeZone: 'Pacific/Auckland' })).toBe('March 2024');
  });

  it('gives the UTC form for citing', () => {
    expect(formatUtc(T)).toBe('2024-03-01 23:30:15 UTC');
    expect(formatUtc(T, 'ms')).toBe('2024-03-01 23:30:15.250 UTC');
    expect(formatUtc(T, 'day')).toBe('2024-03-01 UTC');
    expect(formatUtc(null)).toBe('No time');
  });

  it('handles missing and broken values', () => {
    expect(formatLocal(null)).toBe('No time');
    expect(formatLocal('not a date')).toBe('No time');
  });

  it('formats spans', () => {
    expect(formatSpan('2023-01-01T10:00:00Z', '2024-06-30T10:00:00Z', { timeZone: 'UTC' })).toBe('1 Jan 2023 – 30 Jun 2024');
    expect(formatSpan('2023-01-01T10:00:00Z', '2023-01-01T12:00:00Z')).toBe('1 Jan 2023');
    expect(formatSpan(null, null)).toBe('No dated records');
  });

  it('labels precision and converts ms to the contract form', () => {
    expect(precisionLabel('day')).toBe('date only');
    expect(toIso(Date.UTC(2024, 0, 2, 3, 4, 5, 678))).toBe('2024-01-02T03:04:05Z');
  });
});
