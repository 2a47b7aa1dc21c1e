/**
 * "Nothing read is dropped silently": after an importer has mapped an item, whatever keys of it
 * no spec consumed and that still hold data are reported to the member's ledger, with a shape
 * path (`/…/CommentsList/*` + `/photo`) and a pointer to the first example. Importers say which
 * keys they consumed; this walks the rest. Placeholders ("N/A", "", null, [], {}) are empty values,
 * never data and never errors.
 */
import type { MemberLedger } from '../types';
import { toPointer, type JsonKey } from './json-pointer';
import { normKey } from './keys';
import { reduceKey } from '../../shape/classify';

/** Texts that exports write where a value is absent. Compared lower-cased and trimmed. */
const PLACEHOLDERS = new Set(['', 'n/a', 'null', 'none', 'undefined']);

/** True for a text that stands for "no value" ("N/A", "", "null"). */
export function isPlaceholder(text: string): boolean {
  return text.length < 10 && PLACEHOLDERS.has(text.trim().toLowerCase());
}

/** True when a value holds no data at any depth (null, placeholders, empty lists and objects). */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return isPlaceholder(value);
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmptyValue);
  return false; // numbers and booleans are data
}

/**
 * A key path as a shape path: list indexes and numeric map keys (TikTok's `WatchLiveMap` room ids,
 * `OrderHistories` order ids) become `*`, so one unread key is one ledger line, not one per item.
 */
export function shapePath(path: readonly JsonKey[]): string {
  return toPointer(path.map((k) => (typeof k === 'number' || /^\d+$/.test(k) ? '*' : k)));
}

/**
 * Reports every key of `item` that `consumed` does not claim and that holds data. `consumed`
 * gets the key as written; `consumedKeys` builds one from names compared like spec aliases
 * (case, spaces, `_` and `-` ignored). Returns how many keys were reported.
 */
export function reportUnreadKeys(
  ledger: MemberLedger,
  member: string,
  item: Record<string, unknown>,
  path: readonly JsonKey[],
  consumed: (key: string) => boolean,
): number {
  let n = 0;
  for (const [key, value] of Object.entries(item)) {
    if (consumed(key) || isEmptyValue(value)) continue;
    ledger.unread(member, shapePath([...path, key]), toPointer([...path, key]));
    n++;
  }
  return n;
}

/** A `consumed` predicate from key names, matched as spec aliases are (normalised). */
export function consumedKeys(names: Iterable<string>): (key: string) => boolean {
  const set = new Set<string>();
  for (const name of names) set.add(normKey(name));
  return (key) => set.has(normKey(key));
}

/**
 * Keys that are data (a chat partner in "Chat History with <name>:", ids, addresses) are reduced
 * the way `whereabouts shape` reduces them: one line per kind of key, not one per person, and no
 * one's name in a path meant to describe structure.
 */
export function reduceShapeKeys(path: string): string {
  if (!path.startsWith('/')) return path;
  return path
    .slice(1)
    .split('/')
    .map((seg) => {
      if (seg === '*') return seg;
      const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
      const reduced = reduceKey(key);
      if (reduced === '<numeric key>') return '*';
      return reduced === key ? seg : reduced.replace(/~/g, '~0').replace(/\//g, '~1');
    })
    .map((seg) => `/${seg}`)
    .join('');
}

/** One gap in a member's ledger, as stored and shown in coverage. */
export interface LedgerGap {
  kind: 'key' | 'item';
  /** kind key: the shape path; kind item: the reason. */
  what: string;
  count: number;
  example: string;
}

/** Collects ledger calls per member in memory (bounded by distinct keys and reasons, not items). */
export class LedgerBook implements MemberLedger {
  readonly items = new Map<string, number>();
  private readonly gaps = new Map<string, Map<string, LedgerGap>>();
  /** Distinct gaps per member beyond which new ones are folded into one "more keys" line. */
  static readonly MAX_GAPS_PER_MEMBER = 200;

  found(member: string, n = 1): void {
    this.items.set(member, (this.items.get(member) ?? 0) + n);
  }

  dropped(member: string, reason: string, pointer: string, n = 1): void {
    this.add(member, 'item', reason, pointer, n);
  }

  unread(member: string, key: string, pointer: string, n = 1): void {
    this.add(member, 'key', reduceShapeKeys(key), pointer, n);
  }

  gapsOf(member: string): LedgerGap[] {
    return [...(this.gaps.get(member)?.values() ?? [])];
  }

  members(): string[] {
    return [...new Set([...this.items.keys(), ...this.gaps.keys()])];
  }

  private add(member: string, kind: LedgerGap['kind'], what: string, example: string, n: number): void {
    let byKey = this.gaps.get(member);
    if (!byKey) this.gaps.set(member, (byKey = new Map<string, LedgerGap>()));
    const id = `${kind}\u0000${what}`;
    const gap = byKey.get(id);
    if (gap) {
      gap.count += n;
      return;
    }
    if (byKey.size >= LedgerBook.MAX_GAPS_PER_MEMBER) {
      // A hostile or odd member with thousands of distinct keys must not grow memory without bound.
      const overflow = `${kind}\u0000(more)`;
      const more = byKey.get(overflow);
      if (more) more.count += n;
      else byKey.set(overflow, { kind, what: kind === 'key' ? '(more distinct keys)' : '(more reasons)', count: n, example });
      return;
    }
    byKey.set(id, { kind, what, count: n, example });
  }
}
