/**
 * Off-Meta activity (Instagram `your_activity_off_meta_technologies.json`, Facebook
 * `your_off-facebook_activity.json`): one record per app or website, holding its events.
 *
 * - up to 2024: `{name, events: [{id, type, timestamp}]}` [H/M];
 * - 2025: `{title, label_values: [{label: "Events", vec: [{dict: [{label, value | timestamp_value}]}]}]}`
 *   [M for the root list, L for the inner labels]: any `vec` of `dict`s is read as the event list,
 *   preferring one labelled as events.
 *
 * Each event becomes an `off_platform` event {source: app name, event: type}; an app without
 * any event (Meta lists some with an empty list) becomes an `off_platform` fact.
 */
import { invalidTime } from '../../../../shared/time';
import type { JsonKey } from '../common/json-pointer';
import { isRecordObject, normKey } from '../common/keys';
import { FieldBag } from './fields';
import { EVENTS } from './labels';
import { recordTime } from './meta-time';
import type { Draft } from './roles';
import type { MetaFileSpec } from './spec-types';

const EVENT_LABELS = new Set(EVENTS.map(normKey));

interface RawEvent {
  bag: FieldBag;
  at: JsonKey[];
}

function classicEvents(item: Record<string, unknown>): RawEvent[] | undefined {
  const events = item.events;
  if (!Array.isArray(events)) return undefined;
  const out: RawEvent[] = [];
  events.forEach((event, j) => {
    if (isRecordObject(event)) out.push({ bag: FieldBag.of(event), at: ['events', j] });
  });
  return out;
}

function labelValueEvents(item: Record<string, unknown>): RawEvent[] | undefined {
  const entries = item.label_values;
  if (!Array.isArray(entries)) return undefined;
  const candidates = entries
    .map((entry: unknown, i) => ({ entry, i }))
    .filter(({ entry }) => isRecordObject(entry) && Array.isArray(entry.vec) && entry.vec.some((v) => isRecordObject(v) && Array.isArray(v.dict)));
  const chosen = candidates.find(({ entry }) => isRecordObject(entry) && typeof entry.label === 'string' && EVENT_LABELS.has(normKey(entry.label))) ?? candidates[0];
  if (!chosen || !isRecordObject(chosen.entry) || !Array.isArray(chosen.entry.vec)) return undefined;
  const out: RawEvent[] = [];
  chosen.entry.vec.forEach((v, j) => {
    if (isRecordObject(v) && Array.isArray(v.dict)) {
      const at: JsonKey[] = ['label_values', chosen.i, 'vec', j];
      out.push({ bag: FieldBag.ofEntries(v.dict, [...at, 'dict']), at });
    }
  });
  return out;
}

export function mapOffPlatform(spec: MetaFileSpec, item: Record<string, unknown>): Draft[] {
  const source = FieldBag.of(item).text(spec.roles.source);
  if (source === undefined) return [];
  const events = classicEvents(item) ?? labelValueEvents(item) ?? [];
  if (events.length === 0) return [{ body: { type: 'fact', fact: 'off_platform', name: source }, at: [] }];
  return events.map(({ bag, at }): Draft => {
    const type = bag.text(spec.roles.event);
    return {
      body: {
        type: 'event', kind: 'off_platform',
        time: recordTime(bag, spec.time) ?? invalidTime('', 'second'),
        title: type ? `${source}: ${type}` : source,
        offPlatform: { source, event: type ?? '' },
      },
      at,
    };
  });
}
