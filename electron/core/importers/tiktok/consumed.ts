/**
 * What a spec row reads of an item, for the ledger: every alias of every role, device
 * identifiers and details, skipped keys (known, not mapped on purpose) and nested lists. Any
 * other key of an item holding data is reported as unread, so a key TikTok adds never vanishes.
 */
import { toPointer, type JsonKey } from '../common/json-pointer';
import { consumedKeys, isEmptyValue } from '../common/unread';
import type { MemberLedger } from '../types';
import type { SectionSpec } from './spec';

const cache = new WeakMap<SectionSpec, (key: string) => boolean>();

/** Whether a key of an item of `spec` is read by the spec (matched like aliases: case, spaces, `_`, `-`). */
export function consumedBy(spec: SectionSpec): (key: string) => boolean {
  let consumed = cache.get(spec);
  if (!consumed) {
    const names: string[] = [];
    for (const aliases of Object.values(spec.fields)) names.push(...(aliases ?? []));
    if (spec.map.type === 'device') {
      for (const aliases of Object.values(spec.map.identifiers)) names.push(...aliases);
      for (const aliases of Object.values(spec.map.details)) names.push(...aliases);
    }
    for (const skip of spec.skip ?? []) names.push(...skip.keys);
    for (const nested of spec.nested ?? []) names.push(...nested.keys);
    consumed = consumedKeys(names);
    cache.set(spec, consumed);
  }
  return consumed;
}

/**
 * A key path as a shape path: list indexes and numeric map keys (`WatchLiveMap` room ids,
 * `OrderHistories` order ids) become `*`, so one unread key is one ledger line, not one per item.
 */
export function shapeOf(path: readonly JsonKey[]): string {
  return toPointer(path.map((k) => (typeof k === 'number' || /^\d+$/.test(k) ? '*' : k)));
}

/** Reports the keys of `item` (at `path`) that `consumed` does not claim and that hold data. */
export function reportUnread(
  ledger: MemberLedger,
  member: string,
  item: Record<string, unknown>,
  path: readonly JsonKey[],
  consumed: (key: string) => boolean,
): void {
  for (const [key, value] of Object.entries(item)) {
    if (consumed(key) || isEmptyValue(value)) continue;
    ledger.unread(member, shapeOf([...path, key]), toPointer([...path, key]));
  }
}
