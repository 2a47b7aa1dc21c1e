/**
 * The keys of the containers around deep records (`[{ "ad": { "adsUserData": { "adImpressions":
 * { "impressions": [ <record>… ] } } } }]`): besides the records, the reader selects each array
 * item (`$.*`), which the common engine (common/json-stream.ts) hands out when it ends, after its
 * records were cut from it — so what arrives is the containers around the records with everything
 * no selector took (`first`, `total`, `extra` below). This walk reports every key of such a
 * container that no selector goes through and that holds data. Memory: one array item without
 * its records.
 *
 * "Holds data": a scalar that is not an empty value (common/unread.ts), or a list or object with
 * anything in it. Known keys: a key an `items` or `context` path goes through, or one listed in
 * the spec's `around` (known, not read); a `*` segment reads every key at that level.
 */
import { toPointer, type JsonKey } from '../common/json-pointer';
import { isRecordObject, normKey } from '../common/keys';
import { isEmptyValue, shapePath } from '../common/unread';
import type { MemberLedger } from '../types';

/** `$.*.ad.adsUserData.adImpressions.impressions.*` → `['*', 'ad', …, '*']`. */
function segments(jsonPath: string): string[] {
  return jsonPath.replace(/^\$\.?/, '').split('.').filter((s) => s !== '');
}

function holdsData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isRecordObject(value)) return Object.keys(value).length > 0;
  return !isEmptyValue(value);
}

export type AroundWalk = (ledger: MemberLedger, member: string, item: unknown, path: readonly JsonKey[]) => void;

/**
 * Builds the walk for one file spec. `selectors` are the record and context paths and the paths
 * of known container keys (spec `around`); the containers checked are the records' proper
 * ancestors below the root (the root array's items and down).
 */
export function aroundKeyWalk(selectors: readonly string[]): AroundWalk {
  const paths = selectors.map(segments);
  /** Which keys the selectors take at the container at `path`; null when none goes through it or one takes any key. */
  const knownAt = (path: readonly JsonKey[]): Set<string> | null => {
    let known: Set<string> | null = null;
    for (const segs of paths) {
      if (segs.length <= path.length) continue;
      if (!path.every((k, i) => segs[i] === '*' || segs[i] === String(k))) continue;
      const next = segs[path.length]!;
      if (next === '*') return null;
      (known ??= new Set()).add(normKey(next));
    }
    return known;
  };
  /** Containers sit above the deepest selector's last segment; below that nothing is checked. */
  const checkedDepth = Math.max(0, ...paths.map((segs) => segs.length));

  const walk = (ledger: MemberLedger, member: string, value: unknown, path: JsonKey[]): void => {
    if (path.length >= checkedDepth) return;
    if (Array.isArray(value)) {
      value.forEach((entry, i) => walk(ledger, member, entry, [...path, i]));
      return;
    }
    if (!isRecordObject(value)) return;
    const known = knownAt(path);
    for (const [key, child] of Object.entries(value)) {
      const here = [...path, key];
      if (known !== null && !known.has(normKey(key))) {
        if (holdsData(child)) ledger.unread(member, shapePath(here), toPointer(here));
        continue;
      }
      walk(ledger, member, child, here);
    }
  };
  return (ledger, member, item, path) => walk(ledger, member, item, [...path]);
}
