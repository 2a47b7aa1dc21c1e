/**
 * What a member's row reads of an item, for the ledger: every alias of every role, device
 * identifiers and details, the declared consumed keys (known, not mapped on purpose) and nested
 * lists. Any other key of an item holding data is reported as unread, so a key TikTok adds never
 * vanishes.
 */
import { consumedKeys } from '../common/unread';
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
