/**
 * Small helpers the X mappers share: unwrapping an item's wrapper key, reading text fields,
 * sub-pointers for records inside one item, and the state one file leaves for another.
 */
import type { RecordOrigin } from '../../../../shared/records';
import { toPointer, type JsonKey } from '../common/json-pointer';
import { asText, isRecordObject } from '../common/keys';

/** What one X file tells the mapping of another: the account's id (whose side of a DM is whose), its creation time. */
export interface XState {
  accountId?: string;
  userName?: string;
  /** account.js `createdAt`: when the account-creation IP was used. */
  accountCreatedAt?: string;
}

export interface XItem {
  value: unknown;
  /** Key path of the record in the array after the preface (`[3]`, `[0, 'ad', …, 5]`). */
  path: JsonKey[];
  /** Values beside the record in the same array item (spec `context`), by their key: `conversationId`. */
  context?: Readonly<Record<string, string>>;
}

export type Obj = Record<string, unknown>;

export function obj(value: unknown): Obj | undefined {
  return isRecordObject(value) ? value : undefined;
}

/** `{"ipAudit": {…}}` → the inner object; an item without the wrapper is read as is. */
export function unwrap(value: unknown, wrapper: string | undefined): Obj | undefined {
  const o = obj(value);
  if (!o || wrapper === undefined) return o;
  return obj(o[wrapper]) ?? (wrapper in o ? undefined : o);
}

export function str(o: Obj | undefined, key: string): string | undefined {
  return o ? asText(o[key]) : undefined;
}

export function objects(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isRecordObject) : [];
}

export function origin(member: string, item: XItem): RecordOrigin {
  return { member, pointer: toPointer(item.path), raw: item.value };
}

/** The origin of a value inside the item: `/0/p13nData/interests/interests/3`. */
export function subOrigin(member: string, item: XItem, keys: readonly JsonKey[], raw: unknown): RecordOrigin {
  return { member, pointer: toPointer([...item.path, ...keys]), raw };
}

/** Adds `label: value` to details when the value is text. */
export function detail(details: Record<string, string>, label: string, value: unknown): void {
  const t = asText(value);
  if (t !== undefined) details[label] = t;
}

/** ni-devices dates `2021.10.20` → `2021-10-20` (other text is kept as is). */
export function dottedDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : text;
}
