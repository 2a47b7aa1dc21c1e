/**
 * Which spec row reads which member, by file name (reference §0.1: never by fixed path).
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { basename, endsWithPath } from '../common/paths';
import type { MetaFileSpec } from './spec-types';

/** Whether a member path is one of the spec's files (see MetaFileSpec.files). */
export function specMatches(spec: MetaFileSpec, path: string): boolean {
  return spec.files.some((name) => fileMatches(name, path));
}

export function fileMatches(name: string | RegExp, path: string): boolean {
  if (typeof name !== 'string') return name.test(path);
  if (name.includes('/')) return endsWithPath(path.toLowerCase(), name.toLowerCase());
  return basename(path).toLowerCase() === name.toLowerCase();
}

/** The first spec row (in table order) that claims the member. */
export function specFor(specs: readonly MetaFileSpec[], path: string): MetaFileSpec | undefined {
  return specs.find((spec) => specMatches(spec, path));
}

export interface PlannedMember {
  entry: InventoryEntry;
  spec: MetaFileSpec;
}

/**
 * The members to read, with their spec row; `ignore` rows are left out. Profile rows come first:
 * the owner's name they give tells a thread's other side in messages.
 */
export function planMembers(inventory: Inventory, specs: readonly MetaFileSpec[]): PlannedMember[] {
  const planned: PlannedMember[] = [];
  for (const entry of inventory.entries) {
    const spec = specFor(specs, entry.path);
    if (spec && spec.map.type !== 'ignore') planned.push({ entry, spec });
  }
  const rank = (p: PlannedMember): number => (p.spec.map.type === 'profile' ? 0 : 1);
  return planned.sort((a, b) => rank(a) - rank(b) || (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
}
