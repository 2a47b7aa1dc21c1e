/**
 * Domain types: the vocabulary every layer shares. Pure types, no runtime imports.
 * Times crossing layers are ISO-8601 UTC strings (`2024-03-01T10:20:30Z`); the store keeps unix ms.
 */

export const PLATFORMS = ['tiktok', 'instagram', 'facebook', 'google', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What happened, normalised across platforms. Access kinds come first: they feed the Who view. */
export const EVENT_KINDS = [
  'login', 'logout', 'session', 'security', 'password_change', 'app_authorised', 'device_seen',
  'ad_impression', 'ad_click', 'off_platform',
  'watch', 'like', 'favorite', 'search', 'share', 'comment', 'post', 'message', 'follow', 'follower',
  'block', 'live', 'purchase', 'location', 'profile', 'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Event kinds that count as someone signing in (schema: access.logins). */
export const LOGIN_KINDS: readonly EventKind[] = ['login'];

/** How precise an original timestamp was. TikTok: second; X likes: none (not an event then). */
export type TimePrecision = 'ms' | 'second' | 'minute' | 'day' | 'month';

/**
 * Where a record came from. `pointer` is an RFC 6901 JSON Pointer for JSON members
 * (`/Activity/Login History/LoginHistoryList/3`) and `line:N` (1-based, first line of the
 * record) for text and CSV members.
 */
export interface Provenance {
  sourceSha256: string;
  member: string;
  pointer: string;
}

/** Evidence ladder, reference/location-knowledge.md §5.2. */
export const GRADES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type Grade = (typeof GRADES)[number];
/** Grades that may never be worded as "stored in". */
export const SERVING_ONLY_GRADES: readonly Grade[] = ['E', 'F', 'G'];

export const NETWORK_KINDS = ['cloud', 'hosting', 'vpn', 'cdn', 'platform', 'mobile', 'isp', 'private', 'unknown'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export type LocationKind = 'cluster' | 'edge' | 'storage-region' | 'none';

export type MemberStatus = 'parsed' | 'ignored' | 'unknown' | 'missing' | 'error';

/** Per-member coverage, as in `analyze --json` sources[].coverage. */
export interface Coverage {
  /** `items`: what the importer found in the member (list entries, lines, rows); absent when not counted. */
  parsed: { member: string; records: number; items?: number }[];
  ignored: { member: string; reason: string }[];
  unknown: { member: string }[];
  missing: { member: string; reason: string }[];
  errors: { member: string; error: string }[];
  /** What members that were read held and did not become records: nothing is dropped silently. */
  notRead: NotRead[];
}

/**
 * One gap in a member that was read. `key`: a key holding data that no spec maps (`what` is its
 * shape path, list indexes as `*`); `item`: items found that became no record (`what` is why).
 * `example` is an RFC 6901 pointer to the first one, in the member.
 */
export interface NotRead {
  member: string;
  kind: 'key' | 'item';
  what: string;
  count: number;
  example: string;
}

export interface DatasetCredit {
  name: string;
  /** Data date, YYYY-MM-DD. */
  date: string;
  licence: string;
  credit: string;
  url?: string;
}

/**
 * Which data and rules derived results came from (electron/core/evidence/data-version.ts): the
 * evidence kit's files and built-in rule sets by content hash, the datasets by date, the
 * analysis code's own version. A profile stores the version its enrichment, findings and flags were computed with;
 * opening it with other data recomputes them all, in one transaction.
 */
export interface DataVersion {
  /** SHA-256 (hex) over the datasets and parts: equal ids, equal inputs. */
  id: string;
  /** The app that computed the results (recorded, not part of the id). */
  app: string;
  datasets: { name: string; date: string }[];
  /** `file:<name>` for a data file, `rules:<name>` for a rule set built into the app, `analysis` for the analysis code. */
  parts: { id: string; sha256: string }[];
}
