/**
 * Known-files catalogue for the coverage report: every data file read or deliberately not read
 * (and why), the media folders and the archive's own viewer, and the files every archive of the
 * layout should hold.
 */
import { escapeRegExp } from '../common/paths';
import type { KnownFile } from '../types';
import { formatYear, postsFile, X_FORMATS } from './formats';
import { MANIFEST, X_FILES, X_IGNORED } from './spec';

const dataFile = (names: readonly string[]): RegExp =>
  new RegExp(`(?:^|/)(?:${names.map(escapeRegExp).join('|')})(?:-part\\d+)?\\.js$`, 'i');

export function xCatalogue(format: string): KnownFile[] {
  // A real 2018 archive was seen without any posts file [H]: there, none is asked for.
  const posts = format === X_FORMATS.root2018 ? undefined : postsFile(format);
  // The 2018 layout has no manifest; an undated archive may not either.
  const manifestExpected = format !== X_FORMATS.root2018 && format !== X_FORMATS.undated && (formatYear(format) ?? 0) >= 2019;
  const files: KnownFile[] = [
    { name: MANIFEST, status: 'parsed', expected: manifestExpected, reason: 'the archive manifest: account, generation date, list of files' },
  ];
  for (const spec of X_FILES) {
    const expected = spec.expected === 'always' || (spec.expected === 'before-2022' && posts === 'tweet') || (spec.expected === 'from-2022' && posts === 'tweets');
    if (expected) files.push({ name: `${spec.names[0]}.js`, status: 'parsed', expected: true, reason: spec.label });
    files.push({ name: dataFile(spec.names), status: 'parsed', reason: spec.label });
  }
  for (const ignored of X_IGNORED) files.push({ name: dataFile(ignored.names), status: 'ignored', reason: ignored.reason });
  files.push(
    { name: /(?:^|\/)[a-z_]*media\//i, status: 'ignored', reason: 'media copies (photos, videos): not analysed — the URLs in the posts are' },
    { name: /(?:^|\/)Your archive\.html$/i, status: 'ignored', reason: "the archive's own viewer page" },
    { name: /(?:^|\/)assets\//i, status: 'ignored', reason: "the archive viewer's scripts and styles" },
    { name: /(?:^|\/)(?:data\/)?README\.txt$/i, status: 'ignored', reason: 'the archive read-me' },
  );
  return files;
}
