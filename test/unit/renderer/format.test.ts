import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMegabytes, networkOwner, percent, plural, shortHash } from '../../../renderer/src/lib/format';

describe('format', () => {
  it('formats bytes in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(250_000_000)).toBe('250 MB');
    expect(formatBytes(3_000_000_000)).toBe('3.0 GB');
    expect(formatBytes(-1)).toBe('–');
  });

  it('shows progress in MB and whole percent', () => {
    expect(formatMegabytes(12_345_678)).toBe('12.3');
    expect(percent(50, 200)).toBe(25);
    expect(percent(199, 200)).toBe(99);
    expect(percent(300, 200)).toBe(100);
    expect(percent(1, 0)).toBeNull();
  });

  it('counts and plurals', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(null)).toBe('–');
    expect(plural(1, 'login')).toBe('1 login');
    expect(plural(2, 'country', 'countries')).toBe('2 countries');
  });

  it('names networks with whatever is known', () => {
    expect(networkOwner('Amazon.com, Inc.', 16509)).toBe('Amazon.com, Inc. (AS16509)');
    expect(networkOwner(null, 16509)).toBe('AS16509');
    expect(networkOwner(null, null)).toBe('Unknown network');
  });

  it('shortens hashes', () => {
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
  });
});

describe('progress sizes', () => {
  it('uses the unit that suits the total, and never says "of 0.0 MB"', async () => {
    const { formatProgressBytes } = await import('../../../renderer/src/lib/format');
    expect(formatProgressBytes(12_345_678, 80_000_000)).toBe('12.3 of 80.0 MB');
    expect(formatProgressBytes(512, 900)).toBe('512 of 900 B');
    expect(formatProgressBytes(512_000, 900_000)).toBe('512.0 of 900.0 KB');
    expect(formatProgressBytes(1_200_000_000, 3_400_000_000)).toBe('1.2 of 3.4 GB');
    expect(formatProgressBytes(0, 0)).toBe('0 B read');
    expect(formatProgressBytes(2_500_000, 0)).toBe('2.5 MB read');
    expect(formatProgressBytes(-1, 10)).toBe('–');
  });
});
