/**
 * Known-files catalogue for the coverage report, from the declared spec (declared.ts): every
 * member's patterns with its status and what it holds (or why it is not read), in the spec's
 * lookup order, so coverage names a file exactly as the reader classifies it; then the Access Log
 * files a Takeout of the format's language should hold, and media files. The file names come
 * from the locale table through the declared patterns, so a new language is a row in spec.ts.
 */
import { escapeRegExp } from '../common/paths';
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import type { KnownFile } from '../types';
import { GOOGLE_SPEC, type GoogleMapperId } from './declared';
import { langOfFormat, localeOf, TIMELINE_FORMAT } from './members';

const SEP = '(?:^|/)';

/** What coverage says of a member: what it holds, and for one not read, why. */
function reasonOf(member: MemberSpec<GoogleMapperId>): string {
  return member.status === 'ignored' && member.reason ? `${member.holds}: ${member.reason}` : member.holds;
}

export function googleCatalogue(format: string, spec: PlatformSpec<GoogleMapperId> = GOOGLE_SPEC): KnownFile[] {
  const takeout = format !== TIMELINE_FORMAT;
  const locale = localeOf(langOfFormat(format));
  const byId = new Map(spec.members.map((m) => [m.id, m]));
  const files: KnownFile[] = [];
  // The two Access Log tables a Takeout in this language holds, by their exact folder and name
  // start: coverage lists them as missing when they are not there (and the spec still reads them).
  const expected = (id: string, file: string, prefix: string | undefined): void => {
    const member = byId.get(id);
    if (!member || member.status !== 'parsed' || prefix === undefined) return;
    const name = new RegExp(`${SEP}${escapeRegExp(file.split('/')[0] ?? '')}/${escapeRegExp(prefix)}[^/]*\\.csv$`, 'i');
    files.push({ name, status: 'parsed', expected: takeout, reason: member.holds });
  };
  expected('access-activities', locale.accessActivitiesFile, locale.accessActivitiesPrefixes[0]);
  expected('access-devices', locale.accessDevicesFile, locale.accessDevicesPrefixes[0]);
  for (const member of spec.members) {
    for (const name of member.files) files.push({ name, status: member.status, reason: reasonOf(member) });
  }
  files.push({ name: /\.(mp3|m4a|wav|ogg|jpe?g|png|gif|webp|heic|mp4|mov|3gp)$/i, status: 'ignored', reason: 'media file: not analysed' });
  return files;
}
