/**
 * Known-files catalogue for the coverage report: every data file the declared spec reads or
 * deliberately does not read (and why), the media folders and the archive's own viewer, and the files every archive of the
 * layout should hold.
 */
import type { KnownFile } from '../types';
import { MANIFEST, X_SPEC } from './declared';
import { formatYear, postsFile, X_FORMATS } from './formats';
import { X_RULES } from './rules';

export function xCatalogue(format: string): KnownFile[] {
  // A real 2018 archive was seen without any posts file [H]: there, none is asked for.
  const posts = format === X_FORMATS.root2018 ? undefined : postsFile(format);
  // The 2018 layout has no manifest; an undated archive may not either.
  const manifestExpected = format !== X_FORMATS.root2018 && format !== X_FORMATS.undated && (formatYear(format) ?? 0) >= 2019;
  const files: KnownFile[] = [
    { name: MANIFEST, status: 'parsed', expected: manifestExpected, reason: 'the archive manifest: account, generation date, list of files' },
  ];
  const ignored: KnownFile[] = [];
  for (const member of X_SPEC.members) {
    if (member.id === 'manifest') continue;
    if (member.status === 'ignored') {
      for (const name of member.files) ignored.push({ name, status: 'ignored', reason: member.reason ?? '' });
      continue;
    }
    const want = X_RULES[member.id]?.expected;
    const expected = want && (want.when === 'always' || (want.when === 'before-2022' && posts === 'tweet') || (want.when === 'from-2022' && posts === 'tweets'));
    if (want && expected) files.push({ name: want.file, status: 'parsed', expected: true, reason: member.holds });
    for (const name of member.files) files.push({ name, status: 'parsed', reason: member.holds });
  }
  files.push(...ignored);
  files.push(
    { name: /(?:^|\/)[a-z_]*media\//i, status: 'ignored', reason: 'media copies (photos, videos): not analysed — the URLs in the posts are' },
    { name: /(?:^|\/)Your archive\.html$/i, status: 'ignored', reason: "the archive's own viewer page" },
    { name: /(?:^|\/)assets\//i, status: 'ignored', reason: "the archive viewer's scripts and styles" },
    { name: /(?:^|\/)(?:data\/)?README\.txt$/i, status: 'ignored', reason: 'the archive read-me' },
  );
  return files;
}
