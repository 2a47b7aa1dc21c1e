import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageFromRows, matchesKnown } from '../../../electron/core/import/coverage';

describe('coverage', () => {
  it('matches known files by path-boundary suffix, not substring', () => {
    expect(matchesKnown('Activity/Login History.txt', 'Login History.txt')).toBe(true);
    expect(matchesKnown('Login History.txt', 'Login History.txt')).toBe(true);
    expect(matchesKnown('Activity/Old Login History.txt', 'Login History.txt')).toBe(false);
    expect(matchesKnown('media/x.mp4', /\.mp4$/)).toBe(true);
  });

  it('classifies every member and lists expected files that are missing', () => {
    const { outcomes, missing } = computeCoverage({
      members: ['user_data.json', 'video.mp4', 'notes.bin', 'broken.json'],
      catalogue: [
        { name: 'user_data.json', status: 'parsed', reason: 'all data', expected: true },
        { name: /\.mp4$/, status: 'ignored', reason: 'media file, not analysed' },
        { name: 'Login History.txt', status: 'parsed', reason: 'logins', expected: true },
      ],
      parsed: new Set(['user_data.json']),
      records: new Map([['user_data.json', 12]]),
      problems: new Map([['broken.json', ['unexpected shape']]]),
    });
    expect(outcomes).toEqual([
      { path: 'user_data.json', status: 'parsed', records: 12, note: 'all data' },
      { path: 'video.mp4', status: 'ignored', records: 0, note: 'media file, not analysed' },
      { path: 'notes.bin', status: 'unknown', records: 0, note: null },
      { path: 'broken.json', status: 'error', records: 0, note: 'unexpected shape' },
    ]);
    expect(missing).toEqual([{ name: 'Login History.txt', reason: 'expected: logins' }]);
    const c = coverageFromRows(outcomes);
    expect(c.parsed).toEqual([{ member: 'user_data.json', records: 12 }]);
    expect(c.errors).toEqual([{ member: 'broken.json', error: 'unexpected shape' }]);
    expect(c.unknown).toEqual([{ member: 'notes.bin' }]);
  });
});
