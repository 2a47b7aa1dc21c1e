/**
 * All importers, and the choice between them. Recognition is cheap (names and a peek), so every
 * importer is asked and the most confident one wins.
 */
import type { Inventory } from '../archive/types';
import { facebookImporters } from './facebook';
import { googleImporters } from './google';
import { instagramImporters } from './instagram';
import { tiktokImporters } from './tiktok';
import type { Importer, Recognition } from './types';
import { xImporters } from './x';

export const IMPORTERS: readonly Importer[] = [
  ...tiktokImporters,
  ...googleImporters,
  ...xImporters,
  ...instagramImporters,
  ...facebookImporters,
];

/** Below this, an export is not claimed by anyone. */
export const MIN_CONFIDENCE = 0.5;

export interface Choice {
  importer: Importer;
  recognition: Recognition;
}

export async function chooseImporter(
  inventory: Inventory,
  peek: (path: string, n: number) => Promise<Buffer>,
  importers: readonly Importer[] = IMPORTERS,
): Promise<Choice | null> {
  let best: Choice | null = null;
  for (const importer of importers) {
    const recognition = await importer.recognise(inventory, peek);
    if (recognition && recognition.confidence >= MIN_CONFIDENCE && (!best || recognition.confidence > best.recognition.confidence)) {
      best = { importer, recognition };
    }
  }
  return best;
}

const PLATFORM_NAMES: Record<string, string> = {
  tiktok: 'TikTok', instagram: 'Instagram', facebook: 'Facebook', google: 'Google Takeout', x: 'X/Twitter',
};

/** "TikTok (JSON, TXT)" — for the message shown when nothing recognises an export. */
export function supportedExportsText(importers: readonly Importer[] = IMPORTERS): string {
  const byPlatform = new Map<string, string[]>();
  for (const imp of importers) {
    const list = byPlatform.get(imp.platform) ?? [];
    list.push(imp.id.split('-').slice(1).join('-').toUpperCase() || imp.id);
    byPlatform.set(imp.platform, list);
  }
  return [...byPlatform].map(([p, kinds]) => `${PLATFORM_NAMES[p] ?? p} (${kinds.join(', ')})`).join('; ');
}

/** A short description of what an unrecognised export holds, for the error message. */
export function describeInventory(inventory: Inventory, max = 6): string {
  const tops = new Map<string, number>();
  for (const e of inventory.entries) {
    const top = e.path.includes('/') ? `${e.path.split('/')[0]}/` : e.path;
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  const unreadable = (inventory.problems ?? []).filter((p) => p.kind === 'unreadable');
  if (tops.size === 0) {
    return unreadable.length === 0
      ? 'it holds no files'
      : `it holds no file that could be read (${unreadable.slice(0, 3).map((p) => `"${p.path}": ${p.reason}`).join('; ')}${unreadable.length > 3 ? `; and ${unreadable.length - 3} more` : ''})`;
  }
  const names = [...tops.keys()].slice(0, max).map((n) => `"${n}"`);
  const more = tops.size > max ? ` and ${tops.size - max} more` : '';
  const inside = inventory.strippedFolder ? ` inside one folder "${inventory.strippedFolder}/"` : '';
  return `it holds ${inventory.entries.length} file(s)${inside}: ${names.join(', ')}${more}`;
}
