/**
 * Pure mapping: one repaired Meta record + its row (compiled from the declared spec,
 * compile.ts) → drafts (records without provenance). No I/O; read-member.ts streams the items
 * and adds member, pointer and raw.
 */
import type { EventKind } from '../../../../shared/domain';
import { invalidTime } from '../../../../shared/time';
import { isRecordObject } from '../common/keys';
import { deviceOf } from './device';
import { FieldBag, fieldText } from './fields';
import { mapMedia } from './map-media';
import { mapOffPlatform } from './map-off-platform';
import { recordTime } from './meta-time';
import { roleValues, type Draft, type EventBody, type FactBody, type MapContext, type MapResult, type RoleValues } from './roles';
import type { EventMapping, FactMapping, MetaFileSpec, NamesMapping, ProfileMapping } from './spec-types';
import { fill, fillTitle } from './title';
import { UrlList } from './urls';

/** Kind from the `action` text (Facebook), else the mapping's kind. */
function actionKind(m: EventMapping, action: string | undefined): EventKind {
  if (action !== undefined) for (const rule of m.actions ?? []) if (rule.match.test(action)) return rule.kind;
  return m.kind;
}

/** URLs of a record: every href, the `url` role, and (when asked) URLs inside the text. */
export function recordUrls(bag: FieldBag, values: RoleValues, scanText: boolean): string[] {
  const list = new UrlList();
  for (const href of bag.hrefs) list.addLink(href);
  list.addLink(values.url);
  if (scanText) list.addText(values.text);
  return list.urls;
}

/** An event body from role values: the fields every event mapping shares. */
export function eventBody(kind: EventKind, title: string, spec: MetaFileSpec, bag: FieldBag, values: RoleValues, urls: string[]): EventBody {
  const body: EventBody = {
    type: 'event', kind, time: recordTime(bag, spec.time) ?? invalidTime('', 'second'), title,
  };
  if (values.text !== undefined) body.text = values.text;
  if (values.ip !== undefined) body.ip = values.ip;
  const device = deviceOf(values);
  if (device) body.device = device;
  if (urls.length > 0) body.urls = urls;
  if (values.counterpart !== undefined) body.counterpart = values.counterpart;
  if (values.app !== undefined) body.app = values.app;
  if (values.advertiser !== undefined) body.advertiser = values.advertiser;
  const geo = geoOf(values);
  if (geo) body.geo = geo;
  return body;
}

/** A stated position from the `lat`/`lon` roles; 0,0 and out-of-range values are "no position". */
function geoOf(values: RoleValues): { lat: number; lon: number } | undefined {
  if (values.lat === undefined || values.lon === undefined) return undefined;
  const lat = Number(values.lat);
  const lon = Number(values.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return undefined;
  return { lat, lon };
}

function mapEvent(spec: MetaFileSpec, m: EventMapping, item: Record<string, unknown>): Draft[] {
  const bag = FieldBag.of(item);
  const values = roleValues(spec.roles, bag);
  const kind = actionKind(m, values.action);
  const urls = recordUrls(bag, values, m.scanText === true);
  if (values.text === undefined && m.text) values.text = fill(m.text, values);
  const body = eventBody(kind, fillTitle(m.title, values), spec, bag, values, urls);
  return [{ body, at: [] }];
}

/** `true`/`false`, `"True"`, `"yes"`, 1/0 → boolean; anything else undefined. */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === 'true' || t === 'yes' || t === '1') return true;
    if (t === 'false' || t === 'no' || t === '0') return false;
  }
  return undefined;
}

function mapFact(spec: MetaFileSpec, m: FactMapping, item: Record<string, unknown>): MapResult {
  const bag = FieldBag.of(item);
  const values = roleValues(spec.roles, bag);
  const name = fill(m.name, values);
  if (name === undefined) return { drafts: [], dropped: 'no name' };
  const fact: FactBody = { type: 'fact', fact: m.fact, name };
  const details: Record<string, string> = {};
  for (const [label, aliases] of Object.entries(m.details ?? {})) {
    const text = bag.text(aliases);
    if (text !== undefined) details[label] = text;
  }
  for (const [label, keys] of Object.entries(m.detailTimes ?? {})) {
    const time = recordTime(bag, keys);
    if (time) details[label] = time.utc ?? time.text;
  }
  const yes: string[] = [];
  for (const [key, label] of Object.entries(m.flags ?? {})) {
    const value = flag(bag.raw([key]));
    if (value === undefined) continue;
    details[label] = value ? 'yes' : 'no';
    if (value) yes.push(label);
  }
  const value = m.value ? fill(m.value, values) : yes.length > 0 ? yes.join('; ') : undefined;
  if (value !== undefined) fact.value = value;
  if (Object.keys(details).length > 0) fact.details = details;
  const device = deviceOf(values);
  if (device) fact.device = device;
  const urls = recordUrls(bag, values, false);
  if (urls.length > 0) fact.urls = urls;
  const drafts: Draft[] = [{ body: fact, at: [] }];

  const time = m.also ? recordTime(bag, spec.time) : undefined;
  if (m.also && time) {
    const event: EventBody = {
      type: 'event', kind: m.also.kind, time, title: fillTitle(m.also.title, { ...values, name }),
    };
    if (device) event.device = device;
    if (values.ip !== undefined) event.ip = values.ip;
    if (m.fact === 'app') event.app = name;
    else if (values.app !== undefined) event.app = values.app;
    if (m.fact === 'advertiser') event.advertiser = name;
    drafts.push({ body: event, at: [] });
  }
  for (const extra of m.alsoAt ?? []) {
    const at = recordTime(bag, extra.time);
    if (!at) continue;
    const event: EventBody = { type: 'event', kind: extra.kind, time: at, title: fillTitle(extra.title, { ...values, name }) };
    if (device) event.device = device;
    if (m.fact === 'app') event.app = name;
    drafts.push({ body: event, at: [] });
  }
  return { drafts };
}

function mapProfile(spec: MetaFileSpec, m: ProfileMapping, item: Record<string, unknown>): MapResult {
  const bag = FieldBag.of(item);
  const drafts: Draft[] = [];
  const fact = (name: string, value: string, at: Draft['at']): void => {
    drafts.push({ body: { type: 'fact', fact: 'profile', name: `${m.namePrefix ?? ''}${name}`, value }, at });
  };
  if (m.fields) {
    for (const [name, aliases] of Object.entries(m.fields)) {
      const found = bag.find(aliases);
      if (found) fact(name, found.text, found.field.at);
    }
  } else {
    for (const { label, field } of bag.labelled) {
      const text = fieldText(field)?.trim();
      if (text !== undefined && text !== '') fact(label, text, field.at);
    }
  }
  const owners = m.owner.map((alias) => bag.text([alias])).filter((t): t is string => t !== undefined);
  if (m.created) {
    const time = recordTime(bag, spec.time);
    if (time) drafts.push({ body: { type: 'event', kind: 'security', time, title: m.created.title }, at: [] });
  }
  return { drafts, owners };
}

function mapNames(spec: MetaFileSpec, m: NamesMapping, item: unknown): MapResult | null {
  const name = typeof item === 'string' ? item.trim() : isRecordObject(item) ? FieldBag.of(item).text(spec.roles.name) : undefined;
  if (typeof item !== 'string' && !isRecordObject(item)) return null;
  if (!name) return { drafts: [], dropped: 'no name' };
  const fact: FactBody = { type: 'fact', fact: m.fact, name };
  if (m.value !== undefined) fact.value = m.value;
  return { drafts: [{ body: fact, at: [] }] };
}

/** A thread message: an event whose counterpart is the thread's other side. */
function mapMessage(spec: MetaFileSpec, titles: readonly string[], item: Record<string, unknown>, ctx: MapContext): Draft[] {
  const bag = FieldBag.of(item);
  const values = roleValues(spec.roles, bag);
  if (ctx.counterpart !== undefined) values.counterpart = ctx.counterpart;
  const urls = new UrlList();
  for (const href of bag.hrefs) urls.addLink(href);
  urls.addLink(values.url);
  urls.addText(values.text);
  // Attachments are local files; a URL here (a GIF or sticker from a CDN) is still a served URL.
  for (const key of ['photos', 'videos', 'audio_files', 'files', 'gifs']) {
    const list = item[key];
    if (Array.isArray(list)) for (const media of list) if (isRecordObject(media)) urls.addLink(media.uri);
  }
  if (isRecordObject(item.sticker)) urls.addLink(item.sticker.uri);
  const body = eventBody('message', fillTitle(titles, values), spec, bag, values, urls.urls);
  return [{ body, at: [] }];
}

/**
 * Maps one record. Returns null when the item is not of a shape the mapping reads (a number in
 * a list of records): the caller reports it as skipped. An object that yields no record (an
 * advertiser entry without a name) gives an empty list.
 */
export function mapItem(spec: MetaFileSpec, item: unknown, ctx: MapContext): MapResult | null {
  const m = spec.map;
  if (m.type === 'names') return mapNames(spec, m, item);
  if (!isRecordObject(item)) return null;
  switch (m.type) {
    case 'event': return { drafts: mapEvent(spec, m, item) };
    case 'fact': return mapFact(spec, m, item);
    case 'profile': return mapProfile(spec, m, item);
    case 'off-platform': {
      const drafts = mapOffPlatform(spec, item);
      return drafts.length > 0 ? { drafts } : { drafts, dropped: 'no source name' };
    }
    case 'media': return { drafts: mapMedia(spec, m, item) };
    case 'message': return { drafts: mapMessage(spec, m.title, item, ctx) };
    case 'ignore': return { drafts: [], dropped: 'file not analysed' };
  }
}

