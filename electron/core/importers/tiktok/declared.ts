/**
 * The TikTok export in the common spec format (common/spec-format.ts), built from the section
 * table (spec.ts), which stays the single source. One JSON member holds every section, so each
 * section is a member spec of `user_data*.json` whose items sit at the section's key paths; a
 * section with TXT files gets a second spec for them. Layout-specific code: json-layout.ts (which
 * depth-4 values stay in their object), txt-blocks.ts (TXT records as blocks of lines).
 */
import type { MemberSpec, PlatformSpec, RecordSpec } from '../common/spec-format';
import { JSON_MEMBER_RE } from './members';
import { SECTIONS, type SectionSpec } from './spec';

const SOURCE = 'reference/export-formats.md §1 (TikTok)';

function selectors(spec: SectionSpec): string[] {
  return spec.json.map(([top, section, list]) => {
    const at = `$.${top}.${section}.${list}`;
    if (spec.shape === 'records') return `${at}.*`;
    if (spec.shape === 'chats') return `${at}.*.*`;
    return at; // `fields` and `text`: the value itself
  });
}

function record(spec: SectionSpec): RecordSpec | undefined {
  const f = spec.fields;
  const m = spec.map;
  const common = {
    ...(f.time ? { time: { fields: f.time, format: 'text' as const } } : {}),
    ...(f.ip ? { ip: f.ip } : {}),
    ...(f.deviceModel || f.deviceSystem ? { device: [...(f.deviceModel ?? []), ...(f.deviceSystem ?? [])] } : {}),
    ...(f.url ? { url: f.url } : {}),
    ...(f.text ? { text: f.text } : {}),
  };
  switch (m.type) {
    case 'event': return { becomes: [`event:${m.kind}`], ...common, mapper: 'tiktok/map-record.ts mapItem (title templates, off-platform source/event)' };
    case 'device': return { becomes: ['fact:device'], device: Object.values(m.identifiers).flat(), mapper: 'tiktok/map-record.ts (device identifiers and details)' };
    case 'profile': return { becomes: ['fact:profile'], url: m.urlFields, mapper: 'tiktok/map-record.ts mapField (one fact per field)' };
    case 'names': return { becomes: [`fact:${m.fact}`], mapper: 'tiktok/map-record.ts mapNames (splitNameList)' };
    case 'ignore': return undefined;
  }
}

function memberSpecs(spec: SectionSpec): MemberSpec[] {
  const ignored = spec.map.type === 'ignore';
  const base = {
    holds: spec.label,
    status: ignored ? 'ignored' as const : 'parsed' as const,
    ...(spec.map.type === 'ignore' ? { reason: spec.map.reason } : {}),
    ...(spec.skip ? { consumed: spec.skip.flatMap((s) => s.keys) } : {}),
    source: SOURCE,
  };
  const rec = record(spec);
  const out: MemberSpec[] = [];
  if (spec.json.length > 0) {
    out.push({ id: spec.id, files: [JSON_MEMBER_RE], ...base, ...(ignored ? {} : { items: { json: { object: selectors(spec) } }, ...(rec ? { record: rec } : {}) }) });
  }
  if (spec.txt.length > 0) {
    out.push({ id: `${spec.id}.txt`, files: spec.txt, ...base, ...(ignored ? {} : { items: { txt: 'blocks' as const }, ...(rec ? { record: rec } : {}) }) });
  }
  return out;
}

export const TIKTOK_SPEC: PlatformSpec = {
  platform: 'tiktok',
  importers: ['tiktok-json', 'tiktok-txt'],
  members: SECTIONS.flatMap(memberSpecs),
};
