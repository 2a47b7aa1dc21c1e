/**
 * Pointers must name keys as the file writes them, but mapping runs on text-repaired records
 * whose keys may differ (`Anv\u00c3\u00a4ndaragent` in the file, `Användaragent` after repair).
 * Repair keeps key order, so a repaired key's position among its siblings finds the raw key.
 */
import type { JsonKey } from '../common/json-pointer';
import { isRecordObject } from '../common/keys';

/** The file's keys for a path written in repaired keys; unknown steps are kept as given. */
export function rawKeyPath(raw: unknown, repaired: unknown, path: readonly JsonKey[]): JsonKey[] {
  const out: JsonKey[] = [];
  let r = raw;
  let f = repaired;
  for (const key of path) {
    if (typeof key === 'string' && isRecordObject(r) && isRecordObject(f)) {
      const index = Object.keys(f).indexOf(key);
      const rawKey = index >= 0 ? Object.keys(r)[index] : undefined;
      out.push(rawKey ?? key);
      r = rawKey !== undefined ? r[rawKey] : undefined;
      f = f[key];
    } else {
      out.push(key);
      r = Array.isArray(r) && typeof key === 'number' ? r[key] : undefined;
      f = Array.isArray(f) && typeof key === 'number' ? f[key] : undefined;
    }
  }
  return out;
}

/** The value at a path (repaired keys) inside a repaired record. */
export function valueAt(value: unknown, path: readonly JsonKey[]): unknown {
  let node = value;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecordObject(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}
