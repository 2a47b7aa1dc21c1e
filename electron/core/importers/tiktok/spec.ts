/**
 * The rows TikTok's readers and mappers run on, compiled from the declared spec (declared.ts, the
 * source) and the rules keyed by its member ids (rules.ts) by compile.ts: per member, the key
 * paths or TXT files it is found at, the item keys per meaning (aliases), and how an item becomes
 * an event or a fact. Also TikTok's top-level keys and the keys beside every list. Nothing here is
 * a table of sections: edit declared.ts / rules.ts.
 */
import type { EventKind } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';

/** What an item field means. Each role lists the key spellings seen across versions. */
export type Role =
  | 'time' | 'url' | 'ip' | 'deviceModel' | 'deviceSystem' | 'networkType' | 'carrier'
  | 'counterpart' | 'from' | 'text' | 'method' | 'source' | 'event' | 'region' | 'gps' | 'shop' | 'status';

export type FieldAliases = Partial<Record<Role, readonly string[]>>;

export type Mapping =
  /** One timeline event per item. `title`: templates with `{role}` holes; the first whose holes all fill wins. */
  | {
      type: 'event';
      kind: EventKind;
      title: readonly string[];
      /** Also collect URLs written inside the text (DMs: links people pasted). */
      urlsInText?: boolean;
      /** Fill offPlatform {source, event} from the source/event roles. */
      offPlatform?: boolean;
    }
  /** Status List entry: advertising/device identifiers → one `device` fact. */
  | { type: 'device'; identifiers: Readonly<Record<string, readonly string[]>>; details: Readonly<Record<string, readonly string[]>> }
  /** A flat map of profile fields → one `profile` fact per non-empty field; `urlFields` carry CDN URLs. */
  | { type: 'profile'; urlFields: readonly string[] }
  /** A string holding many names → one fact per name (see splitNameList in map-record.ts). */
  | { type: 'names'; fact: FactKind }
  /** Known, deliberately not turned into records; the reason shows in coverage. */
  | { type: 'ignore'; reason: string };

/**
 * How the JSON value at `Top > Section > ListKey` is laid out:
 * - `records`: a list of items, or an object of items keyed by id (`WatchLiveMap`, `OrderHistories`),
 *   or one item written as an object of scalars (`LocationData`);
 * - `fields`: one object whose every field is a record (`ProfileMap`);
 * - `chats`: an object keyed `"Chat History with <username>:"`, each a list of messages;
 * - `text`: one string (`AdInterestCategories`).
 */
export type Shape = 'records' | 'fields' | 'chats' | 'text';

export type JsonPath = readonly [top: string, section: string, list: string];

/** Item keys a section knows and deliberately does not turn into record fields, with why. */
export interface SkippedKeys {
  keys: readonly string[];
  reason: string;
}

/** A list inside each item whose entries are records of another section (LIVE comments in a watched LIVE). */
export interface NestedList {
  keys: readonly string[];
  /** The id of the row that maps each entry (a nested record of rules.ts). */
  section: string;
}

export interface SectionSpec {
  id: string;
  /** Human label, used in coverage and problems. */
  label: string;
  shape: Shape;
  /** Alternative key paths in user_data*.json, oldest first. */
  json: readonly JsonPath[];
  /** TXT file names (basename), English and localised. */
  txt: readonly string[];
  /** TXT only: a line that opens a group of records and names the counterpart ([L], chats). */
  txtGroupHeader?: RegExp;
  fields: FieldAliases;
  map: Mapping;
  /** Known item keys not mapped on purpose; every other key holding data is reported as unread. */
  skip?: readonly SkippedKeys[];
  /** Lists inside an item that hold records of another section. */
  nested?: readonly NestedList[];
}

/**
 * Keys that sit beside a section's list (`Like List > App`, `Follower > IsFastLane`) and describe
 * the section rather than hold records. Consumed for every section, known or not.
 */
export const SECTION_META: SkippedKeys = { keys: ['App', 'IsFastLane'], reason: 'the app id and a delivery flag of the section, not records' };

/**
 * Top-level keys of a TikTok JSON export (reference §1.1, all generations). A file whose top level
 * has none of these is not a TikTok export. Sections below them that no declared member covers are
 * reported as "seen, not parsed".
 */
export const KNOWN_TOP_LEVEL: readonly string[] = [
  'Activity', 'Your Activity', 'Likes and Favorites', 'Profile And Settings', 'Ads and data', 'App Settings',
  'Comment', 'Direct Messages', 'Direct Message', 'Profile', 'Video', 'Post', 'Tiktok Shopping', 'TikTok Shop',
  'Tiktok Live', 'Income Plus Wallet Transactions', 'Income+ Wallet', 'Location Review',
];
