/**
 * What an importer yields: one record per row of the export, each carrying its member and
 * pointer. The pipeline adds the archive SHA-256, resolves entities and writes the store.
 */
import type { EventKind, TimePrecision } from './domain';

export interface RecordOrigin {
  /** Member path inside the archive, after the wrapping folder is stripped (`Activity/Login History.txt`). */
  member: string;
  /** JSON Pointer or `line:N`, see Provenance. */
  pointer: string;
  /** The original record, kept as text for the detail panel and for verification. */
  raw: unknown;
}

/**
 * The raw's text as the export wrote it, when the reader has it: a JSON record read whole from a
 * file without insignificant whitespace (importers/common/json-engine.ts). The store keeps it
 * instead of re-serialising `raw` (store/writer.ts recordRawText): the same value, spelled as the
 * export spelled it, at no cost.
 */
export const RAW_TEXT = Symbol('raw text as written');

export type WithRawText = { [RAW_TEXT]?: string };

export interface ParsedTime {
  /** ISO-8601 UTC, or null when the text could not be read (the record is then kept as a fact). */
  utc: string | null;
  /** The text exactly as the export wrote it. */
  text: string;
  precision: TimePrecision;
}

export interface DeviceRef {
  model?: string;
  system?: string;
  /** Advertising and device identifiers: IDFA, GAID, IDFV, Android ID, Web ID, cookie, … */
  identifiers?: Record<string, string>;
  userAgent?: string;
}

/** A timestamped record: becomes one timeline event. */
export interface EventRecord extends RecordOrigin {
  type: 'event';
  kind: EventKind;
  time: ParsedTime;
  /** One line, shown in lists. */
  title: string;
  /** Longer searchable text (message body, search term, comment). */
  text?: string;
  ip?: string;
  device?: DeviceRef;
  network?: { type?: string; carrier?: string };
  /** Every URL in the record; hosts are counted per URL occurrence. */
  urls?: string[];
  /** The other party: a username, a chat partner, a followed account. */
  counterpart?: string;
  /** A third-party app (authorised app, off-platform source). */
  app?: string;
  advertiser?: string;
  /** Off-platform tracking: who sent it and what. */
  offPlatform?: { source: string; event: string };
  /** Latitude/longitude when the record itself states them (EXIF, location history). */
  geo?: { lat: number; lon: number };
}

export type FactKind =
  | 'advertiser'      // an advertiser that uploaded or used the person's data
  | 'data_partner'    // a data partner that supplied data
  | 'ad_interest'     // an inferred interest category
  | 'app'             // a third-party app with access
  | 'device'          // a device or advertising identifier set, untimed
  | 'profile'         // a profile fact (region, birth date, e-mail, …)
  | 'off_platform';   // an off-platform source without timestamps

/** An untimed record: an entity or a fact, still with provenance. */
export interface FactRecord extends RecordOrigin {
  type: 'fact';
  fact: FactKind;
  /** The name the fact is listed under (advertiser name, profile key, app name). */
  name: string;
  value?: string;
  device?: DeviceRef;
  urls?: string[];
  details?: Record<string, string>;
}

export type ImportRecord = EventRecord | FactRecord;
