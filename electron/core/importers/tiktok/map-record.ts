/**
 * Pure mapping: one export item (a JSON object or a parsed TXT block) + its member's row (compiled from the declared spec) → records.
 * No streaming, no I/O; the JSON and TXT importers both call these, so a section behaves the
 * same in both formats.
 */
import type { DeviceRef, EventRecord, FactRecord, ImportRecord, ParsedTime, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseAnyTime, parseTikTokTime, parseUnixAuto } from '../../../../shared/time';
import { asText, isRecordObject, normKey, normalisedFields, pickText } from '../common/keys';
import { oneLine } from '../common/text';
import { isPlaceholder } from '../common/unread';
import type { Role, SectionSpec } from './spec';

export type Origin = RecordOrigin;

/** Context a record gets from where it sits rather than from its own fields. */
export interface ItemContext {
  /** Chat partner from a `"Chat History with <username>:"` key or TXT header. */
  counterpart?: string;
}

const URL_RE = /^https?:\/\/\S+$/i;
const URL_IN_TEXT_RE = /https?:\/\/[^\s<>"']+/gi;
/** Values that mean "nothing here" in TikTok exports (TXT sentinels, N/A placeholders). */
const EMPTY_VALUES = new Set(['n/a', 'none', 'null', 'you have no data in this section', 'dit gedeelte bevat geen gegevens', 'er staan geen gegevens in dit gedeelte']);

/** TikTok time: `YYYY-MM-DD HH:MM:SS` (UTC); other shapes (ISO, unix numbers) are tried after. */
export function parseExportTime(value: unknown): ParsedTime {
  if (typeof value === 'number') return parseUnixAuto(value);
  if (typeof value !== 'string') return invalidTime('', 'second');
  const tiktok = parseTikTokTime(value);
  return tiktok.utc !== null ? tiktok : parseAnyTime(value);
}

function isEmptyValue(text: string): boolean {
  return isPlaceholder(text) || EMPTY_VALUES.has(text.trim().toLowerCase());
}

/**
 * A row with its aliases normalised once (the mappers run once per record, millions of
 * times for a large watch history).
 */
interface Compiled {
  roles: [Role, string[]][];
  /** Normalised URL field keys, each once. */
  urlKeys: string[];
  /** The title when the first template has no holes. */
  fixedTitle?: string;
}

const compiledSpecs = new WeakMap<SectionSpec, Compiled>();

function compile(spec: SectionSpec): Compiled {
  let c = compiledSpecs.get(spec);
  if (!c) {
    const roles = (Object.keys(spec.fields) as Role[])
      .filter((role) => role !== 'url' && role !== 'time')
      .map((role): [Role, string[]] => [role, (spec.fields[role] ?? []).map(normKey)]);
    const first = spec.map.type === 'event' ? spec.map.title[0] : undefined;
    c = { roles, urlKeys: [...new Set((spec.fields.url ?? []).map(normKey))] };
    if (first !== undefined && !first.includes('{')) c.fixedTitle = first;
    compiledSpecs.set(spec, c);
  }
  return c;
}

function urlsOf(text: string, out: string[]): void {
  // Slideshow posts hold several image URLs in one `Link`, separated by `\n`. A URL never
  // contains whitespace, so splitting on any whitespace is safe for every URL field.
  if (!/\s/.test(text)) {
    if (URL_RE.test(text)) out.push(text);
    return;
  }
  for (const part of text.split(/\s+/)) if (URL_RE.test(part)) out.push(part);
}

/** Every http(s) URL in the fields named by `aliases` (each field once; whitespace-separated lists split). */
export function collectUrls(fields: Map<string, unknown>, aliases: readonly string[] | undefined): string[] {
  return collectUrlKeys(fields, [...new Set((aliases ?? []).map(normKey))]);
}

function collectUrlKeys(fields: Map<string, unknown>, keys: readonly string[]): string[] {
  const urls: string[] = [];
  for (const key of keys) {
    const text = asText(fields.get(key));
    if (text !== undefined) urlsOf(text, urls);
  }
  return urls;
}

export function urlsInText(text: string): string[] {
  return text.match(URL_IN_TEXT_RE) ?? [];
}

/** Fills the first template whose `{role}` holes all have values. */
export function fillTitle(templates: readonly string[], values: Partial<Record<Role, string>>): string {
  for (const template of templates) {
    let complete = true;
    const title = template.replace(/\{(\w+)\}/g, (_, role: string) => {
      const value = values[role as Role];
      if (value === undefined) complete = false;
      return value ?? '';
    });
    if (complete) return oneLine(title);
  }
  return oneLine(templates[templates.length - 1] ?? '');
}

function roleValues(fields: Map<string, unknown>, roles: Compiled['roles']): Partial<Record<Role, string>> {
  const values: Partial<Record<Role, string>> = {};
  for (const [role, keys] of roles) {
    for (const key of keys) {
      const text = asText(fields.get(key));
      if (text === undefined) continue;
      if (!isEmptyValue(text)) values[role] = text;
      break;
    }
  }
  return values;
}

function rawTime(fields: Map<string, unknown>, aliases: readonly string[] | undefined): unknown {
  for (const alias of aliases ?? []) {
    const value = fields.get(normKey(alias));
    // "N/A" is an absent time, not an unreadable one: the next alias may hold it.
    if (value !== undefined && value !== null && !(typeof value === 'string' && isPlaceholder(value))) return value;
  }
  return undefined;
}

function parseGeo(text: string | undefined): { lat: number; lon: number } | undefined {
  const m = text ? /(-?\d{1,3}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)/.exec(text) : null;
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

function mapEvent(spec: SectionSpec, item: Record<string, unknown>, origin: Origin, ctx: ItemContext): EventRecord {
  if (spec.map.type !== 'event') throw new Error(`section ${spec.id} is not an event section`);
  const compiled = compile(spec);
  const fields = normalisedFields(item);
  const values = roleValues(fields, compiled.roles);
  if (ctx.counterpart !== undefined && values.counterpart === undefined) values.counterpart = ctx.counterpart;
  const urls = collectUrlKeys(fields, compiled.urlKeys);
  if (spec.map.urlsInText && values.text !== undefined) urls.push(...urlsInText(values.text));

  const record: EventRecord = {
    type: 'event', kind: spec.map.kind, time: parseExportTime(rawTime(fields, spec.fields.time)),
    title: compiled.fixedTitle ?? fillTitle(spec.map.title, values), ...origin,
  };
  if (values.text !== undefined) record.text = values.text;
  if (values.ip !== undefined) record.ip = values.ip.trim();
  if (values.deviceModel !== undefined || values.deviceSystem !== undefined) {
    const device: DeviceRef = {};
    if (values.deviceModel !== undefined) device.model = values.deviceModel;
    if (values.deviceSystem !== undefined) device.system = values.deviceSystem;
    record.device = device;
  }
  if (values.networkType !== undefined || values.carrier !== undefined) {
    record.network = {};
    if (values.networkType !== undefined) record.network.type = values.networkType;
    if (values.carrier !== undefined) record.network.carrier = values.carrier;
  }
  if (urls.length > 0) record.urls = urls;
  if (values.counterpart !== undefined) record.counterpart = values.counterpart;
  if (spec.map.offPlatform && values.source !== undefined) {
    record.offPlatform = { source: values.source, event: values.event ?? '' };
  }
  const geo = parseGeo(values.gps);
  if (geo) record.geo = geo;
  return record;
}

function mapDevice(spec: SectionSpec, item: Record<string, unknown>, origin: Origin): FactRecord | undefined {
  if (spec.map.type !== 'device') return undefined;
  const fields = normalisedFields(item);
  const identifiers: Record<string, string> = {};
  for (const [name, aliases] of Object.entries(spec.map.identifiers)) {
    const text = pickText(fields, aliases);
    if (text !== undefined && !isEmptyValue(text)) identifiers[name] = text;
  }
  const details: Record<string, string> = {};
  for (const [name, aliases] of Object.entries(spec.map.details)) {
    const text = pickText(fields, aliases);
    if (text !== undefined && !isEmptyValue(text)) details[name] = text;
  }
  const names = Object.keys(identifiers);
  if (names.length === 0 && Object.keys(details).length === 0) return undefined;
  const fact: FactRecord = { type: 'fact', fact: 'device', name: 'Device identifiers', ...origin };
  if (names.length > 0) {
    fact.value = names.join(', ');
    fact.device = { identifiers };
  }
  if (Object.keys(details).length > 0) fact.details = details;
  return fact;
}

/**
 * A record-shaped item (`records` and `chats` sections). Returns [] for an item of another
 * shape (a bare string in a list of objects): the caller reports it as a problem.
 */
export function mapItem(spec: SectionSpec, item: unknown, origin: Origin, ctx: ItemContext = {}): ImportRecord[] {
  if (!isRecordObject(item)) return [];
  switch (spec.map.type) {
    case 'event':
      return [mapEvent(spec, item, origin, ctx)];
    case 'device': {
      const fact = mapDevice(spec, item, origin);
      return fact ? [fact] : [];
    }
    default:
      return [];
  }
}

/** One field of a `fields` section (ProfileMap): a profile fact, or nothing when empty. */
export function mapField(spec: SectionSpec, key: string, value: unknown, origin: Origin): ImportRecord[] {
  if (spec.map.type !== 'profile') return [];
  let text = asText(value);
  if (text === undefined && value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    text = JSON.stringify(value);
  }
  if (text === undefined || isEmptyValue(text)) return [];
  const fact: FactRecord = { type: 'fact', fact: 'profile', name: key, value: text, ...origin };
  const isUrlField = spec.map.urlFields.some((alias) => normKey(alias) === normKey(key));
  if (isUrlField) {
    const urls = text.split(/\s+/).filter((part) => URL_RE.test(part));
    if (urls.length > 0) fact.urls = urls;
  }
  return [fact];
}

/**
 * Splits a string of names (ad interests, advertisers, data partners). TikTok's separator is not
 * established [L]: newlines win when present, else `|`, else `,` — commas only when nothing else
 * separates, because real advertiser names contain commas ("Foo, Inc.").
 */
export function splitNameList(text: string): string[] {
  const t = text.trim();
  if (t === '' || isEmptyValue(t)) return [];
  const separator = /[\r\n]/.test(t) ? /\r?\n/ : t.includes('|') ? '|' : t.includes(',') ? ',' : null;
  const parts = separator === null ? [t] : t.split(separator);
  return parts.map((p) => p.trim()).filter((p) => p !== '' && !isEmptyValue(p));
}

/** A `text` section (one string): one fact per name. All facts point at the same string. */
export function mapNames(spec: SectionSpec, text: string, origin: Origin): ImportRecord[] {
  if (spec.map.type !== 'names') return [];
  const fact = spec.map.fact;
  return splitNameList(text).map((name): FactRecord => ({ type: 'fact', fact, name, ...origin }));
}

/** The chat partner named by a DM key (`Chat History with alice:`), or the key itself. */
export function chatPartner(key: string): string {
  const m = /^Chat History with (.+?):?\s*$/i.exec(key.trim());
  return (m?.[1] ?? key).trim();
}
