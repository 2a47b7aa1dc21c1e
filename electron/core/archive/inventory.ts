/**
 * From the raw member list of a zip, several zip parts or a folder to the Inventory importers
 * see: junk and folders left out (with why), one wrapping top folder stripped, duplicates
 * resolved, everything sorted. Shared by the zip and folder readers so both behave the same.
 */
import { comparePaths, junkReason } from './names';
import type { ArchivePart, ArchiveProblem, Inventory, InventoryEntry } from './types';

export interface RawMember<R> {
  /** The name as stored, decoded but otherwise untouched. */
  rawPath: string;
  /** Normalised path inside the zip part or folder (forward slashes, nothing stripped). */
  fullPath: string;
  kind: 'file' | 'folder';
  bytes: number;
  compressedBytes: number;
  part: number;
  /** Size and CRC-32 where the archive declares them: two copies with equal ids hold the same bytes (checked when read). */
  contentId?: string;
  /** Whatever the reader needs to open the member later. */
  ref: R;
}

export interface Located<R> {
  entry: InventoryEntry;
  ref: R;
  contentId?: string;
}

export interface Built<R> {
  inventory: Inventory;
  byPath: Map<string, Located<R>>;
}

export function buildInventory<R>(
  head: { label: string; kind: Inventory['kind']; parts: ArchivePart[] },
  members: Iterable<RawMember<R>>,
  skipped: { path: string; reason: string }[],
  problems: ArchiveProblem[] = [],
): Built<R> {
  const skips = [...skipped];
  const found = [...problems];
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
    if (earlier !== undefined && m.contentId !== undefined && m.contentId === earlier.contentId) {
      // Takeout repeats archive_browser.html in its parts: an identical copy holds nothing unread.
      skips.push({ path: m.fullPath, reason: `an identical copy (same size and CRC-32) of a file read elsewhere${head.parts.length > 1 ? ` (in ${partName(head.parts, earlier.entry.part)})` : ''}` });
      continue;
    }
    if (earlier !== undefined) {
      // Takeout parts and re-zipped folders can repeat a name; the first copy is the one read.
      // Reported, not skipped quietly: the second copy's content is not read (zip-slip tools and
      // re-zipping can produce real duplicates whose contents differ).
      const first = head.parts.length > 1 ? `the copy in ${partName(head.parts, earlier.entry.part)}` : 'the first copy in the archive';
      const second = head.parts.length > 1 ? ` (in ${partName(head.parts, m.part)}, ${m.bytes} bytes)` : ` (${m.bytes} bytes)`;
      found.push({ kind: 'duplicate', path, reason: `two files share this name; ${first} is read, the other${second} is not` });
      continue;
    }
    const entry: InventoryEntry = { path, rawPath: m.rawPath, bytes: m.bytes, compressedBytes: m.compressedBytes, part: m.part };
    byPath.set(path, m.contentId === undefined ? { entry, ref: m.ref } : { entry, ref: m.ref, contentId: m.contentId });
  }

  const entries = [...byPath.values()].map((l) => l.entry).sort((a, b) => comparePaths(a.path, b.path));
  skips.sort((a, b) => comparePaths(a.path, b.path));
  const inventory: Inventory = {
    label: head.label,
    kind: head.kind,
    parts: head.parts,
    entries,
    skipped: skips,
    problems: found.sort((a, b) => comparePaths(a.path, b.path)),
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
