/**
 * A declared tree of the keys an importer maps, walked against each item so that every key
 * holding data that the tree does not name is reported to the ledger (common/unread.ts). Lists
 * are transparent: the tree of a list is the tree of its entries. A leaf is `true` (mapped) or a
 * text saying why a known key is deliberately not turned into records (consumed with a reason).
 * Keys are compared as spec aliases are (case, spaces, `_` and `-` ignored). A tree key `*` is
 * the tree of every key the tree does not name (an X manifest's `dataTypes.<any type>`).
 */
import type { MemberLedger } from '../types';
import type { JsonKey } from './json-pointer';
import { toPointer } from './json-pointer';
import { isRecordObject, normKey } from './keys';
import { isEmptyValue, shapePath } from './unread';

export type KeyTree = { readonly [key: string]: KeyTree | true | string };

const WILDCARD = normKey('*');

/** Normalised lookup of a tree's keys, built once per tree. */
const lookups = new WeakMap<KeyTree, Map<string, KeyTree | true | string>>();

function lookup(tree: KeyTree): Map<string, KeyTree | true | string> {
  let map = lookups.get(tree);
  if (!map) {
    map = new Map(Object.entries(tree).map(([k, v]) => [normKey(k), v]));
    lookups.set(tree, map);
  }
  return map;
}

/**
 * Reports the keys of `value` (at `path` in `member`) that `tree` does not name and that hold
 * data. Returns how many were reported.
 */
export function reportUnmapped(ledger: MemberLedger, member: string, value: unknown, path: readonly JsonKey[], tree: KeyTree): number {
  if (Array.isArray(value)) {
    let n = 0;
    value.forEach((entry, i) => {
      n += reportUnmapped(ledger, member, entry, [...path, i], tree);
    });
    return n;
  }
  if (!isRecordObject(value)) return 0;
  const keys = lookup(tree);
  let n = 0;
  for (const [key, child] of Object.entries(value)) {
    const sub = keys.get(normKey(key)) ?? keys.get(WILDCARD);
    if (sub === undefined) {
      if (isEmptyValue(child)) continue;
      ledger.unread(member, shapePath([...path, key]), toPointer([...path, key]));
      n++;
    } else if (typeof sub === 'object') {
      n += reportUnmapped(ledger, member, child, [...path, key], sub);
    }
  }
  return n;
}

type Tree = { [key: string]: Tree | true | string };

function copyTree(tree: KeyTree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === 'object' ? copyTree(v) : v;
  return out;
}

/**
 * `reads` with each consumed key path (`tweet.entities.urls.url`) added as a known leaf; a key the
 * mapper reads stays read. Used where a declared spec's `consumed` keys join the keys a platform's
 * mappers read (x/compile.ts, google/compile.ts).
 */
export function withConsumed(reads: KeyTree, consumed: readonly string[]): KeyTree {
  const tree = copyTree(reads);
  for (const path of consumed) {
    const keys = path.split('.');
    let node: Tree = tree;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] ??= 'consumed (declared)';
        return;
      }
      const next = node[key];
      if (typeof next === 'object') node = next;
      else if (next === undefined) node = node[key] = {};
      // a leaf above the path: the whole value is known already
      else node = {};
    });
  }
  return tree;
}
