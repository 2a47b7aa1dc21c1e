/**
 * One lookup over every way a Meta record can hold a field, so a spec role is looked up the same
 * way whatever the layout (reference §2.2):
 *
 * - plain keys: `{"ip_address": "…", "timestamp": 1700000000}` (Facebook, advertisers);
 * - one-level nested objects as dotted keys: `session.ip_address`, `name.full_name`;
 * - `string_map_data: {"<Label>": {href, value, timestamp}}` (classic Instagram);
 * - `string_list_data: [{href, value, timestamp}]`: the first entry gives `value`/`href`/`timestamp`;
 * - `label_values: [{label, value, href} | {label, vec: [{value} | {dict: […]}]} | {label, dict: […]}]`
 *   (2024–25), walked recursively, so `Owner > Username` inside a `dict` is found as `Username`.
 *
 * Keys are compared with common/keys.ts normKey (case, spaces, `_`, `-`); the first spelling wins.
 * Input must already be text-repaired (repairMetaJson), so labels match their real spelling.
 */
import { asText, isRecordObject, normKey } from '../common/keys';
import type { JsonKey } from '../common/json-pointer';

export interface Field {
  value?: unknown;
  href?: string;
  timestamp?: unknown;
  /** Where the field sits in the record (`['session', 'ip_address']`, `['string_map_data', 'Time']`). */
  at: JsonKey[];
}

/** A labelled entry (from `string_map_data` or `label_values`), with where it sits in the record. */
export interface LabelledEntry {
  label: string;
  field: Field;
}

const MAX_DEPTH = 6;

function scalarText(value: unknown): string | undefined {
  return asText(value);
}

/** A field's text: its scalar value, or its `href` when the value is empty. */
export function fieldText(field: Field): string | undefined {
  return scalarText(field.value) ?? (field.value === undefined || field.value === '' ? asText(field.href) : undefined);
}

/** A list of scalars as one text (`["a@example.com", "b@example.com"]` → `a@example.com, b@example.com`). */
function listText(value: unknown[]): string | undefined {
  const parts = value.map(scalarText).filter((t): t is string => t !== undefined);
  return parts.length > 0 && parts.length === value.length ? parts.join(', ') : undefined;
}

export class FieldBag {
  private readonly map = new Map<string, Field>();
  /** Labelled entries in record order (profile facts, details). */
  readonly labelled: LabelledEntry[] = [];
  /** Every non-empty `href` in the record's shapes, in order. */
  readonly hrefs: string[] = [];

  static of(item: Record<string, unknown>): FieldBag {
    const bag = new FieldBag();
    bag.readObject(item);
    return bag;
  }

  /** Builds a bag from label_values-style entries alone (a `dict` of an off-Meta event). */
  static ofEntries(entries: unknown[], at: JsonKey[]): FieldBag {
    const bag = new FieldBag();
    bag.walkLabelValues(entries, at, 0);
    return bag;
  }

  get(alias: string): Field | undefined {
    return this.map.get(normKey(alias));
  }

  /** The first alias with a non-empty scalar value (or `href` when it has no value), as text. */
  text(aliases: readonly string[] | undefined): string | undefined {
    return this.find(aliases)?.text;
  }

  /** Like text, with the field it came from (for the fact's pointer). */
  find(aliases: readonly string[] | undefined): { text: string; field: Field } | undefined {
    for (const alias of aliases ?? []) {
      const field = this.get(alias);
      if (!field) continue;
      const text = fieldText(field);
      if (text !== undefined) return { text: text.trim(), field };
    }
    return undefined;
  }

  /** The raw value of the first alias present with something in it (for booleans and numbers). */
  raw(aliases: readonly string[]): unknown {
    for (const alias of aliases) {
      const field = this.get(alias);
      if (field && field.value !== undefined && field.value !== null && field.value !== '') return field.value;
    }
    return undefined;
  }

  private add(key: string, field: Field): void {
    const k = normKey(key);
    if (!this.map.has(k)) this.map.set(k, field);
    const href = asText(field.href);
    if (href !== undefined) this.hrefs.push(href);
  }

  private readObject(item: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(item)) {
      const k = normKey(key);
      if (k === 'stringmapdata' && isRecordObject(value)) this.readStringMap(value, key);
      else if (k === 'stringlistdata' && Array.isArray(value)) this.readStringList(value, key);
      else if (k === 'labelvalues' && Array.isArray(value)) this.walkLabelValues(value, [key], 0);
      else if (k === 'mediamapdata') continue; // local media (profile photo uri): not a field
      else if (Array.isArray(value)) {
        const text = listText(value);
        if (text !== undefined) this.add(key, { value: text, at: [key] });
      } else if (isRecordObject(value)) {
        for (const [inner, innerValue] of Object.entries(value)) {
          if (Array.isArray(innerValue)) {
            const text = listText(innerValue);
            if (text !== undefined) this.add(`${key}.${inner}`, { value: text, at: [key, inner] });
          } else if (!isRecordObject(innerValue)) {
            this.add(`${key}.${inner}`, { value: innerValue, at: [key, inner] });
          }
        }
      } else {
        this.add(key, { value, at: [key] });
      }
    }
  }

  private readStringMap(map: Record<string, unknown>, key: string): void {
    for (const [label, entry] of Object.entries(map)) {
      const at = [key, label];
      const field: Field = isRecordObject(entry)
        ? { value: entry.value, href: typeof entry.href === 'string' ? entry.href : undefined, timestamp: entry.timestamp, at }
        : { value: entry, at };
      this.add(label, field);
      this.labelled.push({ label, field });
    }
  }

  private readStringList(list: unknown[], key: string): void {
    list.forEach((entry, i) => {
      if (!isRecordObject(entry)) return;
      const href = typeof entry.href === 'string' && entry.href !== '' ? entry.href : undefined;
      if (i === 0) {
        // The first entry stands for the record (followers, likes: always one entry).
        if (entry.value !== undefined) this.add('value', { value: entry.value, at: [key, 0, 'value'] });
        if (entry.timestamp !== undefined) this.add('timestamp', { value: entry.timestamp, at: [key, 0, 'timestamp'] });
        if (href !== undefined) this.add('href', { value: href, href, at: [key, 0, 'href'] });
      } else if (href !== undefined) {
        this.hrefs.push(href);
      }
    });
  }

  private walkLabelValues(entries: unknown[], at: JsonKey[], depth: number): void {
    if (depth > MAX_DEPTH) return;
    entries.forEach((entry, i) => {
      if (!isRecordObject(entry)) return;
      const label = asText(entry.label);
      const here = [...at, i];
      if (label !== undefined && ('value' in entry || 'href' in entry || 'timestamp_value' in entry || 'timestamp' in entry)) {
        const field: Field = {
          value: entry.value,
          href: typeof entry.href === 'string' ? entry.href : undefined,
          timestamp: entry.timestamp_value ?? entry.timestamp,
          at: here,
        };
        this.add(label, field);
        this.labelled.push({ label, field });
      }
      if (Array.isArray(entry.dict)) this.walkLabelValues(entry.dict, [...here, 'dict'], depth + 1);
      if (Array.isArray(entry.vec)) {
        const values: string[] = [];
        entry.vec.forEach((v, j) => {
          if (!isRecordObject(v)) return;
          const text = scalarText(v.value);
          if (text !== undefined) values.push(text);
          if (typeof v.href === 'string' && v.href !== '') this.hrefs.push(v.href);
          if (Array.isArray(v.dict)) this.walkLabelValues(v.dict, [...here, 'vec', j, 'dict'], depth + 1);
        });
        if (label !== undefined && values.length > 0) {
          const field: Field = { value: values.join(', '), at: here };
          this.add(label, field);
          this.labelled.push({ label, field });
        }
      }
    });
  }
}
