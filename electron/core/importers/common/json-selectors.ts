/**
 * The engine's selectors (`$.*`, `$.locations.*`, `$.*.dmConversation.messages.*`) as a trie,
 * and what a key path's next key matches: whether the value there is selected, and whether a
 * selector reaches below it (then the engine walks into it instead of reading it whole).
 *
 * Segments are the selector split at dots; `*` matches any key, a list index included. A
 * literal matches an object key, or a list index written in digits.
 */
import type { JsonKey } from './json-pointer';

export interface SelectorNode {
  readonly children: Map<string, SelectorNode>;
  terminal: boolean;
}

/** What the value at the next key is to the selectors. */
export interface ChildMatch {
  /** A selector ends here: the value is handed out (or stays in its parent). */
  readonly selected: boolean;
  /** Trie nodes at this path with children: non-empty when a selector reaches below. */
  readonly nodes: readonly SelectorNode[];
}

export const NO_MATCH: ChildMatch = { selected: false, nodes: [] };

export function selectorTrie(selectors: readonly string[]): SelectorNode {
  const root: SelectorNode = { children: new Map(), terminal: false };
  for (const selector of selectors) {
    if (!selector.startsWith('$')) throw new Error(`invalid selector "${selector}": it must start with "$"`);
    const segments = selector === '$' ? [] : selector.split('.').slice(1);
    if (segments.includes('')) throw new Error(`invalid selector "${selector}": ".." is not supported`);
    let node = root;
    for (const segment of segments) {
      let child = node.children.get(segment);
      if (!child) {
        child = { children: new Map(), terminal: false };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return root;
}

/** Whether nodes match every key alike (only `*` below them), so one answer serves all keys. */
export function wildOnly(nodes: readonly SelectorNode[]): boolean {
  for (const node of nodes) {
    if (node.children.size > 1) return false;
    if (node.children.size === 1 && !node.children.has('*')) return false;
  }
  return true;
}

/** The match of `key` below the nodes of its parent's path. */
export function matchChild(nodes: readonly SelectorNode[], key: JsonKey): ChildMatch {
  if (nodes.length === 0) return NO_MATCH;
  let selected = false;
  let next: SelectorNode[] | null = null;
  const text = typeof key === 'string' ? key : String(key);
  for (const node of nodes) {
    const wild = node.children.get('*');
    const literal = text === '*' ? undefined : node.children.get(text);
    for (const child of [wild, literal]) {
      if (child === undefined) continue;
      if (child.terminal) selected = true;
      if (child.children.size > 0) (next ??= []).push(child);
    }
  }
  return next === null ? (selected ? SELECTED_LEAF : NO_MATCH) : { selected, nodes: next };
}

const SELECTED_LEAF: ChildMatch = { selected: true, nodes: [] };
