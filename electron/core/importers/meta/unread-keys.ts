/**
 * "Nothing read is dropped silently", for Meta records: after a record is mapped, every key or
 * label in it that holds data and that its row (compiled from the declared spec) does not name
 * is reported to the member's ledger (common/unread.ts). The walk follows the same shapes FieldBag reads (fields.ts): plain
 * keys, one-level nested objects, `string_map_data` labels, `string_list_data` entries and
 * `label_values` labels (recursively through `dict`/`vec`).
 *
 * What a row "names": every alias of its roles, its time keys, the keys its mapping reads (profile
 * fields, fact details, flags, message and media keys) and its `skip` list. A name consumes the
 * whole value below it; a list of objects that no name claims is walked element by element (the
 * off-Meta `events`). Meta's structural keys (`fbid`, `media_map_data`, `href`…) are consumed for
 * every row (STRUCTURAL). Empty values ("", null, [], {}, "N/A", and a labelled entry whose only
 * content is `timestamp: 0`) are never data.
 *
 * Shape paths are the record's key path with list indexes as `*`; a label is written as a segment
 * `label:Port number` after its list index (`/*\/label_values/*\/label:Port number`), since it is a
 * value of the list entry, not a key (and the ledger keeps such a segment readable).
 */
import type { JsonKey } from '../common/json-pointer';
import { isRecordObject, normKey } from '../common/keys';
import { isEmptyValue, shapePath } from '../common/unread';
import { MEDIA_KEYS } from './map-media';
import { MESSAGE_KEYS } from './shared-rows';
import type { MetaFileSpec } from './spec-types';

/** Keys every Meta record may carry that hold no record data of their own. */
const STRUCTURAL = [
  'fbid', // Meta's internal object id: not shown, not linked to anything in the export
  'media_map_data', 'media_list_data', // local media files (profile photo, attachments): media is not analysed
  'media', // label_values records' local media list (posts read it in map-media.ts)
  'href', // every href is collected as a URL by the mappers (fields.ts FieldBag.hrefs)
] as const;

/** One key or label with data that the row does not name. */
export interface UnreadKey {
  /** Shape path from the record (not the member root): `/string_map_data/Port`. */
  shape: string;
  /** Where it sits in the record (repaired keys). */
  at: JsonKey[];
}

const cache = new WeakMap<MetaFileSpec, Set<string>>();

/** Every name the row reads or deliberately skips, normalised like spec aliases. */
export function consumedNames(spec: MetaFileSpec): Set<string> {
  let set = cache.get(spec);
  if (set) return set;
  const names: string[] = [...STRUCTURAL, ...(spec.skip ?? [])];
  for (const aliases of Object.values(spec.roles)) names.push(...(aliases ?? []));
  for (const [key] of spec.time ?? []) names.push(key);
  const m = spec.map;
  if (m.type === 'fact') {
    for (const aliases of Object.values(m.details ?? {})) names.push(...aliases);
    for (const keys of Object.values(m.detailTimes ?? {})) for (const [key] of keys) names.push(key);
    for (const extra of m.alsoAt ?? []) for (const [key] of extra.time) names.push(key);
    names.push(...Object.keys(m.flags ?? {}));
  }
  if (m.type === 'profile') {
    names.push(...m.owner);
    for (const aliases of Object.values(m.fields ?? {})) names.push(...aliases);
    // Without `fields`, every labelled entry becomes a fact: the label containers are read whole.
    if (!m.fields) names.push('string_map_data', 'label_values');
  }
  if (m.type === 'media') names.push(...MEDIA_KEYS);
  if (m.type === 'message') names.push(...MESSAGE_KEYS);
  set = new Set(names.map(normKey));
  cache.set(spec, set);
  return set;
}

/** A labelled entry (`{href, value, timestamp}`) holds nothing when its only number is the `0` "no time". */
function emptyEntry(entry: unknown): boolean {
  if (!isRecordObject(entry)) return isEmptyValue(entry);
  return Object.entries(entry).every(([k, v]) => isEmptyValue(v) || ((k === 'timestamp' || k === 'timestamp_value') && v === 0));
}

const ENTRY_DATA = ['value', 'timestamp_value', 'timestamp'] as const;

/**
 * The keys a `label_values` entry is made of (and the keys of its `vec` items): the label's name,
 * its value(s), nested entries, its link and Meta's field id. Any other key with data is one the
 * reader never looks at, whether or not the row names the label, and is reported as unread.
 */
const ENTRY_KEYS = new Set(['label', 'title', 'value', 'timestamp_value', 'timestamp', 'vec', 'dict', 'href', 'ent_field_name', 'media'].map(normKey));

class Walker {
  readonly out: UnreadKey[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly consumed: Set<string>) {}

  private has(name: string): boolean {
    return this.consumed.has(normKey(name));
  }

  private report(at: JsonKey[], label?: string): void {
    const shape = label === undefined ? shapePath(at) : shapePath([...at, `label:${label}`]);
    // One report per shape and record: a list of ten unread entries is one gap of this record.
    if (this.seen.has(shape)) return;
    this.seen.add(shape);
    this.out.push({ shape, at });
  }

  object(item: Record<string, unknown>, at: JsonKey[] = [], depth = 0): void {
    for (const [key, value] of Object.entries(item)) {
      if (isEmptyValue(value)) continue;
      const k = normKey(key);
      const here = [...at, key];
      if (this.has(key)) {
        // A row that reads every label (a profile without `fields`) still reads only the entries' structure keys.
        if (k === 'labelvalues' && Array.isArray(value)) this.labelValues(value, here, 0, true);
        continue;
      }
      if (k === 'stringmapdata' && isRecordObject(value)) this.stringMap(value, here);
      else if (k === 'stringlistdata' && Array.isArray(value)) this.stringList(value, here);
      else if (k === 'labelvalues' && Array.isArray(value)) this.labelValues(value, here, 0);
      else if (Array.isArray(value) && depth < 3 && value.some(isRecordObject)) {
        // A list of objects nobody named as a whole (off-Meta `events`): each element is walked.
        value.forEach((element, i) => {
          if (isRecordObject(element)) this.object(element, [...here, i], depth + 1);
          else if (!isEmptyValue(element)) this.report([...here, i]);
        });
      } else if (isRecordObject(value)) {
        for (const [inner, innerValue] of Object.entries(value)) {
          if (this.has(`${key}.${inner}`) || isEmptyValue(innerValue)) continue;
          this.report([...here, inner]);
        }
      } else {
        this.report(here);
      }
    }
  }

  private stringMap(map: Record<string, unknown>, at: JsonKey[]): void {
    for (const [label, entry] of Object.entries(map)) {
      if (this.has(label) || emptyEntry(entry)) continue;
      this.report([...at, label]);
    }
  }

  private stringList(list: unknown[], at: JsonKey[]): void {
    list.forEach((entry, i) => {
      if (!isRecordObject(entry)) return;
      for (const [key, value] of Object.entries(entry)) {
        if (this.has(key) || isEmptyValue(value) || (key === 'timestamp' && value === 0)) continue;
        this.report([...at, i, key]);
      }
    });
  }

  /** Keys of a labelled entry that are not part of the entry's structure (ENTRY_KEYS). */
  private strangers(entry: Record<string, unknown>, at: JsonKey[]): void {
    for (const [key, value] of Object.entries(entry)) {
      if (ENTRY_KEYS.has(normKey(key)) || isEmptyValue(value)) continue;
      this.report([...at, key]);
    }
  }

  /** `structureOnly`: every label is read (named by the row); only keys outside ENTRY_KEYS are looked for. */
  private labelValues(entries: unknown[], at: JsonKey[], depth: number, structureOnly = false): void {
    if (depth > 6) return;
    entries.forEach((entry, i) => {
      if (!isRecordObject(entry)) return;
      const here = [...at, i];
      this.strangers(entry, here);
      if (Array.isArray(entry.vec)) entry.vec.forEach((v, j) => isRecordObject(v) && this.strangers(v, [...here, 'vec', j]));
      const name = typeof entry.label === 'string' ? entry.label : typeof entry.title === 'string' && entry.title !== '' ? entry.title : undefined;
      if (!structureOnly && name !== undefined && this.has(name)) return;
      const direct = ENTRY_DATA.some((k) => !isEmptyValue(entry[k]) && entry[k] !== 0);
      const vecValues = Array.isArray(entry.vec) && entry.vec.some((v) => isRecordObject(v) && !isEmptyValue(v.value));
      if (!structureOnly && (direct || vecValues)) this.report(here, name ?? '');
      if (Array.isArray(entry.dict)) this.labelValues(entry.dict, [...here, 'dict'], depth + 1, structureOnly);
      if (Array.isArray(entry.vec)) {
        entry.vec.forEach((v, j) => {
          if (isRecordObject(v) && Array.isArray(v.dict)) this.labelValues(v.dict, [...here, 'vec', j, 'dict'], depth + 1, structureOnly);
        });
      }
    });
  }
}

/** The keys and labels of one repaired record that hold data its row does not name. */
export function unreadKeys(spec: MetaFileSpec, item: unknown): UnreadKey[] {
  if (!isRecordObject(item) || spec.map.type === 'ignore') return [];
  const walker = new Walker(consumedNames(spec));
  walker.object(item);
  return walker.out;
}

/** Top-level keys of a member's root object that the row neither reads nor skips (unknown containers). */
export function unknownContainers(spec: MetaFileSpec, topKeys: readonly string[]): string[] {
  const known = new Set([...spec.rootKeys.map((k) => k.split('.')[0] ?? k), ...(spec.context ?? [])].map(normKey));
  const consumed = consumedNames(spec);
  return topKeys.filter((k) => !known.has(normKey(k)) && !consumed.has(normKey(k)));
}

/**
 * Keys of a context item (a thread's `participants` entry) that the reader does not use: it reads
 * `name` only (read-member.ts participantName). A context item that is no name at all (not a
 * string, not an object) and holds data is reported whole (an empty `at`).
 */
export const CONTEXT_KEYS = ['name'] as const;

export function unreadContextKeys(item: unknown): UnreadKey[] {
  if (typeof item === 'string' || isEmptyValue(item)) return [];
  if (!isRecordObject(item)) return [{ shape: '', at: [] }];
  const known = new Set(CONTEXT_KEYS.map(normKey));
  return Object.entries(item)
    .filter(([key, value]) => !known.has(normKey(key)) && !isEmptyValue(value))
    .map(([key]) => ({ shape: shapePath([key]), at: [key] }));
}
