/**
 * Google Takeout, declared in the common spec format (common/spec-format.ts). This is the source
 * the Google readers consume (compile.ts turns it into the rows readers.ts runs): which member a
 * path is (`memberAt` over the patterns below, in declaration order), the members known and not
 * read and why, where the items are (JSON selectors per root kind; CSV rows for the Access Log),
 * the keys known and not mapped (`consumed`, with why in the trees below), and the mapper
 * (`record.mapperId`, resolved in mappers.ts MAPPERS).
 *
 * Takeout's folder and file names are localised: each member's patterns are generated here from
 * the locale table (spec.ts LOCALES, every language at once: an export may mix them), so a new
 * language is a row there. A member is known by folder and file name together — the folder may
 * be any ancestor, and a zip of one folder (`Location History`, stripped by the archive layer) is
 * matched with that folder put back in front (members.ts). Declaration order is the lookup
 * order: the first member whose pattern matches wins (a `My Activity/…/MyActivity.json` inside a
 * Semantic Location History folder is My Activity). What the readers need beyond the format
 * (reading order, the keys each mapper reads, error texts, quiet skips) is keyed by member id in
 * rules.ts. The My Activity HTML twin is declared ignored: no HTML is read.
 *
 * `consumed` keys are relative to every item of the member, or absolute (`$.<selector>.<key>`)
 * where only the items of one selector have them (the on-device Timeline's segments and raw
 * signals). Sources: reference/export-formats.md §4 (tags in spec.ts).
 */
import type { KeyTree } from '../common/key-tree';
import { escapeRegExp } from '../common/paths';
import { consumedOf, type MemberSpec, type PlatformSpec } from '../common/spec-format';
import { ACTIVITY_COLUMNS, DEVICE_COLUMNS, LOCALES, RECORDS_FILE, type TakeoutLocale } from './spec';

/** The mappers of mappers.ts (MAPPERS), by id: one per kind of Takeout member. */
export type GoogleMapperId = 'location-settings' | 'access-csv' | 'my-activity' | 'location-records' | 'semantic-location' | 'timeline';

const SOURCE = 'reference/export-formats.md §4 (Google Takeout)';

// ------------------------------------------------------------------ patterns from the locale table

const alt = (names: readonly string[]): string => `(?:${names.map(escapeRegExp).join('|')})`;
/** Every language's names for one thing, as one alternation. */
const all = (pick: (l: TakeoutLocale) => readonly string[]): string => alt([...new Set(LOCALES.flatMap(pick))]);
/** Start of a path segment. */
const SEP = '(?:^|/)';
/** Any folders between an ancestor and the file (the product folder of My Activity, years of Semantic Location History). */
const ANY_DIRS = '(?:[^/]*/)*';
const pattern = (source: string): RegExp => new RegExp(source, 'i');

const DASH = '[\\u2010-\\u2015\\u2212-]';
const SPACE = '[\\s\\u00a0\\u202f]+';
/**
 * A file-name start as Takeout writes it: dashes (en dash, hyphen) and spaces (no-break,
 * narrow no-break, several) vary, so any dash stands for any dash and any run of spaces for any run.
 */
function loosePrefix(prefix: string): string {
  return prefix.normalize('NFC').split(/([\s\u00a0\u202f]+|[\u2010-\u2015\u2212-])/)
    .map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : /\s|\u00a0|\u202f/.test(part) ? SPACE : DASH)).join('');
}
const prefixes = (pick: (l: TakeoutLocale) => readonly string[]): string => `(?:${[...new Set(LOCALES.flatMap(pick))].map(loosePrefix).join('|')})`;

const MY_ACTIVITY_FOLDER = all((l) => l.myActivityFolders);
const ACCESS_FOLDER = all((l) => l.accessLogFolders);
const LOCATION_FOLDER = all((l) => l.locationFolders);

// ------------------------------------------------------------------ consumed keys, with why

const NOT_ANALYSED = 'not analysed';
const CONFIDENCE = 'Google\'s confidence scores: not analysed';
const WIFI = 'Wi-Fi scans near the device: not analysed';
const MOTION = 'motion and height readings: not analysed';
const PLACE_ID = 'a place identifier: kept in raw';
const TRIP_EXTRA = 'the trip\'s path, waypoints and alternatives: not analysed';

const MY_ACTIVITY: KeyTree = {
  activityControls: 'the settings under which Google recorded it: not analysed',
  audioFiles: 'names of voice recordings in the export: media, not analysed',
  imageFile: 'name of an image in the export: media, not analysed',
  attachedFiles: 'names of files in the export: media, not analysed',
};

const RECORD: KeyTree = {
  activity: 'activity guesses (walking, in a vehicle): not analysed', velocity: MOTION, heading: MOTION, altitude: MOTION,
  verticalAccuracy: MOTION, batteryCharging: NOT_ANALYSED, deviceDesignation: NOT_ANALYSED, serverTimestamp: 'when Google received it: kept in raw',
  deviceTimestamp: 'the device\'s clock: kept in raw', osLevel: NOT_ANALYSED, activeWifiScan: WIFI, locationMetadata: WIFI,
  placeId: PLACE_ID, inferredLocation: NOT_ANALYSED, semanticType: NOT_ANALYSED, msSinceBoot: NOT_ANALYSED,
};

const SETTING: KeyTree = {
  deviceSpec: { device: NOT_ANALYSED, product: NOT_ANALYSED, isLowRam: NOT_ANALYSED, osLevel: NOT_ANALYSED },
  latestLocationReportingSettingChange: 'when the setting last changed: not analysed', hasReportedLocations: NOT_ANALYSED,
  hasSetRetention: NOT_ANALYSED, retentionWindowDays: NOT_ANALYSED, timelineEnabled: NOT_ANALYSED,
};

/** Semantic Location History `location` objects. */
const SEMANTIC_PLACE: KeyTree = {
  placeId: PLACE_ID, sourceInfo: NOT_ANALYSED, locationConfidence: CONFIDENCE, calibratedProbability: CONFIDENCE, accuracyMetres: NOT_ANALYSED,
};

const TIMELINE_OBJECT: KeyTree = {
  placeVisit: {
    location: SEMANTIC_PLACE, placeConfidence: CONFIDENCE, visitConfidence: CONFIDENCE, centerLatE7: NOT_ANALYSED,
    centerLngE7: NOT_ANALYSED, otherCandidateLocations: 'other places Google considered: not analysed', editConfirmationStatus: NOT_ANALYSED,
    locationConfidence: CONFIDENCE, placeVisitType: NOT_ANALYSED, placeVisitImportance: NOT_ANALYSED, childVisits: TRIP_EXTRA,
    simplifiedRawPath: TRIP_EXTRA, lastEditedTimestamp: NOT_ANALYSED, sectionId: NOT_ANALYSED,
  },
  activitySegment: {
    startLocation: SEMANTIC_PLACE, endLocation: 'where the trip ended: not analysed',
    confidence: CONFIDENCE, activities: CONFIDENCE, waypointPath: TRIP_EXTRA, simplifiedRawPath: TRIP_EXTRA,
    transitPath: TRIP_EXTRA, parkingEvent: TRIP_EXTRA, editConfirmationStatus: NOT_ANALYSED, lastEditedTimestamp: NOT_ANALYSED,
  },
};

/** On-device Timeline segments: `semanticSegments[]` (Android) or root items (iOS). */
const SEGMENT: KeyTree = {
  endTime: 'when it ended: kept in raw', startTimeTimezoneUtcOffsetMinutes: NOT_ANALYSED, endTimeTimezoneUtcOffsetMinutes: NOT_ANALYSED,
  visit: { topCandidate: { placeId: PLACE_ID, probability: CONFIDENCE }, hierarchyLevel: NOT_ANALYSED, probability: CONFIDENCE, isTimelessVisit: NOT_ANALYSED },
  activity: { end: 'where the trip ended: not analysed', probability: CONFIDENCE, topCandidate: { probability: CONFIDENCE } },
  timelinePath: { time: 'the time of each point: kept in raw', durationMinutesOffsetFromStartTime: NOT_ANALYSED },
  timelineMemory: 'trip summaries Google made: not analysed',
};

/** On-device Timeline `rawSignals[]`. */
const RAW_SIGNAL: KeyTree = {
  position: { altitudeMeters: MOTION, speedMetersPerSecond: MOTION },
  wifiScan: WIFI, activityRecord: 'activity guesses (walking, in a vehicle): not analysed',
};

/** Keys of the items of one selector only: `$.<selector>.<key>`. */
const at = (selector: string, tree: KeyTree): string[] => consumedOf(tree, `${selector}.`);

// ------------------------------------------------------------------ members (lookup order)

const MEMBERS: readonly MemberSpec<GoogleMapperId>[] = [
  {
    id: 'my-activity', holds: 'My Activity (JSON): searches, videos watched, ads shown and clicked, other activity, with IP and places',
    files: [
      // The activity file of any product folder under My Activity.
      pattern(`${SEP}${MY_ACTIVITY_FOLDER}/${ANY_DIRS}${all((l) => l.myActivityFiles)}$`),
      // YouTube's history folder (watch-history.json, search-history.json): the same items.
      pattern(`${SEP}${all((l) => l.youtubeFolders)}/${ANY_DIRS}${all((l) => l.youtubeHistoryFolders)}/[^/]*\\.json$`),
    ],
    status: 'parsed', items: { json: { array: ['$.*'] } },
    record: {
      becomes: ['event:search', 'event:watch', 'event:ad_impression', 'event:ad_click', 'event:other', 'event:location'],
      time: { fields: ['time'], format: 'iso' }, text: ['title', 'description', 'subtitles.name'], ip: ['details.name'],
      url: ['titleUrl', 'subtitles.url', 'locationInfos.url'], mapper: 'google/my-activity.ts mapActivity (kind rules in spec.ts ACTIVITY_KIND_RULES)',
      mapperId: 'my-activity',
    },
    consumed: consumedOf(MY_ACTIVITY), source: SOURCE,
  },
  // Both Access Log tables are read by one mapper that knows the table by its header, not its
  // name: a devices-named file holding activities is read as activities.
  {
    id: 'access-devices', holds: 'Access Log Activity: the devices used to access the account',
    files: [pattern(`${SEP}${prefixes((l) => l.accessDevicesPrefixes)}[^/]*\\.csv$`)],
    status: 'parsed', items: { csv: 'rows' },
    record: {
      // Untimed: first and last activity are kept as details of the fact.
      becomes: ['fact:device'], device: [...DEVICE_COLUMNS.brand, ...DEVICE_COLUMNS.marketingName, ...DEVICE_COLUMNS.model, ...DEVICE_COLUMNS.os],
      mapper: 'google/access-log.ts mapDeviceRow (table chosen by header; details from the columns and the old layout\'s last-location cell)',
      mapperId: 'access-csv',
    },
    source: SOURCE,
  },
  {
    id: 'access-activities', holds: 'Access Log Activity: every access to a Google service with IP address, country and browser or app',
    files: [
      // Any CSV under the Access Log folder, and an activities file wherever it sits (its name is truncated by Takeout).
      pattern(`${SEP}${ACCESS_FOLDER}/${ANY_DIRS}[^/]*\\.csv$`),
      pattern(`${SEP}${prefixes((l) => l.accessActivitiesPrefixes)}[^/]*\\.csv$`),
    ],
    status: 'parsed', items: { csv: 'rows' },
    record: {
      becomes: ['event:session', 'event:login', 'event:password_change', 'fact:device'],
      time: { fields: ACTIVITY_COLUMNS.time, format: 'text' }, ip: [...ACTIVITY_COLUMNS.ip, ...ACTIVITY_COLUMNS.proxiedIp],
      device: [...ACTIVITY_COLUMNS.userAgent, ...ACTIVITY_COLUMNS.deviceType, ...ACTIVITY_COLUMNS.deviceModel], text: ACTIVITY_COLUMNS.product,
      mapper: 'google/access-log.ts mapActivityRow (table chosen by header, Activity Type → kind; a devices table → mapDeviceRow)',
      mapperId: 'access-csv',
    },
    source: SOURCE,
  },
  {
    id: 'semantic-location', holds: 'Semantic Location History: place visits and trips per month',
    files: [pattern(`${SEP}${all((l) => l.semanticFolders)}/${ANY_DIRS}[^/]*\\.json$`)],
    status: 'parsed', items: { json: { object: ['$.timelineObjects.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['duration.startTimestamp', 'duration.startTimestampMs'], format: ['iso', 'unix-ms'] },
      text: ['placeVisit.location.name', 'placeVisit.location.address'], mapper: 'google/location.ts mapTimelineObject', mapperId: 'semantic-location',
    },
    consumed: consumedOf(TIMELINE_OBJECT), source: SOURCE,
  },
  {
    id: 'location-records', holds: 'Location History: every recorded position with time, accuracy and device',
    files: [pattern(`${SEP}${LOCATION_FOLDER}/${alt([RECORDS_FILE, ...new Set(LOCALES.flatMap((l) => l.legacyRecordsFiles))])}$`)],
    status: 'parsed', items: { json: { object: ['$.locations.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['timestamp', 'timestampMs'], format: ['iso', 'unix-ms'] }, device: ['deviceTag'],
      mapper: 'google/location.ts mapLocationRecord (devices named from Settings.json)', mapperId: 'location-records',
    },
    consumed: consumedOf(RECORD), source: SOURCE,
  },
  {
    id: 'location-settings', holds: 'Location History settings: the devices that reported locations',
    files: [pattern(`${SEP}${LOCATION_FOLDER}/${all((l) => l.settingsFiles)}$`)],
    status: 'parsed', items: { json: { object: ['$.deviceSettings.*'] } },
    record: {
      becomes: ['fact:device'], time: { fields: ['deviceCreationTime'], format: 'iso' }, device: ['devicePrettyName', 'deviceSpec.model', 'deviceTag'],
      mapper: 'google/location.ts mapDeviceSetting', mapperId: 'location-settings',
    },
    consumed: consumedOf(SETTING), source: SOURCE,
  },
  {
    id: 'timeline', holds: 'Timeline exported from the device (2024+): visits, trips and positions',
    files: [pattern(`${SEP}${all((l) => l.timelineFiles)}$`)],
    status: 'parsed',
    // Android: an object of lists (the profile selected only to report what it holds, rules.ts); iOS: a root list of segments.
    items: { json: { object: ['$.semanticSegments.*', '$.rawSignals.*', '$.userLocationProfile'], array: ['$.*'] } },
    record: {
      becomes: ['event:location'], time: { fields: ['startTime', 'position.timestamp'], format: 'iso' },
      mapper: 'google/location.ts mapSegment, mapRawSignal', mapperId: 'timeline',
    },
    consumed: [...at('$.semanticSegments.*', SEGMENT), ...at('$.*', SEGMENT), ...at('$.rawSignals.*', RAW_SIGNAL)], source: SOURCE,
  },
  // ---------------------------------------------------------------- known, not read
  {
    id: 'my-activity-html', holds: 'My Activity in HTML', status: 'ignored', source: SOURCE,
    files: [pattern(`${SEP}${MY_ACTIVITY_FOLDER}/${ANY_DIRS}[^/]+\\.html$`)],
    reason: 'not read — choose JSON for My Activity when creating the Takeout',
  },
  {
    id: 'archive-browser', holds: "Takeout's index page", status: 'ignored', source: SOURCE,
    files: [pattern(`${SEP}${all((l) => l.archiveBrowser)}$`)], reason: 'describes the export, holds no records',
  },
  {
    id: 'timeline-edits', holds: 'Timeline edits', status: 'ignored', source: SOURCE,
    files: [/(?:^|\/)Timeline Edits\.json$/i], reason: 'corrections made in Maps, not analysed',
  },
];

export const GOOGLE_SPEC: PlatformSpec<GoogleMapperId> = { platform: 'google', importers: ['google-takeout'], readers: 'declared', members: MEMBERS };
