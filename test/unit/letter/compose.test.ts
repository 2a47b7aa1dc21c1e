/** The request helper's data and the letter's gap lines, without a database. */
import { describe, expect, it } from 'vitest';
import { composeLetter, gapLines } from '../../../electron/core/letter/compose';
import type { PlatformGaps } from '../../../electron/core/letter/gaps';
import { REQUEST_INFO } from '../../../electron/core/letter/request-info';
import { PLATFORMS } from '../../../shared/domain';

const gaps = (over: Partial<PlatformGaps>): PlatformGaps => ({
  platform: 'instagram', files: ['instagram-x.zip'], synthetic: false, missing: [], errors: [], notRead: [],
  signIns: { count: 40, first: '2024-01-01', last: '2025-01-01', days: 366 }, ...over,
});

describe('request info', () => {
  it('covers every platform with a place to ask, what to ask for and a source, and no invented URL', () => {
    for (const p of PLATFORMS) {
      const info = REQUEST_INFO[p];
      expect(info.platform).toBe(p);
      expect(info.askFor.length).toBeGreaterThan(2);
      expect(info.sources.every((s) => s.startsWith('export-formats.md §'))).toBe(true);
      expect(JSON.stringify(info)).not.toMatch(/https?:|www\./);
    }
  });
});

describe('gapLines', () => {
  it('is empty for a complete export with a long sign-in history, and without an export', () => {
    expect(gapLines(gaps({}))).toEqual([]);
    expect(gapLines(null)).toEqual([]);
    expect(gapLines(gaps({ files: [], signIns: { count: 0, first: null, last: null, days: null } }))).toEqual([]);
  });

  it('names missing and unreadable files, groups unread data per file, and flags a short history', () => {
    const lines = gapLines(gaps({
      missing: [{ member: 'login_activity.json', reason: 'expected: logins' }],
      errors: [{ member: 'devices.json', error: 'truncated JSON' }],
      notRead: [
        { member: 'ads.json', kind: 'key', what: 'x/*/y', count: 3, example: '/x/0/y' },
        { member: 'ads.json', kind: 'item', what: 'no time field', count: 1, example: '/x/4' },
      ],
      signIns: { count: 2, first: '2025-01-01', last: '2025-01-31', days: 30 },
    }));
    expect(lines).toEqual([
      '- login_activity.json: expected in the download but not in it (expected: logins).',
      '- devices.json: in the download but could not be read (truncated JSON). Please provide it again.',
      '- ads.json: 3 value(s) under "x/*/y"; 1 entry (no time field) — please explain what these fields mean and complete them where they are cut short.',
      '- the complete history of sign-ins to my account: the download covers only 2025-01-01 to 2025-01-31 (30 days). Please say how long you keep it.',
    ]);
  });
});

describe('composeLetter', () => {
  it('marks a letter from synthetic data as a sample, and leaves personal fields as brackets', () => {
    const text = composeLetter(REQUEST_INFO.instagram, gaps({ synthetic: true }), 'eu');
    expect(text.split('\n')[0]).toMatch(/^\[SAMPLE/);
    for (const b of ['[Your name]', '[Date]', '[username, e-mail address or phone number of the account]']) expect(text).toContain(b);
    expect(composeLetter(REQUEST_INFO.instagram, gaps({}), 'eu')).not.toContain('SAMPLE');
  });
});
