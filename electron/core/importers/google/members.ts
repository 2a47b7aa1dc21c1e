/**
 * Which Takeout members hold what, by folder and file name in any language of the locale table
 * (spec.ts), wherever the zip put them. Also: which language the export is in.
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { basename, folders } from '../common/paths';
import { LOCALES, RECORDS_FILE, type Lang, type TakeoutLocale } from './spec';

export type GoogleMemberKind =
  | 'location-settings' // read first: its device names label the location records
  | 'access-csv'
  | 'my-activity'
  | 'location-records'
  | 'semantic-location'
  | 'timeline';

/** Reading order: Settings.json before the records it labels, access data early. */
export const KIND_ORDER: readonly GoogleMemberKind[] = [
  'location-settings', 'access-csv', 'my-activity', 'location-records', 'semantic-location', 'timeline',
];

export interface GoogleMember {
  entry: InventoryEntry;
  kind: GoogleMemberKind;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase();
/** Every locale's names in one set (an export may mix, e.g. a German Takeout's English folders). */
const setOf = (pick: (l: TakeoutLocale) => readonly string[]): Set<string> => new Set(LOCALES.flatMap(pick).map(norm));

const MY_ACTIVITY_FOLDERS = setOf((l) => l.myActivityFolders);
const MY_ACTIVITY_FILES = setOf((l) => l.myActivityFiles);
const YOUTUBE_FOLDERS = setOf((l) => l.youtubeFolders);
const YOUTUBE_HISTORY = setOf((l) => l.youtubeHistoryFolders);
const ACCESS_FOLDERS = setOf((l) => l.accessLogFolders);
const LOCATION_FOLDERS = setOf((l) => l.locationFolders);
const LEGACY_RECORDS = setOf((l) => l.legacyRecordsFiles);
const SETTINGS = setOf((l) => l.settingsFiles);
const SEMANTIC = setOf((l) => l.semanticFolders);
const TIMELINE = setOf((l) => l.timelineFiles);

/** Dashes and spaces as Takeout writes them vary (en dash, no-break space): compare loosely. */
function loose(s: string): string {
  return norm(s).replace(/[\u2010-\u2015\u2212-]/g, '-').replace(/[\s\u00a0\u202f]+/g, ' ');
}
const ACCESS_PREFIXES = LOCALES.flatMap((l) => [...l.accessActivitiesPrefixes, ...l.accessDevicesPrefixes]).map(loose);

export function isAccessLogName(name: string): boolean {
  const n = loose(name);
  return ACCESS_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The member's folders, with the wrapping folder the archive layer stripped put back in front:
 * a zip of just the `Location History` folder still reads as location history.
 */
function foldersOf(path: string, stripped: string | undefined): string[] {
  const list = folders(path).map(norm);
  return stripped ? [norm(stripped), ...list] : list;
}

export function classifyMember(path: string, stripped?: string): GoogleMemberKind | null {
  const name = basename(path);
  const file = norm(name);
  const dirs = foldersOf(path, stripped);
  const parent = dirs[dirs.length - 1] ?? '';
  const inFolder = (set: Set<string>): boolean => dirs.some((d) => set.has(d));

  if (file.endsWith('.csv')) {
    return inFolder(ACCESS_FOLDERS) || isAccessLogName(name) ? 'access-csv' : null;
  }
  if (!file.endsWith('.json')) return null;
  if (MY_ACTIVITY_FILES.has(file) && inFolder(MY_ACTIVITY_FOLDERS)) return 'my-activity';
  if (YOUTUBE_HISTORY.has(parent) && inFolder(YOUTUBE_FOLDERS)) return 'my-activity';
  if (inFolder(SEMANTIC)) return 'semantic-location';
  if (LOCATION_FOLDERS.has(parent)) {
    if (file === norm(RECORDS_FILE) || LEGACY_RECORDS.has(file)) return 'location-records';
    if (SETTINGS.has(file)) return 'location-settings';
  }
  if (TIMELINE.has(file)) return 'timeline';
  return null;
}

/** The members this importer reads, in reading order (KIND_ORDER, then path). */
export function googleMembers(inventory: Inventory): GoogleMember[] {
  const out: GoogleMember[] = [];
  for (const entry of inventory.entries) {
    const kind = classifyMember(entry.path, inventory.strippedFolder);
    if (kind) out.push({ entry, kind });
  }
  return out.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.entry.path < b.entry.path ? -1 : 1));
}

/** The language whose folder names the export uses most; English when nothing tells. */
export function detectLang(inventory: Inventory): Lang {
  let best: { lang: Lang; hits: number } = { lang: 'en', hits: 0 };
  for (const locale of LOCALES) {
    const names = new Set([
      ...locale.myActivityFolders, ...locale.accessLogFolders, ...locale.locationFolders, ...locale.archiveBrowser,
      ...locale.youtubeFolders,
    ].map(norm));
    let hits = 0;
    for (const e of inventory.entries) {
      const parts = [...foldersOf(e.path, inventory.strippedFolder), norm(basename(e.path))];
      if (parts.some((p) => names.has(p))) hits++;
    }
    if (hits > best.hits) best = { lang: locale.lang, hits };
  }
  return best.lang;
}

export function localeOf(lang: Lang): TakeoutLocale {
  return LOCALES.find((l) => l.lang === lang) ?? (LOCALES[0] as TakeoutLocale);
}

/** The on-device Timeline export (2024+) on its own: not a Takeout. */
export const TIMELINE_FORMAT = 'google-timeline';

/** `google-takeout` for English, `google-takeout-de` / `-fr` for the localised layouts. */
export function formatFor(lang: Lang): string {
  return lang === 'en' ? 'google-takeout' : `google-takeout-${lang}`;
}

export function langOfFormat(format: string): Lang {
  const m = /^google-takeout-(\w+)$/.exec(format);
  return LOCALES.some((l) => l.lang === m?.[1]) ? (m?.[1] as Lang) : 'en';
}
