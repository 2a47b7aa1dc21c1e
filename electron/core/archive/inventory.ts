/**
 * From the raw member list of a zip, several zip parts or a folder to the Inventory importers
 * see: junk and folders left out (with why), one wrapping top folder stripped, duplicates
 * resolved, everything sorted. Shared by the zip and folder readers so both behave the same.
 */
import { comparePaths, junkReason } from './names';
import type { ArchivePart, Inventory, InventoryEntry } from './types';

export interface RawMember<R> {
  /** The name as stored, decoded but otherwise untouched. */
  rawPath: string;
  /** Normalised path inside the zip part or folder (forward slashes, nothing stripped). */
  fullPath: string;
  kind: 'file' | 'folder';
  bytes: number;
  compressedBytes: number;
  part: number;
  /** Whatever the reader needs to open the member later. */
  ref: R;
}

export interface Located<R> {
  entry: InventoryEntry;
  ref: R;
}

export interface Built<R> {
  inventory: Inventory;
  byPath: Map<string, Located<R>>;
}

export function buildInventory<R>(
  head: { label: string; kind: Inventory['kind']; parts: ArchivePart[] },
  members: Iterable<RawMember<R>>,
  skipped: { path: string; reason: string }[],
): Built<R> {
  const skips = [...skipped];
  const files: RawMember<R>[] = [];
  for (const m of members) {
    if (m.kind === 'folder') {
      skips.push({ path: m.fullPath + '/', reason: 'folder entry (only files are listed)' });
      continue;
    }
    const junk = junkReason(m.fullPath);
    if (junk !== null) skips.push({ path: m.fullPath, reason: junk });
    else files.push(m);
  }

  const wrapper = commonTopFolder(files);
  const cut = wrapper === null ? 0 : wrapper.length + 1;
  const byPath = new Map<string, Located<R>>();
  for (const m of files) {
    const path = m.fullPath.slice(cut);
    const earlier = byPath.get(path);
    if (earlier !== undefined) {
      // Takeout parts and re-zipped folders can repeat a name; the first copy is the one read.
      const where = head.parts.length > 1 ? ` (the one in ${partName(head.parts, earlier.entry.part)})` : '';
      skips.push({ path: m.fullPath, reason: `another file with the same name comes first${where}; only that one is read` });
      continue;
    }
    const entry: InventoryEntry = { path, rawPath: m.rawPath, bytes: m.bytes, compressedBytes: m.compressedBytes, part: m.part };
    byPath.set(path, { entry, ref: m.ref });
  }

  const entries = [...byPath.values()].map((l) => l.entry).sort((a, b) => comparePaths(a.path, b.path));
  skips.sort((a, b) => comparePaths(a.path, b.path));
  const inventory: Inventory = {
    label: head.label,
    kind: head.kind,
    parts: head.parts,
    entries,
    skipped: skips,
    diskBytes: head.parts.reduce((sum, p) => sum + p.bytes, 0),
    totalBytes: entries.reduce((sum, e) => sum + e.bytes, 0),
  };
  if (wrapper !== null) inventory.strippedFolder = wrapper;
  return { inventory, byPath };
}

/** The one top folder every file sits in, or null (files at the top, or several top folders). */
function commonTopFolder(files: readonly { fullPath: string }[]): string | null {
  let top: string | null = null;
  for (const f of files) {
    const slash = f.fullPath.indexOf('/');
    if (slash < 0) return null;
    const first = f.fullPath.slice(0, slash);
    if (top === null) top = first;
    else if (first !== top) return null;
  }
  return top;
}

function partName(parts: ArchivePart[], index: number): string {
  const p = parts[index]?.path ?? '';
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
