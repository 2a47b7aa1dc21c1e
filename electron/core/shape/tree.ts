/**
 * The union shape of a JSON document, merged as values stream past: for each position, which
 * keys an object had (and in how many of its instances, so `?` marks the optional ones), the
 * largest item count of a list, and the scalar categories seen. Every collection here is bounded
 * (keys per object, tokens per leaf, distinct literals), so memory depends on the export's
 * structure, never on its size.
 */
import type { ScalarClass } from './classify';

/** Distinct keys one object position may hold before it is taken for a map keyed by data. */
export const MAX_KEYS = 300;
/** The key a map-like object's entries are merged under. */
export const ANY_KEY = '<key>';
/** Distinct literal values counted per leaf (for `… (N distinct)`); beyond it, `N+`. */
export const MAX_DISTINCT = 1000;
/** Non-literal tokens shown per leaf (the real layouts show three). */
export const SHOWN_TOKENS = 3;
/** Kept literals shown per leaf before `… (N distinct)`. */
export const SHOWN_LITERALS = 6;
/** Tokens remembered per leaf (`<string len N>` can take many lengths). */
const MAX_TOKENS = 40;

export interface KeyEntry {
  node: ShapeNode;
  /** Object instances that had this key. */
  count: number;
}

export interface ObjectShape {
  instances: number;
  keys: Map<string, KeyEntry>;
  /** Too many distinct keys: every entry is merged under ANY_KEY. */
  isMap: boolean;
}

export interface ArrayShape {
  maxItems: number;
  item: ShapeNode | null;
}

export interface ShapeNode {
  object: ObjectShape | null;
  array: ArrayShape | null;
  /** Scalar tokens in first-seen order, with their category. */
  tokens: Map<string, string>;
  /** Distinct kept literal values (bounded by MAX_DISTINCT). */
  literals: Set<string>;
  literalOverflow: boolean;
}

export function newNode(): ShapeNode {
  return { object: null, array: null, tokens: new Map(), literals: new Set(), literalOverflow: false };
}

export function addScalar(node: ShapeNode, c: ScalarClass): void {
  if (c.literal !== undefined && c.category === 'literal') {
    if (node.literals.size < MAX_DISTINCT) node.literals.add(c.literal);
    else if (!node.literals.has(c.literal)) node.literalOverflow = true;
  }
  if (node.tokens.has(c.token)) return;
  const knownCategory = [...node.tokens.values()].includes(c.category);
  // A new category is always remembered (there are few); more lengths of a known one are capped.
  if (node.tokens.size < MAX_TOKENS || !knownCategory) node.tokens.set(c.token, c.category);
}

export function objectOf(node: ShapeNode): ObjectShape {
  node.object ??= { instances: 0, keys: new Map(), isMap: false };
  return node.object;
}

export function arrayOf(node: ShapeNode): ArrayShape {
  node.array ??= { maxItems: 0, item: null };
  return node.array;
}

/** Merges `from` into `into` (used when an object turns into a map and for repeated members). */
export function mergeNode(into: ShapeNode, from: ShapeNode): void {
  for (const [token, category] of from.tokens) {
    if (!into.tokens.has(token)) into.tokens.set(token, category);
  }
  for (const l of from.literals) {
    if (into.literals.size < MAX_DISTINCT) into.literals.add(l);
    else if (!into.literals.has(l)) into.literalOverflow = true;
  }
  into.literalOverflow ||= from.literalOverflow;
  if (from.array) {
    const a = arrayOf(into);
    a.maxItems = Math.max(a.maxItems, from.array.maxItems);
    if (from.array.item) {
      a.item ??= newNode();
      mergeNode(a.item, from.array.item);
    }
  }
  if (from.object) {
    const o = objectOf(into);
    o.instances += from.object.instances;
    for (const [k, e] of from.object.keys) {
      const target = o.keys.get(k);
      if (target) {
        target.count += e.count;
        mergeNode(target.node, e.node);
      } else o.keys.set(k, { node: e.node, count: e.count });
    }
  }
}

/** Turns an object position into a map: all keys merged under ANY_KEY (present in every instance). */
export function collapseToMap(o: ObjectShape): void {
  const merged = newNode();
  for (const e of o.keys.values()) mergeNode(merged, e.node);
  o.keys = new Map([[ANY_KEY, { node: merged, count: o.instances }]]);
  o.isMap = true;
}
