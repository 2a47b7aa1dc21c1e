/**
 * TikTok's one mapper table, keyed by the declared spec's `record.mapperId` (declared.ts): what
 * each mapper reads of a member's value and the mapping rule map-record.ts then runs. Resolved
 * once, when the declared spec is compiled (compile.ts); the mapping code itself is map-record.ts.
 */
import type { EventKind } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';
import type { RecordSpec } from '../common/spec-format';
import type { TikTokMapperId } from './declared';
import type { TikTokRule } from './rules';
import type { FieldAliases, Mapping } from './spec';

export interface TikTokMapper {
  /**
   * What the mapper reads: `items` record-shaped items (a list, an object of items, chat groups;
   * TXT blocks), `fields` one object whose every field is a record, `text` one string of names.
   */
  reads: 'items' | 'fields' | 'text';
  /** The item keys per role, and the mapping rule, for a member with this record spec and rule. */
  compile(record: RecordSpec, rule: TikTokRule, id: string): { fields: FieldAliases; map: Mapping };
}

function kindOf(record: RecordSpec, prefix: 'event:' | 'fact:', id: string): string {
  const kinds = record.becomes.filter((b) => b.startsWith(prefix)).map((b) => b.slice(prefix.length));
  if (kinds.length !== 1) throw new Error(`tiktok/${id}: becomes ${JSON.stringify(record.becomes)}, expected one ${prefix}kind`);
  return kinds[0] ?? '';
}

/** Whether two key lists hold the same keys (a rule's device split must cover the declared device keys exactly). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((k) => y.has(k));
}

function eventFields(record: RecordSpec, rule: TikTokRule, id: string): FieldAliases {
  const device = record.device ?? [];
  const split = rule.device ?? { model: [], system: [] };
  if (!sameKeys(device, [...split.model, ...split.system])) {
    throw new Error(`tiktok/${id}: the rule's device model/system keys are not the declared device keys`);
  }
  const fields: FieldAliases = { ...rule.roles };
  if (record.time) fields.time = record.time.fields;
  if (record.ip) fields.ip = record.ip;
  if (split.model.length > 0) fields.deviceModel = split.model;
  if (split.system.length > 0) fields.deviceSystem = split.system;
  if (record.url) fields.url = record.url;
  if (record.text) fields.text = record.text;
  return fields;
}

export const TIKTOK_MAPPERS: Readonly<Record<TikTokMapperId, TikTokMapper>> = {
  event: {
    reads: 'items',
    compile: (record, rule, id) => {
      if (!rule.title || rule.title.length === 0) throw new Error(`tiktok/${id}: an event member without title templates in rules.ts`);
      return {
        fields: eventFields(record, rule, id),
        map: {
          type: 'event', kind: kindOf(record, 'event:', id) as EventKind, title: rule.title,
          ...(rule.urlsInText ? { urlsInText: true } : {}), ...(rule.offPlatform ? { offPlatform: true } : {}),
        },
      };
    },
  },
  device: {
    reads: 'items',
    compile: (record, rule, id) => {
      const identifiers = rule.identifiers ?? {};
      if (!sameKeys(record.device ?? [], Object.values(identifiers).flat())) {
        throw new Error(`tiktok/${id}: the rule's identifier names do not group the declared device keys`);
      }
      kindOf(record, 'fact:', id);
      return { fields: { ...rule.roles }, map: { type: 'device', identifiers, details: rule.details ?? {} } };
    },
  },
  profile: {
    reads: 'fields',
    compile: (record, rule, id) => {
      kindOf(record, 'fact:', id);
      return { fields: { ...rule.roles }, map: { type: 'profile', urlFields: record.url ?? [] } };
    },
  },
  names: {
    reads: 'text',
    compile: (record, rule, id) => ({ fields: { ...rule.roles }, map: { type: 'names', fact: kindOf(record, 'fact:', id) as FactKind } }),
  },
};
