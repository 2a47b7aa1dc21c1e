/**
 * Which declared member reads which export member, by the declared patterns (file name, path
 * suffix, RegExp; reference §0.1: never by fixed path) through the common lookup
 * (common/spec-format.ts memberAt), and the declared spec compiled with the platform's rules
 * into the rows the reader runs (compile.ts).
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { memberAt, type PlatformSpec } from '../common/spec-format';
import { compileMeta } from './compile';
import type { MetaMapperId } from './declared';
import type { MetaRule } from './rules';
import type { MetaFileSpec } from './spec-types';

/** A declared Meta spec with its members compiled for the reader. */
export interface MetaReadSpec {
  spec: PlatformSpec<MetaMapperId>;
  rules: Readonly<Record<string, MetaRule>>;
  /** Every member as the reader runs it, in declaration order (ignored ones with their reason). */
  rows: readonly MetaFileSpec[];
  byId: ReadonlyMap<string, MetaFileSpec>;
}

export function metaReadSpec(spec: PlatformSpec<MetaMapperId>, rules: Readonly<Record<string, MetaRule>>): MetaReadSpec {
  const rows = compileMeta(spec, rules);
  return { spec, rules, rows, byId: new Map(rows.map((r) => [r.id, r])) };
}

/** The row of the first declared member (in declaration order) whose pattern matches the path. */
export function rowFor(read: MetaReadSpec, path: string): MetaFileSpec | undefined {
  const member = memberAt(read.spec, path);
  return member ? read.byId.get(member.id) : undefined;
}

export interface PlannedMember {
  entry: InventoryEntry;
  spec: MetaFileSpec;
}

/**
 * The members to read, with their row; ignored members are left out. Profile rows come first:
 * the owner's name they give tells a thread's other side in messages.
 */
export function planMembers(inventory: Inventory, read: MetaReadSpec): PlannedMember[] {
  const planned: PlannedMember[] = [];
  for (const entry of inventory.entries) {
    const spec = rowFor(read, entry.path);
    if (spec && spec.map.type !== 'ignore') planned.push({ entry, spec });
  }
  const rank = (p: PlannedMember): number => (p.spec.map.type === 'profile' ? 0 : 1);
  return planned.sort((a, b) => rank(a) - rank(b) || (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
}
