/**
 * A Meta export (Instagram, Facebook) in the common spec format (common/spec-format.ts), built
 * from the platform's file rows (instagram/spec.ts, facebook/spec.ts), which stay the single
 * source. Layout-specific code: read-member.ts (Meta's text repair, `rootRecord` files put back
 * together, thread participants as context), fields.ts (the three labelled-entry shapes).
 */
import type { Platform } from '../../../../shared/domain';
import type { MemberSpec, PlatformSpec, RecordKind, RecordSpec, TimeFormat } from '../common/spec-format';
import type { MetaFileSpec, TimeKey } from './spec-types';

const FORMAT: Readonly<Record<TimeKey[1], TimeFormat>> = { s: 'unix-s', ms: 'unix-ms', text: 'iso' };

function becomes(spec: MetaFileSpec): RecordKind[] {
  const m = spec.map;
  switch (m.type) {
    case 'event': return [...new Set<RecordKind>([`event:${m.kind}`, ...(m.actions ?? []).map((a): RecordKind => `event:${a.kind}`)])];
    case 'fact': return [`fact:${m.fact}`, ...(m.also ? [`event:${m.also.kind}` as const] : []), ...(m.alsoAt ?? []).map((a): RecordKind => `event:${a.kind}`)];
    case 'profile': return ['fact:profile', ...(m.created ? ['event:security' as const] : [])];
    case 'names': return [`fact:${m.fact}`];
    case 'off-platform': return ['event:off_platform'];
    case 'media': return ['event:post'];
    case 'message': return ['event:message'];
    case 'ignore': return [];
  }
}

const MAPPER: Readonly<Record<MetaFileSpec['map']['type'], string>> = {
  event: 'meta/map-item.ts (event: title templates, action rules)',
  fact: 'meta/map-item.ts (fact: name, details, flags)',
  profile: 'meta/map-item.ts (profile: one fact per field, owner names)',
  names: 'meta/map-item.ts (names: one fact per name)',
  'off-platform': 'meta/map-off-platform.ts',
  media: 'meta/map-media.ts (media lists, EXIF upload IP and place)',
  message: 'meta/map-item.ts (thread message, counterpart from participants)',
  ignore: '',
};

function record(spec: MetaFileSpec): RecordSpec | undefined {
  if (spec.map.type === 'ignore') return undefined;
  const r = spec.roles;
  const time = spec.time ?? [];
  const formats = [...new Set(time.map(([, unit]) => FORMAT[unit]))];
  const device = [...(r.userAgent ?? []), ...(r.model ?? []), ...(r.system ?? []), ...(r.deviceId ?? []), ...(r.deviceText ?? [])];
  return {
    becomes: becomes(spec),
    ...(time.length > 0 ? { time: { fields: time.map(([key]) => key), format: formats.length === 1 ? formats[0]! : formats } } : {}),
    ...(r.text ? { text: r.text } : {}),
    ...(r.ip ? { ip: r.ip } : {}),
    ...(device.length > 0 ? { device } : {}),
    ...(r.url ? { url: r.url } : {}),
    mapper: MAPPER[spec.map.type],
  };
}

/** The engine selectors read-member.ts uses for a row, per root kind. */
function selectors(spec: MetaFileSpec): { object?: readonly string[]; array?: readonly string[] } {
  const object = spec.rootRecord
    ? ['$.*']
    : [...spec.rootKeys.map((k) => (spec.whole ? `$.${k}` : `$.${k}.*`)), ...(spec.context ?? []).map((k) => `$.${k}.*`)];
  return { ...(object.length > 0 ? { object } : {}), ...(spec.rootList ? { array: ['$.*'] } : {}) };
}

function memberSpec(spec: MetaFileSpec, source: string): MemberSpec {
  const rec = record(spec);
  return {
    id: spec.id,
    holds: spec.label,
    files: spec.files,
    status: rec ? 'parsed' : 'ignored',
    ...(spec.map.type === 'ignore' ? { reason: spec.map.reason } : {}),
    ...(rec ? { items: { json: selectors(spec) }, record: rec } : {}),
    ...(spec.skip ? { consumed: spec.skip } : {}),
    source,
  };
}

export function metaPlatformSpec(platform: Platform, importer: string, specs: readonly MetaFileSpec[], source: string): PlatformSpec {
  return { platform, importers: [importer], readers: 'own-table', members: specs.map((s) => memberSpec(s, source)) };
}
