/**
 * Known-files catalogue for the coverage report: what a Takeout member is (parsed, or ignored and
 * why), and which access files a Takeout of that language should hold. Patterns come from the
 * locale table, so a new language is a row in spec.ts.
 */
import { escapeRegExp } from '../common/paths';
import type { KnownFile } from '../types';
import { langOfFormat, localeOf, TIMELINE_FORMAT } from './members';
import { LOCALES, RECORDS_FILE, type TakeoutLocale } from './spec';

const alt = (names: readonly string[]): string => `(?:${names.map(escapeRegExp).join('|')})`;
const all = (pick: (l: TakeoutLocale) => readonly string[]): string => alt([...new Set(LOCALES.flatMap(pick))]);
const SEP = '(?:^|/)';
const ANY_DIRS = '(?:[^/]+/)*';

export function googleCatalogue(format: string): KnownFile[] {
  const takeout = format !== TIMELINE_FORMAT;
  const locale = localeOf(langOfFormat(format));
  const accessFolder = all((l) => l.accessLogFolders);
  const locationFolder = all((l) => l.locationFolders);
  return [
    {
      name: new RegExp(`${SEP}${all((l) => l.myActivityFolders)}/${ANY_DIRS}${all((l) => l.myActivityFiles)}$`, 'i'),
      status: 'parsed', reason: 'My Activity (JSON): searches, videos watched, ads shown and clicked (with advertisers), other activity, with IP and the places Google recorded',
    },
    {
      name: new RegExp(`${SEP}${all((l) => l.youtubeFolders)}/${all((l) => l.youtubeHistoryFolders)}/[^/]+\\.json$`, 'i'),
      status: 'parsed', reason: 'YouTube watch and search history (JSON)',
    },
    {
      name: new RegExp(`${SEP}${escapeRegExp(locale.accessActivitiesFile.split('/')[0] ?? '')}/${escapeRegExp(locale.accessActivitiesPrefixes[0] ?? '')}[^/]*\\.csv$`, 'i'),
      status: 'parsed', expected: takeout,
      reason: 'Access Log Activity: every access to a Google service with IP address, country and browser or app',
    },
    {
      name: new RegExp(`${SEP}${escapeRegExp(locale.accessDevicesFile.split('/')[0] ?? '')}/${escapeRegExp(locale.accessDevicesPrefixes[0] ?? '')}[^/]*\\.csv$`, 'i'),
      status: 'parsed', expected: takeout,
      reason: 'Access Log Activity: the devices used to access the account',
    },
    {
      name: new RegExp(`${SEP}${accessFolder}/[^/]+\\.csv$`, 'i'),
      status: 'parsed', reason: 'Access Log Activity table (recognised by its header)',
    },
    {
      name: new RegExp(`${SEP}${locationFolder}/${alt([RECORDS_FILE, ...new Set(LOCALES.flatMap((l) => l.legacyRecordsFiles))])}$`, 'i'),
      status: 'parsed', reason: 'Location History: every recorded position with time, accuracy and device',
    },
    {
      name: new RegExp(`${SEP}${locationFolder}/${all((l) => l.settingsFiles)}$`, 'i'),
      status: 'parsed', reason: 'Location History settings: the devices that reported locations',
    },
    {
      name: new RegExp(`${SEP}${all((l) => l.semanticFolders)}/${ANY_DIRS}[^/]+\\.json$`, 'i'),
      status: 'parsed', reason: 'Semantic Location History: place visits and trips per month',
    },
    {
      name: new RegExp(`${SEP}${all((l) => l.timelineFiles)}$`, 'i'),
      status: 'parsed', reason: 'Timeline exported from the device (2024+): visits, trips and positions',
    },
    {
      name: new RegExp(`${SEP}${all((l) => l.myActivityFolders)}/${ANY_DIRS}[^/]+\\.html$`, 'i'),
      status: 'ignored', reason: 'My Activity in HTML: not read — choose JSON for My Activity when creating the Takeout',
    },
    {
      name: new RegExp(`${SEP}${all((l) => l.archiveBrowser)}$`, 'i'),
      status: 'ignored', reason: "Takeout's index page: describes the export, holds no records",
    },
    {
      name: /(?:^|\/)Timeline Edits\.json$/i,
      status: 'ignored', reason: 'Timeline edits: corrections made in Maps, not analysed',
    },
    {
      name: /\.(mp3|m4a|wav|ogg|jpe?g|png|gif|webp|heic|mp4|mov|3gp)$/i,
      status: 'ignored', reason: 'media file: not analysed',
    },
  ];
}
