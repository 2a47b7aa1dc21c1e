/**
 * Google Takeout in the common spec format (common/spec-format.ts), built from the locale table,
 * the CSV column table and the key trees of spec.ts, which stay the single source. Member
 * patterns are the locale names of every language (members.ts classifies by the same tables).
 * Layout-specific code: members.ts (a member is known by folder and file name together, in any
 * language), access-log.ts (a CSV table is recognised by its header, not its name).
 */
import { consumedOf, type MemberSpec, type PlatformSpec } from '../common/spec-format';
import { escapeRegExp } from '../common/paths';
import { ACTIVITY_COLUMNS, DEVICE_COLUMNS, LOCALES, LOCATION_KEYS, MY_ACTIVITY_KEYS, RECORDS_FILE, type TakeoutLocale } from './spec';

const SOURCE = 'reference/export-formats.md §4 (Google Takeout)';
const alt = (names: readonly string[]): string => `(?:${names.map(escapeRegExp).join('|')})`;
const all = (pick: (l: TakeoutLocale) => readonly string[]): string => alt([...new Set(LOCALES.flatMap(pick))]);
const SEP = '(?:^|/)';
const ANY_DIRS = '(?:[^/]+/)*';
const location = all((l) => l.locationFolders);

const MEMBERS: readonly MemberSpec[] = [
  {
    id: 'my-activity', holds: 'My Activity (JSON): searches, videos watched, ads shown and clicked, other activity, with IP and places',
    files: [
      new RegExp(`${SEP}${all((l) => l.myActivityFolders)}/${ANY_DIRS}${all((l) => l.myActivityFiles)}$`, 'i'),
      new RegExp(`${SEP}${all((l) => l.youtubeFolders)}/${all((l) => l.youtubeHistoryFolders)}/[^/]+\\.json$`, 'i'),
    ],
    status: 'parsed', items: { json: { array: ['$.*'] } },
    record: {
      becomes: ['event:search', 'event:watch', 'event:ad_impression', 'event:ad_click', 'event:other', 'event:location'],
      time: { fields: ['time'], format: 'iso' }, text: ['title', 'description', 'subtitles.name'], ip: ['details.name'],
      url: ['titleUrl', 'subtitles.url', 'locationInfos.url'], mapper: 'google/my-activity.ts mapActivity (kind rules in spec.ts ACTIVITY_KIND_RULES)',
    },
    consumed: consumedOf(MY_ACTIVITY_KEYS), source: SOURCE,
  },
  {
    id: 'access-activities', holds: 'Access Log Activity: every access to a Google service with IP address, country and browser or app',
    files: [new RegExp(`${SEP}${all((l) => l.accessLogFolders)}/[^/]+\\.csv$`, 'i')],
    status: 'parsed', items: { csv: 'rows' },
    record: {
      becomes: ['event:session', 'event:login', 'event:password_change'],
      time: { fields: ACTIVITY_COLUMNS.time, format: 'text' }, ip: [...ACTIVITY_COLUMNS.ip, ...ACTIVITY_COLUMNS.proxiedIp],
      device: [...ACTIVITY_COLUMNS.userAgent, ...ACTIVITY_COLUMNS.deviceType, ...ACTIVITY_COLUMNS.deviceModel], text: ACTIVITY_COLUMNS.product,
      mapper: 'google/access-log.ts mapActivityRow (table chosen by header, Activity Type → kind)',
    },
    source: SOURCE,
  },
  {
    id: 'access-devices', holds: 'Access Log Activity: the devices used to access the account',
    files: [new RegExp(`${SEP}${all((l) => l.accessLogFolders)}/${all((l) => l.accessDevicesPrefixes)}[^/]*\\.csv$`, 'i')],
    status: 'parsed', items: { csv: 'rows' },
    record: {
      // Untimed: first and last activity are kept as details of the fact.
      becomes: ['fact:device'], device: [...DEVICE_COLUMNS.brand, ...DEVICE_COLUMNS.marketingName, ...DEVICE_COLUMNS.model, ...DEVICE_COLUMNS.os],
      mapper: 'google/access-log.ts mapDeviceRow (details from the columns and the old layout\'s last-location cell)',
    },
    source: SOURCE,
  },
  {
    id: 'location-records', holds: 'Location History: every recorded position with time, accuracy and device',
    files: [new RegExp(`${SEP}${location}/${alt([RECORDS_FILE, ...new Set(LOCALES.flatMap((l) => l.legacyRecordsFiles))])}$`, 'i')],
    status: 'parsed', items: { json: { object: ['$.locations.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['timestamp', 'timestampMs'], format: ['iso', 'unix-ms'] }, device: ['deviceTag'],
      mapper: 'google/location.ts mapLocationRecord (devices named from Settings.json)',
    },
    consumed: consumedOf(LOCATION_KEYS.record), source: SOURCE,
  },
  {
    id: 'location-settings', holds: 'Location History settings: the devices that reported locations',
    files: [new RegExp(`${SEP}${location}/${all((l) => l.settingsFiles)}$`, 'i')],
    status: 'parsed', items: { json: { object: ['$.deviceSettings.*'] } },
    record: {
      becomes: ['fact:device'], time: { fields: ['deviceCreationTime'], format: 'iso' }, device: ['devicePrettyName', 'deviceSpec.model', 'deviceTag'],
      mapper: 'google/location.ts mapDeviceSetting',
    },
    consumed: consumedOf(LOCATION_KEYS.setting), source: SOURCE,
  },
  {
    id: 'semantic-location', holds: 'Semantic Location History: place visits and trips per month',
    files: [new RegExp(`${SEP}${all((l) => l.semanticFolders)}/${ANY_DIRS}[^/]+\\.json$`, 'i')],
    status: 'parsed', items: { json: { object: ['$.timelineObjects.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['duration.startTimestamp', 'duration.startTimestampMs'], format: ['iso', 'unix-ms'] },
      text: ['placeVisit.location.name', 'placeVisit.location.address'], mapper: 'google/location.ts mapTimelineObject',
    },
    consumed: consumedOf(LOCATION_KEYS.timelineObject), source: SOURCE,
  },
  {
    id: 'timeline', holds: 'Timeline exported from the device (2024+): visits, trips and positions',
    files: [new RegExp(`${SEP}${all((l) => l.timelineFiles)}$`, 'i')],
    status: 'parsed',
    // Android: an object of lists (the profile selected only to report what it holds); iOS: a root list of segments.
    items: { json: { object: ['$.semanticSegments.*', '$.rawSignals.*', '$.userLocationProfile'], array: ['$.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['startTime', 'position.timestamp'], format: 'iso' },
      mapper: 'google/location.ts mapSegment, mapRawSignal',
    },
    consumed: [...consumedOf(LOCATION_KEYS.segment), ...consumedOf(LOCATION_KEYS.rawSignal)], source: SOURCE,
  },
  {
    id: 'my-activity-html', holds: 'My Activity in HTML', status: 'ignored', source: SOURCE,
    files: [new RegExp(`${SEP}${all((l) => l.myActivityFolders)}/${ANY_DIRS}[^/]+\\.html$`, 'i')],
    reason: 'not read — choose JSON for My Activity when creating the Takeout',
  },
  {
    id: 'archive-browser', holds: "Takeout's index page", status: 'ignored', source: SOURCE,
    files: [new RegExp(`${SEP}${all((l) => l.archiveBrowser)}$`, 'i')], reason: 'describes the export, holds no records',
  },
  {
    id: 'timeline-edits', holds: 'Timeline edits', status: 'ignored', source: SOURCE,
    files: [/(?:^|\/)Timeline Edits\.json$/i], reason: 'corrections made in Maps, not analysed',
  },
];

export const GOOGLE_SPEC: PlatformSpec = { platform: 'google', importers: ['google-takeout'], readers: 'own-table', members: MEMBERS };
