/**
 * Finding the X archive's files by name: `data/<kebab-name>.js` (large sets split into
 * `<name>-part<N>.js`), wherever the zip put the `data` folder — or at the top, when the zip held
 * only that folder and the archive layer stripped it.
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { basename, folders } from '../common/paths';
import { MANIFEST, X_FILES, X_IGNORED, type XFileSpec } from './spec';

const DATA_JS = /^([a-z0-9-]+?)(?:-part(\d+))?\.js$/i;

/** Whether a member sits where X data files sit: in a `data` folder, or at the top. */
export function inDataFolder(path: string): boolean {
  const dirs = folders(path);
  return dirs.length === 0 || dirs[dirs.length - 1]?.toLowerCase() === 'data';
}

/** `tweets-part2.js` → `{ name: 'tweets', part: 2 }`. */
export function dataFileName(path: string): { name: string; part: number } | null {
  const m = DATA_JS.exec(basename(path));
  if (!m || !inDataFolder(path)) return null;
  return { name: (m[1] ?? '').toLowerCase(), part: m[2] === undefined ? 0 : Number(m[2]) };
}

const SPEC_BY_NAME = new Map<string, XFileSpec>(X_FILES.flatMap((s) => s.names.map((n) => [n, s] as const)));
const IGNORED_NAMES = new Set(X_IGNORED.flatMap((i) => i.names));

export function specFor(path: string): XFileSpec | undefined {
  const parsed = dataFileName(path);
  return parsed ? SPEC_BY_NAME.get(parsed.name) : undefined;
}

export function isKnownIgnored(path: string): boolean {
  const parsed = dataFileName(path);
  return parsed !== null && IGNORED_NAMES.has(parsed.name);
}

export function manifestMember(inventory: Inventory): InventoryEntry | undefined {
  return inventory.entries.find((e) => basename(e.path).toLowerCase() === MANIFEST && inDataFolder(e.path));
}

export interface XMember {
  entry: InventoryEntry;
  spec: XFileSpec;
}

/** The data files read, in reading order: account.js first (its id and creation time serve the others), then spec order, parts in order. */
export function xDataMembers(inventory: Inventory): XMember[] {
  const out: (XMember & { order: number; part: number })[] = [];
  for (const entry of inventory.entries) {
    const parsed = dataFileName(entry.path);
    const spec = parsed ? SPEC_BY_NAME.get(parsed.name) : undefined;
    if (!parsed || !spec) continue;
    out.push({ entry, spec, order: X_FILES.indexOf(spec), part: parsed.part });
  }
  return out
    .sort((a, b) => a.order - b.order || a.part - b.part || (a.entry.path < b.entry.path ? -1 : 1))
    .map(({ entry, spec }) => ({ entry, spec }));
}
