/**
 * The rows the Meta reader runs (read-member.ts, map-item.ts, unread-keys.ts), compiled from a
 * declared spec (instagram/declared.ts, facebook/declared.ts) and its rules (rules.ts) by
 * compile.ts: per member, how to find it (file name, never a fixed path), where its records sit
 * (root keys, every version), which keys or labels hold each meaning, and what the record
 * becomes. Nothing here is a table of files: format drift is a data change in a declared member
 * or its rule; the reading and mapping code never names a file.
 */
import type { EventKind } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';

/** How a number in a time field is read: unix seconds, unix ms, or text (ISO `title`). */
export type TimeUnit = 's' | 'ms' | 'text';
/** A key or label that may hold the record's time, with its unit. Tried in order. */
export type TimeKey = readonly [key: string, unit: TimeUnit];

/** What a field means. Each role lists its keys and labels across versions and languages. */
export type Role =
  | 'ip' | 'userAgent' | 'cookie' | 'language' | 'deviceId' | 'advertiserId' | 'model' | 'system'
  /** A device named in free text: a user agent when it looks like one, else a model. */
  | 'deviceText'
  | 'counterpart' | 'advertiser' | 'app' | 'text' | 'name' | 'action'
  | 'city' | 'region' | 'country' | 'location' | 'site' | 'category' | 'source' | 'event' | 'url'
  | 'username' | 'sessionType' | 'appScopedId' | 'updated' | 'removed'
  /** Instagram `profile_activity`: the client port and app version of a sign-in. */
  | 'port' | 'appVersion'
  /** A device's maker (`device_manufacturer`), joined to the model in names. */
  | 'manufacturer'
  /** What a record says changed: the e-mail, the previous and new value of a profile field. */
  | 'email' | 'oldValue' | 'newValue'
  /** A position the record states (Instagram `last_known_location`): decimal degrees. */
  | 'lat' | 'lon'
  /** When a browsing session began and ended (Instagram `link_history.json`). */
  | 'sessionStart' | 'sessionEnd';

export type Roles = Partial<Record<Role, readonly string[]>>;

/** Picks the event kind from the record's `action` text (Facebook: `Login`, `Log out`, localized). */
export interface ActionRule {
  match: RegExp;
  kind: EventKind;
}

/** One timeline event per record. Title templates: `{role}` holes; the first whose holes all fill wins. */
export interface EventMapping {
  type: 'event';
  kind: EventKind;
  /** When set, the first rule matching the `action` role decides the kind; `kind` is the default. */
  actions?: readonly ActionRule[];
  title: readonly string[];
  /** Templates for the searchable text when the `text` role is empty (a login's user agent and language). */
  text?: readonly string[];
  /** Also collect URLs written inside the `text` role (messages, comments, posts). */
  scanText?: boolean;
}

/** One fact per record (an advertiser, a device, an app), optionally with an event when it is timed. */
export interface FactMapping {
  type: 'fact';
  fact: FactKind;
  /** Templates for the fact's name; a record whose name cannot be filled is skipped as empty. */
  name: readonly string[];
  value?: readonly string[];
  /** details[label] = first non-empty alias. */
  details?: Readonly<Record<string, readonly string[]>>;
  /** details[label] = a time field, written as ISO-8601 UTC (an app's removal time). */
  detailTimes?: Readonly<Record<string, readonly TimeKey[]>>;
  /** Boolean keys shown as details `yes`/`no`; the value lists the true ones' labels. */
  flags?: Readonly<Record<string, string>>;
  /** Also a timeline event at the record's time (device seen, app authorised). */
  also?: { kind: EventKind; title: readonly string[] };
  /**
   * More timeline events, each at its own time field (an app's removal at `removed_timestamp`);
   * a record without that time (or with `0`) gets none.
   */
  alsoAt?: readonly { kind: EventKind; time: readonly TimeKey[]; title: readonly string[] }[];
}

/** Profile records: one `profile` fact per non-empty field; the owner's names are learned for messages. */
export interface ProfileMapping {
  type: 'profile';
  /** Fact name → aliases. Without it, every labelled entry (`string_map_data`, `label_values`) is a fact. */
  fields?: Readonly<Record<string, readonly string[]>>;
  /** Aliases naming the account owner (display name, username). */
  owner: readonly string[];
  /** A `security` event at the record's time, e.g. the registration time in Facebook's profile. */
  created?: { title: string };
  /** Put before every fact name (`Threads: Private Account`): a second profile in the export. */
  namePrefix?: string;
}

/** A list of plain names (strings): one fact each. */
export interface NamesMapping {
  type: 'names';
  fact: FactKind;
  /** The same value for every fact of the list (what the list says about each name). */
  value?: string;
}

/** `{name, events: [{id, type, timestamp}]}` (or the 2025 `label_values` form): one event per inner event. */
export interface OffPlatformMapping {
  type: 'off-platform';
}

/** Posts, stories, photos: media lists, captions, EXIF (upload IP, coordinates), attached links. */
export interface MediaMapping {
  type: 'media';
  title: readonly string[];
}

/** A message of a thread (`message_N.json`). */
export interface MessageMapping {
  type: 'message';
  title: readonly string[];
}

/** Known, deliberately not read; the reason shows in coverage. */
export interface IgnoreMapping {
  type: 'ignore';
  reason: string;
}

export type Mapping =
  | EventMapping | FactMapping | ProfileMapping | NamesMapping | OffPlatformMapping | MediaMapping | MessageMapping
  | IgnoreMapping;

export interface MetaFileSpec {
  id: string;
  /** Human label, used in coverage and messages ("login activity"). */
  label: string;
  /**
   * How to find the file: a string without `/` is a file name (any folder, case-insensitive), a
   * string with `/` a path-boundary suffix, a RegExp is tested on the whole member path.
   */
  files: readonly (string | RegExp)[];
  /**
   * Keys of the root object that hold the records, every version (`account_history_login_history`).
   * A dotted key names a list one object deeper (`ig_secret_conversations.armadillo_devices`).
   */
  rootKeys: readonly string[];
  /** Whether the root may itself be the list of records (posts_1.json, 2025 files). */
  rootList?: boolean;
  /**
   * The root key holds one object (Facebook `profile_v2`), delivered whole. Such files are
   * refused above WHOLE_MAX_BYTES (read-member.ts) because the streamer keeps that value in memory.
   */
  whole?: boolean;
  /** Root keys read as context for the records, not as records (messages: `participants`). */
  context?: readonly string[];
  /** Time fields, in order of preference. */
  time?: readonly TimeKey[];
  roles: Roles;
  map: Mapping;
  /** Coverage: report "expected but missing" when absent. Only for single-name rows. */
  expected?: boolean;
  /**
   * The root object is itself the one record (Facebook `permissions_you_have_granted_to_apps.json`,
   * Instagram `blocked_profiles.json` in 2026): read whole (WHOLE_MAX_BYTES applies), pointer `""`.
   */
  rootRecord?: boolean;
  /**
   * Keys and labels the row knows and deliberately does not turn into records, so they are not
   * reported as unread (meta/unread-keys.ts): the declared `consumed` keys (each member says why
   * in a comment). A key named here is consumed with everything below it.
   */
  skip?: readonly string[];
}
