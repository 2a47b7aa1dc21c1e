/**
 * Finding the X archive's files: the declared spec's member patterns (`data/<kebab-name>.js`,
 * large sets split into `<name>-part<N>.js`, wherever the zip put the `data` folder — or at the
 * top, when the zip held only that folder and the archive layer stripped it), through the common
 * member lookup.
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { basename, folders } from '../common/paths';
import { memberAt, type PlatformSpec } from '../common/spec-format';
import { compileDataFiles } from './compile';
import { X_SPEC, type XMapperId } from './declared';
import type { XFileSpec } from './spec';

const DATA_JS = /^([a-z0-9-]+?)(?:-part(\d+))?\.js$/i;

/** Whether a member sits where X data files sit: in a `data` folder, or at the top. */
export function inDataFolder(path: string): boolean {
  const dirs = folders(path);
  return dirs.length === 0 || dirs[dirs.length - 1]?.toLowerCase() === 'data';
}

/** `tweets-part2.js` → `{ name: 'tweets', part: 2 }`: any file shaped like a data file, declared or not (recognition). */
export function dataFileName(path: string): { name: string; part: number } | null {
  const m = DATA_JS.exec(basename(path));
  if (!m || !inDataFolder(path)) return null;
  return { name: (m[1] ?? '').toLowerCase(), part: m[2] === undefined ? 0 : Number(m[2]) };
}

/** A declared spec with its data members compiled for the reader. */
export interface XReadSpec {
  spec: PlatformSpec<XMapperId>;
  /** The parsed data members as the reader runs them, by member id. */
  files: ReadonlyMap<string, XFileSpec>;
}

export function readSpecOf(spec: PlatformSpec<XMapperId>): XReadSpec {
  return { spec, files: compileDataFiles(spec) };
}

/** The declared X spec, as the registered importer reads it. */
export const X_READ: XReadSpec = readSpecOf(X_SPEC);

export function manifestMember(inventory: Inventory, read: XReadSpec = X_READ): InventoryEntry | undefined {
  return inventory.entries.find((e) => memberAt(read.spec, e.path)?.id === 'manifest');
}

export interface XMember {
  entry: InventoryEntry;
  spec: XFileSpec;
}

/** The data files read, in reading order: declaration order (account.js first: its id and creation time serve the others), parts in order. */
export function xDataMembers(inventory: Inventory, read: XReadSpec = X_READ): XMember[] {
  const out: (XMember & { order: number; part: number })[] = [];
  for (const entry of inventory.entries) {
    const member = memberAt(read.spec, entry.path);
    const spec = member ? read.files.get(member.id) : undefined;
    if (!member || !spec) continue;
    out.push({ entry, spec, order: read.spec.members.indexOf(member), part: dataFileName(entry.path)?.part ?? 0 });
  }
  return out
    .sort((a, b) => a.order - b.order || a.part - b.part || (a.entry.path < b.entry.path ? -1 : 1))
    .map(({ entry, spec }) => ({ entry, spec }));
}
