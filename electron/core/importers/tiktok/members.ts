/**
 * Finding TikTok members by name, wherever the zip put them (reference §0.1: never by fixed
 * path): the declared spec's member patterns, through the common member lookup.
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { memberAt } from '../common/spec-format';
import { TIKTOK_INDEX, type SectionIndex } from './sections';
import type { SectionSpec } from './spec';

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** Every member a declared JSON member spec matches (`user_data.json` / `user_data_tiktok.json` anywhere), newest name first. */
export function jsonMembers(inventory: Inventory, index: SectionIndex = TIKTOK_INDEX): InventoryEntry[] {
  const isJson = (path: string): boolean => memberAt(index.spec, path, (m) => m.items !== undefined && 'json' in m.items) !== undefined;
  const found = inventory.entries.filter((e) => isJson(e.path));
  return found.sort((a, b) => Number(/_tiktok\.json$/i.test(b.path)) - Number(/_tiktok\.json$/i.test(a.path)) || a.path.localeCompare(b.path));
}

export interface TxtMember {
  entry: InventoryEntry;
  spec: SectionSpec;
}

/** Every `.txt` member a declared TXT member spec matches (English or localised name), parsed or ignored. */
export function txtMembers(inventory: Inventory, index: SectionIndex = TIKTOK_INDEX): TxtMember[] {
  const out: TxtMember[] = [];
  for (const entry of inventory.entries) {
    if (!/\.txt$/i.test(entry.path)) continue;
    const spec = index.txtSection(entry.path);
    if (spec) out.push({ entry, spec });
  }
  return out;
}
