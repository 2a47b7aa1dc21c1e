/**
 * Google Takeout's localised names and labels and its CSV columns: the locale table (folder and
 * file names per language, from which declared.ts generates the member patterns; My Activity
 * title patterns), how a My Activity item's kind is decided, and the Access Log CSV columns by
 * header text. Format drift (a new language, a renamed column) is a data change here, with a
 * test; the readers and mappers never name a Takeout folder or column. Which member a path is,
 * where its items are and the keys consumed are declared.ts's.
 *
 * Sources: reference/export-formats.md §4 (tags repeated). DE names: seanbreckenridge/
 * google_takeout_parser locales/de.py and public importers that match German Takeouts. Entries
 * marked [L] are inferred — no public sample shows them — and must be read defensively.
 */
import type { EventKind } from '../../../../shared/domain';

export type Lang = 'en' | 'de' | 'fr';

export interface TakeoutLocale {
  lang: Lang;
  /** `My Activity` folder, whose product folders hold the activity files. */
  myActivityFolders: readonly string[];
  /** File names of the activity list inside a product folder (JSON; the HTML twin is ignored). */
  myActivityFiles: readonly string[];
  /** YouTube folder and its history folder (watch-history.json, search-history.json: same items). */
  youtubeFolders: readonly string[];
  youtubeHistoryFolders: readonly string[];
  accessLogFolders: readonly string[];
  /** File-name starts of the two Access Log CSVs (Takeout truncates the names). */
  accessActivitiesPrefixes: readonly string[];
  accessDevicesPrefixes: readonly string[];
  /** Full names, for the "expected but missing" line of the coverage report. */
  accessActivitiesFile: string;
  accessDevicesFile: string;
  locationFolders: readonly string[];
  /** Pre-2022 raw location file, named after its folder (`Location History.json`). */
  legacyRecordsFiles: readonly string[];
  settingsFiles: readonly string[];
  semanticFolders: readonly string[];
  /** The on-device Timeline export (2024+). */
  timelineFiles: readonly string[];
  archiveBrowser: readonly string[];
  /** My Activity titles. */
  watchedTitle: readonly RegExp[];
  searchedTitle: readonly RegExp[];
  /** A page opened from an ad or a result ("Visited vox.com"). */
  visitedTitle: readonly RegExp[];
}

/** Records.json keeps its English name in every language [M] (French sample, German parsers). */
export const RECORDS_FILE = 'Records.json';

export const LOCALES: readonly TakeoutLocale[] = [
  {
    lang: 'en',
    myActivityFolders: ['My Activity'],
    myActivityFiles: ['MyActivity.json', 'My Activity.json'],
    youtubeFolders: ['YouTube and YouTube Music', 'YouTube'],
    youtubeHistoryFolders: ['history'],
    accessLogFolders: ['Access Log Activity'],
    accessActivitiesPrefixes: ['Activities - A list of Google services'],
    accessDevicesPrefixes: ['Devices - A list of devices'],
    accessActivitiesFile: 'Access Log Activity/Activities - A list of Google services accessed by.csv',
    accessDevicesFile: 'Access Log Activity/Devices - A list of devices (i.e. Nest, Pixel, iPh.csv',
    locationFolders: ['Location History', 'Location History (Timeline)'],
    legacyRecordsFiles: ['Location History.json', 'LocationHistory.json'],
    settingsFiles: ['Settings.json'],
    semanticFolders: ['Semantic Location History'],
    timelineFiles: ['Timeline.json', 'location-history.json'],
    archiveBrowser: ['archive_browser.html'],
    watchedTitle: [/^Watched\s/],
    searchedTitle: [/^Searched for\s/],
    visitedTitle: [/^Visited\s/],
  },
  {
    lang: 'de',
    myActivityFolders: ['Meine Aktivitäten'],
    myActivityFiles: ['MeineAktivitäten.json', 'Meine Aktivitäten.json'],
    youtubeFolders: ['YouTube und YouTube Music'],
    youtubeHistoryFolders: ['Verlauf'],
    accessLogFolders: ['Zugriffsprotokollaktivitäten'],
    // Takeout writes an en dash here, sometimes after a no-break space; see prefixMatches().
    accessActivitiesPrefixes: ['Aktivitäten – eine Liste der Google-Dienste'],
    accessDevicesPrefixes: ['Geräte – eine Liste der Geräte'], // [L]
    accessActivitiesFile: 'Zugriffsprotokollaktivitäten/Aktivitäten – eine Liste der Google-Dienste, auf d.csv',
    accessDevicesFile: 'Zugriffsprotokollaktivitäten/Geräte – eine Liste der Geräte (z. B. Nest, Pixel, iPh.csv', // [L]
    locationFolders: ['Standortverlauf', 'Standortverlauf (Zeitachse)'], // the second [L]
    legacyRecordsFiles: ['Standortverlauf.json'],
    settingsFiles: ['Settings.json', 'Einstellungen.json'], // the second [L]
    // German Takeouts keep "Semantic Location History" in English [M] (google_takeout_parser de.py).
    semanticFolders: ['Semantic Location History', 'Semantischer Standortverlauf'], // the second [L]
    timelineFiles: ['Zeitachse.json'], // [L]
    archiveBrowser: ['Archiv_Übersicht.html'],
    watchedTitle: [/\sangesehen$/], // „Titel“ angesehen [M]
    searchedTitle: [/^Gesucht nach\s/, /^Nach .+ gesucht$/, /\sgesucht$/], // [L]
    visitedTitle: [/^Besucht:?\s/, /\sbesucht$/], // [L]
  },
  {
    lang: 'fr',
    myActivityFolders: ['Mon activité'],
    myActivityFiles: ['MonActivité.json', 'Mon activité.json'],
    youtubeFolders: ['YouTube et YouTube Music'], // [L]
    youtubeHistoryFolders: ['historique'], // [L]
    accessLogFolders: ["Activité du journal d'accès"], // [L]
    accessActivitiesPrefixes: ['Activités - Liste des services Google'], // [L]
    accessDevicesPrefixes: ['Appareils - Liste des appareils'], // [L]
    accessActivitiesFile: "Activité du journal d'accès/Activités - Liste des services Google auxquels.csv", // [L]
    accessDevicesFile: "Activité du journal d'accès/Appareils - Liste des appareils (par exemple, Nes.csv", // [L]
    locationFolders: ['Historique des positions', 'Historique des positions (Timeline)'],
    legacyRecordsFiles: ['Historique des positions.json'],
    settingsFiles: ['Settings.json', 'Paramètres.json'], // the second [L]
    semanticFolders: ['Semantic Location History', 'Historique des positions sémantiques'], // the second [L]
    timelineFiles: ['Chronologie.json'],
    archiveBrowser: ['archive_browser.html', 'navigateur_archives.html'], // the second [L]
    watchedTitle: [/^Vous avez regardé\s/],
    searchedTitle: [/^Vous avez recherché\s/],
    visitedTitle: [/^Vous avez consulté\s/, /^Vous avez visité\s/], // [L]
  },
];

// ------------------------------------------------------------------ My Activity

export interface ActivityKindRule {
  kind: EventKind;
  /** Any detail line (`details[].name`) matching. */
  detail?: RegExp;
  /** One of the item's product names (`products[]`, `header`, its product folder) is one of these. */
  products?: readonly string[];
  /** The title matches one of the locales' patterns of this name. */
  title?: 'watchedTitle' | 'searchedTitle' | 'visitedTitle';
}

/** The Ads product's name in My Activity, per language ([L] for the translations). */
export const ADS_PRODUCTS: readonly string[] = ['Ads', 'Anzeigen', 'Annonces'];
/** A detail naming Google's ad network: "From Google Ads" [M]; the product name is not translated. */
const FROM_ADS = /\bGoogle Ads\b/;

/**
 * First matching rule wins; an item no rule matches is `other`. The Ads list holds entries of
 * several kinds [H]: pages opened from an ad ("Visited …", a google.com/url redirect) are clicks,
 * "Searched for …" are the searches ads were matched to, the rest are ads shown. A video watched
 * with "From Google Ads" is an ad shown, not a video chosen.
 */
export const ACTIVITY_KIND_RULES: readonly ActivityKindRule[] = [
  { kind: 'ad_click', products: ADS_PRODUCTS, title: 'visitedTitle' },
  { kind: 'ad_click', detail: FROM_ADS, title: 'visitedTitle' },
  { kind: 'search', title: 'searchedTitle' },
  { kind: 'ad_impression', detail: FROM_ADS },
  { kind: 'ad_impression', products: ADS_PRODUCTS },
  { kind: 'watch', title: 'watchedTitle' },
];

/** A detail line that carries the address the activity came from: "From IP address 1.2.3.4" [M]. */
export const IP_DETAIL = /\bIP\b/;

// ------------------------------------------------------------------ Access Log Activity

/** Columns of the Activities CSV, by meaning. Headers are matched case/space/hyphen-insensitively. */
export const ACTIVITY_COLUMNS = {
  gaiaId: ['Gaia ID'],
  time: ['Activity Timestamp', 'Timestamp', 'Activity Time'],
  ip: ['IP Address'],
  proxiedIp: ['Proxiedhost IP Address', 'Proxied Host IP Address'],
  nonRoutable: ['Is Non-routable IP Address'],
  country: ['Activity Country', 'Country Code', 'Country'], // the last two from the [L] variant
  region: ['Activity Region', 'Region'],
  city: ['Activity City', 'City'],
  userAgent: ['User Agent String', 'User Agent'],
  product: ['Product Name'],
  subProduct: ['Sub-Product Name'],
  refererProduct: ['Referer Product Name'],
  refererSubProduct: ['Referer Sub-Product Name'],
  activityType: ['Activity Type'],
  channel: ['Gmail Access Channel'],
  webviewPackage: ['Android Webview Package Name'],
  deviceType: ['Device Type'], // [L] variant
  deviceModel: ['Device Model'], // [L] variant
} as const satisfies Record<string, readonly string[]>;

export type ActivityColumn = keyof typeof ACTIVITY_COLUMNS;
/** Without these two a row is not an access. */
export const ACTIVITY_REQUIRED: readonly ActivityColumn[] = ['time', 'ip'];

/**
 * Activity Type → event kind. The vocabulary is not established [L] (reference §4.3, §12): the
 * one value seen is `Non User Initiated` (background access by an app that holds a token), which
 * is a session, not someone signing in. First match wins; no match is a `session`.
 */
export const ACTIVITY_TYPE_KINDS: readonly { pattern: RegExp; kind: EventKind }[] = [
  { pattern: /non[\s-]*user[\s-]*initiated/i, kind: 'session' },
  { pattern: /password|passwort|mot de passe/i, kind: 'password_change' },
  { pattern: /sign[\s-]*in|log[\s-]*in|anmeld|connexion|^user[\s-]*initiated$/i, kind: 'login' },
];
export const ACTIVITY_TYPE_DEFAULT: EventKind = 'session';

/**
 * Columns of the Devices CSV. Old layout [M]: Device Type, Brand Name, Marketing Name, OS,
 * OS Version, Device Model, User Given Name, Device Last Location (multi-line free text with
 * `Country ISO: XX` and `Last Activity Time: …`), Gaia ID. New layout: a Country column and
 * first/last activity columns [M]; their exact header text is [L].
 */
export const DEVICE_COLUMNS = {
  gaiaId: ['Gaia ID'],
  type: ['Device Type'],
  brand: ['Brand Name', 'Device Brand', 'Brand'],
  marketingName: ['Marketing Name'],
  os: ['OS', 'Device OS', 'Operating System'],
  osVersion: ['OS Version'],
  model: ['Device Model', 'Model'],
  userName: ['User Given Name'],
  lastLocation: ['Device Last Location'],
  country: ['Country', 'Device Last Country'],
  lastLocationTime: ['Device Last Location Timestamp', 'Last Location Timestamp'],
  firstActivity: ['First Activity Timestamp', 'First Activity Time', 'Device First Activity Time'],
  lastActivity: ['Last Activity Timestamp', 'Last Activity Time', 'Device Last Activity Time'],
} as const satisfies Record<string, readonly string[]>;

export type DeviceColumn = keyof typeof DEVICE_COLUMNS;
/** A devices CSV names at least the type and one of these. */
export const DEVICE_IDENTIFYING: readonly DeviceColumn[] = ['brand', 'marketingName', 'model'];

/** Inside the old layout's `Device Last Location` cell. */
export const LAST_LOCATION_COUNTRY = /Country ISO:\s*([A-Za-z]{2})\b/;
export const LAST_LOCATION_TIME = /Last Activity Time:\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?: ?UTC|Z)?)/;
