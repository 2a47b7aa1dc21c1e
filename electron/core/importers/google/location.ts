/**
 * Pure mapping of Location History (reference §4.4) to records:
 * - Settings.json `deviceSettings[]` → one `device` fact per phone, and the deviceTag → device
 *   lookup that labels the raw records;
 * - Records.json `locations[]` → one `location` event per point (ISO `timestamp`, or the
 *   pre-2022 `timestampMs`), coordinates from `latitudeE7`/`longitudeE7`;
 * - Semantic Location History `timelineObjects[]` → one event per place visit or trip;
 * - the on-device Timeline (2024+) `semanticSegments[]` / `rawSignals[]` (Android) or a root
 *   array of segments (iOS) → one event per segment or position.
 */
import type { DeviceRef, EventRecord, FactRecord, ParsedTime, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseIsoTime, parseUnixMs } from '../../../../shared/time';
import { asText, isRecordObject } from '../common/keys';
import { oneLine } from '../common/text';
import { fromE7, fromPairText, type Geo } from './geo';

/** Identifier name for Location History's per-device tag, shared by facts and events. */
export const DEVICE_TAG = 'Location History device tag';

export type DeviceTable = Map<string, DeviceRef & { name: string }>;

function obj(value: unknown): Record<string, unknown> | undefined {
  return isRecordObject(value) ? value : undefined;
}

function isoOrMs(iso: unknown, ms: unknown): ParsedTime {
  const isoText = asText(iso);
  if (isoText !== undefined) return parseIsoTime(isoText);
  const msText = asText(ms);
  if (msText !== undefined) return parseUnixMs(msText);
  return invalidTime('', 'second');
}

function distance(meters: unknown): string | undefined {
  const n = typeof meters === 'number' ? meters : typeof meters === 'string' ? Number(meters) : NaN;
  if (!Number.isFinite(n)) return undefined;
  return n >= 1000 ? `${(n / 1000).toFixed(1)} km` : `${Math.round(n)} m`;
}

function titleCase(type: string): string {
  return type.replace(/^(IN_|ON_)/, '').toLowerCase().replace(/_/g, ' ');
}

function event(time: ParsedTime, title: string, origin: RecordOrigin, geo: Geo | undefined, text?: string): EventRecord {
  const record: EventRecord = { type: 'event', kind: 'location', time, title: oneLine(title), ...origin };
  if (geo) record.geo = geo;
  if (text) record.text = text;
  return record;
}

// ------------------------------------------------------------------ Settings.json

/** `deviceSettings[i]` → a device fact; also adds the device to `table` by its tag. */
export function mapDeviceSetting(item: unknown, origin: RecordOrigin, table: DeviceTable): FactRecord | undefined {
  const d = obj(item);
  if (!d) return undefined;
  const spec = obj(d.deviceSpec) ?? {};
  const tag = asText(d.deviceTag);
  const name = asText(d.devicePrettyName) ?? asText(spec.model) ?? (tag ? `Device ${tag}` : 'Device');
  const platform = asText(d.platformType);
  const version = asText(d.androidOsLevel) ?? asText(d.iosVersion);
  // androidOsLevel is the API level (34 = Android 14), so it is labelled as one; iOS gives its version.
  const shownVersion = version !== undefined && asText(d.androidOsLevel) !== undefined ? `API ${version}` : version;
  const system = platform || version ? [platform === 'IOS' ? 'iOS' : platform === 'ANDROID' ? 'Android' : platform, shownVersion]
    .filter(Boolean).join(' ') : undefined;
  const model = asText(spec.model) ?? asText(d.devicePrettyName);

  const device: DeviceRef & { name: string } = { name };
  if (model) device.model = model;
  if (system) device.system = system;
  if (tag) device.identifiers = { [DEVICE_TAG]: tag };
  if (tag) table.set(tag, device);

  const details: Record<string, string> = {};
  const add = (label: string, v: unknown): void => {
    const t = asText(v);
    if (t !== undefined) details[label] = t;
  };
  add('Manufacturer', spec.manufacturer);
  add('Brand', spec.brand);
  add('Model', spec.model);
  add('Platform', platform);
  add('OS version', version);
  add('Registered', d.deviceCreationTime);
  add('Location reporting enabled', d.reportingEnabled);
  add('Legal country', d.legalCountryCode);
  add('Device tag', tag);
  const { name: _name, ...ref } = device;
  const fact: FactRecord = {
    type: 'fact', fact: 'device', name: oneLine(name), value: [model, system].filter(Boolean).join(' · '), details, ...origin,
  };
  if (ref.model || ref.system || ref.identifiers) fact.device = ref;
  return fact;
}

// ------------------------------------------------------------------ Records.json

/** `locations[i]` → a location event. */
export function mapLocationRecord(item: unknown, origin: RecordOrigin, devices: DeviceTable): EventRecord | undefined {
  const r = obj(item);
  if (!r) return undefined;
  const geo = fromE7(r.latitudeE7, r.longitudeE7);
  const tag = asText(r.deviceTag);
  const known = tag === undefined ? undefined : devices.get(tag);
  const source = asText(r.source);
  const accuracy = asText(r.accuracy);
  const how = [source, accuracy ? `±${accuracy} m` : undefined].filter(Boolean).join(', ');
  const title = `Location${known ? ` of ${known.name}` : ''}${how ? ` (${how})` : ''}`;
  const text = [
    asText(r.platformType) && `Platform: ${asText(r.platformType)}`,
    asText(r.formFactor) && `Form factor: ${asText(r.formFactor)}`,
    tag && `Device tag: ${tag}`,
  ].filter(Boolean).join('\n');
  const record = event(isoOrMs(r.timestamp, r.timestampMs), title, origin, geo, text || undefined);
  if (known) {
    const { name: _name, ...ref } = known;
    record.device = ref;
  } else if (tag) {
    record.device = { identifiers: { [DEVICE_TAG]: tag } };
  }
  return record;
}

// ------------------------------------------------------------------ Semantic Location History

function placeName(location: Record<string, unknown> | undefined): string | undefined {
  return asText(location?.name) ?? asText(location?.address) ?? asText(location?.semanticType);
}

/** `timelineObjects[i]`: `{placeVisit}` or `{activitySegment}` → a location event. */
export function mapTimelineObject(item: unknown, origin: RecordOrigin): EventRecord | undefined {
  const o = obj(item);
  if (!o) return undefined;
  const visit = obj(o.placeVisit);
  if (visit) {
    const location = obj(visit.location);
    const duration = obj(visit.duration) ?? {};
    const name = placeName(location);
    const address = asText(location?.address);
    return event(
      isoOrMs(duration.startTimestamp, duration.startTimestampMs),
      name ? `Visited ${name}` : 'Place visit',
      origin,
      fromE7(location?.latitudeE7, location?.longitudeE7),
      address && address !== name ? address : undefined,
    );
  }
  const segment = obj(o.activitySegment);
  if (segment) {
    const duration = obj(segment.duration) ?? {};
    const start = obj(segment.startLocation);
    const type = asText(segment.activityType);
    const dist = distance(segment.distance);
    const title = `Travelled${type ? ` ${titleCase(type)}` : ''}${dist ? `, ${dist}` : ''}`;
    return event(isoOrMs(duration.startTimestamp, duration.startTimestampMs), title, origin, fromE7(start?.latitudeE7, start?.longitudeE7));
  }
  return undefined;
}

// ------------------------------------------------------------------ on-device Timeline (2024+)

function latLng(value: unknown): Geo | undefined {
  const o = obj(value);
  return fromPairText(o ? (o.latLng ?? o.LatLng) : value);
}

/** A `semanticSegments[i]` (Android) or root item (iOS) → a location event. */
export function mapSegment(item: unknown, origin: RecordOrigin): EventRecord | undefined {
  const s = obj(item);
  if (!s) return undefined;
  const time = isoOrMs(s.startTime, undefined);
  const visit = obj(s.visit);
  if (visit) {
    const top = obj(visit.topCandidate) ?? {};
    const type = asText(top.semanticType);
    return event(time, `Visited a place${type && type !== 'UNKNOWN' ? ` (${titleCase(type)})` : ''}`, origin, latLng(top.placeLocation));
  }
  const activity = obj(s.activity);
  if (activity) {
    const type = asText(obj(activity.topCandidate)?.type);
    const dist = distance(activity.distanceMeters);
    return event(time, `Travelled${type ? ` ${titleCase(type)}` : ''}${dist ? `, ${dist}` : ''}`, origin, latLng(activity.start));
  }
  const path = Array.isArray(s.timelinePath) ? s.timelinePath.filter(isRecordObject) : [];
  if (path.length > 0) return event(time, `Path of ${path.length} point${path.length === 1 ? '' : 's'}`, origin, latLng(path[0]?.point));
  return undefined;
}

/** A `rawSignals[i]` with a `position` → a location event (Wi-Fi scans and activity records carry none). */
export function mapRawSignal(item: unknown, origin: RecordOrigin): EventRecord | undefined {
  const position = obj(obj(item)?.position);
  if (!position) return undefined;
  const source = asText(position.source);
  const accuracy = asText(position.accuracyMeters);
  const how = [source, accuracy ? `±${accuracy} m` : undefined].filter(Boolean).join(', ');
  return event(isoOrMs(position.timestamp, undefined), `Location${how ? ` (${how})` : ''}`, origin, latLng(position));
}
