/**
 * Finding TikTok members by name, wherever the zip put them (reference §0.1: never by fixed path).
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { txtSection } from './sections';
import type { SectionSpec } from './spec';

export const JSON_MEMBER_RE = /(^|\/)user_data(_tiktok)?\.json$/i;

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** `user_data.json` / `user_data_tiktok.json` anywhere (path-boundary suffix), newest name first. */
export function jsonMembers(inventory: Inventory): InventoryEntry[] {
  const found = inventory.entries.filter((e) => JSON_MEMBER_RE.test(e.path));
  return found.sort((a, b) => Number(/_tiktok\.json$/i.test(b.path)) - Number(/_tiktok\.json$/i.test(a.path)) || a.path.localeCompare(b.path));
}

export interface TxtMember {
  entry: InventoryEntry;
  spec: SectionSpec;
}

/** Every `.txt` member whose file name a spec row knows (English or localised). */
export function txtMembers(inventory: Inventory): TxtMember[] {
  const out: TxtMember[] = [];
  for (const entry of inventory.entries) {
    if (!/\.txt$/i.test(entry.path)) continue;
    const spec = txtSection(basename(entry.path));
    if (spec) out.push({ entry, spec });
  }
  return out;
}
