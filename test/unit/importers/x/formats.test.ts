/**
 * X archive formats are named by what the archive is — the manifest's year, else the layout's
 * features — never "current"/"legacy", which inverted as years passed (a 2018 archive was called
 * current, a 2021 one legacy). The catalogue asks for the posts file of that age.
 */
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import { decideFormat, xCatalogue } from '../../../../electron/core/importers/x';

function inventory(paths: string[]): Inventory {
  return {
    label: 'x.zip', kind: 'zip', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
    entries: paths.map((path) => ({ path, rawPath: path, bytes: 10, compressedBytes: 10, part: 0 })),
  };
}
const manifestOf = (date: string): string => `window.__THAR_CONFIG = { "archiveInfo" : { "generationDate" : "${date}" } }`;

describe('decideFormat', () => {
  it.each([
    ['a manifest says 2021, posts in tweet.js', ['data/manifest.js', 'data/tweet.js'], manifestOf('2021-03-11T08:00:00.000Z'), 'x-archive-2021'],
    ['a manifest says 2023, no posts file', ['data/manifest.js', 'data/account.js'], manifestOf('2023-08-14T09:12:44.000Z'), 'x-archive-2023'],
    ['files at the root, no manifest (2018)', ['account.js', 'ip-audit.js', 'direct-message.js', 'README.txt'], '', 'x-archive-2018-2019'],
    ['data/ and tweet.js, no manifest', ['data/account.js', 'data/tweet.js'], '', 'x-archive-2019-2021'],
    ['data/ and tweets.js, no manifest', ['data/account.js', 'data/tweets.js', 'data/tweets-part1.js'], '', 'x-archive-2022-later'],
    ['data/ without posts or manifest', ['data/account.js'], '', 'x-archive-undated'],
  ])('%s → %s', (_what, paths, head, format) => {
    expect(decideFormat(inventory(paths), head)).toBe(format);
  });
});

describe('catalogue by format', () => {
  const expected = (format: string): string[] => xCatalogue(format).filter((f) => f.expected).map((f) => String(f.name));
  it.each([
    ['x-archive-2021', ['manifest.js', 'account.js', 'ip-audit.js', 'connected-application.js', 'tweet.js']],
    ['x-archive-2024', ['manifest.js', 'account.js', 'ip-audit.js', 'connected-application.js', 'tweets.js']],
    ['x-archive-2022-later', ['manifest.js', 'account.js', 'ip-audit.js', 'connected-application.js', 'tweets.js']],
    // No manifest and no posts file in the real 2018 layout: neither is asked for.
    ['x-archive-2018-2019', ['account.js', 'ip-audit.js', 'connected-application.js']],
    ['x-archive-undated', ['account.js', 'ip-audit.js', 'connected-application.js']],
  ])('%s expects %j', (format, names) => {
    expect(expected(format)).toEqual(names);
  });
});
