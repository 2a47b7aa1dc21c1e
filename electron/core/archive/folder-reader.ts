/**
 * An export someone already unpacked: the folder is walked once for the inventory and members
 * are read with ordinary file streams. Links are followed only when they stay inside the folder,
 * so a link cannot make Whereabouts read (and hash, and report on) files the person did not pick.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import type { Readable } from 'node:stream';
import { fsError } from './errors';
import { buildInventory, type Located, type RawMember } from './inventory';
import { entryCountProblem } from './limits';
import { guardMember, readPrefix } from './member-stream';
import { junkReason } from './names';
import { ArchiveError, type ArchiveLimits, type ArchiveProblem, type ArchiveReader, type Inventory } from './types';

const errorCodeOf = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/** stat calls in flight while walking: enough to hide latency, few enough to spare the fd table. */
const STAT_BATCH = 64;

interface FolderRef {
  abs: string;
  viaLink: boolean;
}

interface Candidate {
  rel: string;
  slashed: string;
  abs: string;
  dirent: fs.Dirent;
}

export async function openFolder(root: string, limits: ArchiveLimits, label: string): Promise<ArchiveReader> {
  let realRoot: string;
  try {
    realRoot = await fs.promises.realpath(root);
  } catch (err) {
    throw fsError(err, label);
  }
  const members: RawMember<FolderRef>[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const problems: ArchiveProblem[] = [];
  let seen = 0;
  let diskBytes = 0;
  const dirs = [''];
  while (dirs.length > 0) {
    const relDir = dirs.pop()!;
    const candidates: Candidate[] = [];
    try {
      const dir = await fs.promises.opendir(nodePath.join(root, relDir));
      for await (const dirent of dir) {
        seen++;
        const problem = entryCountProblem(limits, seen, 'folder');
        if (problem !== null) throw new ArchiveError('bomb', label, problem);
        const rel = relDir === '' ? dirent.name : nodePath.join(relDir, dirent.name);
        const slashed = rel.split(nodePath.sep).join('/');
        if (dirent.isDirectory()) {
          // Walking __MACOSX would only list files that are then left out one by one.
          if (dirent.name === '__MACOSX') skipped.push({ path: `${slashed}/`, reason: junkReason(slashed)! });
          else dirs.push(rel);
        } else {
          candidates.push({ rel, slashed, abs: nodePath.join(root, rel), dirent });
        }
      }
    } catch (err) {
      if (err instanceof ArchiveError || relDir === '') throw err instanceof ArchiveError ? err : fsError(err, label);
      // One sub-folder the system will not let us list must not sink the rest of the export:
      // it is reported (coverage shows it as an error) and the walk goes on.
      const folder = relDir.split(nodePath.sep).join('/');
      problems.push({ kind: 'unreadable', path: `${folder}/`, reason: `this folder could not be read: ${fsError(err, label, folder).problem}` });
      continue;
    }
    for (let i = 0; i < candidates.length; i += STAT_BATCH) {
      const batch = await Promise.all(candidates.slice(i, i + STAT_BATCH).map((c) => describe(c, realRoot, label)));
      for (const d of batch) {
        if ('unreadable' in d) problems.push({ kind: 'unreadable', path: d.path, reason: d.unreadable });
        else if ('reason' in d) skipped.push(d);
        else {
          members.push(d);
          diskBytes += d.bytes;
        }
      }
    }
  }
  const built = buildInventory({ label, kind: 'folder', parts: [{ path: nodePath.resolve(root), bytes: diskBytes }] }, members, skipped, problems);
  return new FolderArchiveReader(built.inventory, built.byPath, realRoot);
}

type Described = RawMember<FolderRef> | { path: string; reason: string } | { path: string; unreadable: string };

async function describe(c: Candidate, realRoot: string, label: string): Promise<Described> {
  const viaLink = c.dirent.isSymbolicLink();
  if (!viaLink && !c.dirent.isFile()) return { path: c.slashed, reason: 'not a regular file (a device, pipe or socket)' };
  try {
    if (viaLink) {
      let target: string;
      try {
        target = await fs.promises.realpath(c.abs);
      } catch {
        return { path: c.slashed, reason: 'a link to a file that does not exist' };
      }
      if (!isInside(realRoot, target)) return { path: c.slashed, reason: 'a link to something outside the chosen folder; not followed' };
    }
    const st = await fs.promises.stat(c.abs);
    if (st.isDirectory()) return { path: c.slashed, reason: 'a link to a folder; not followed (its files are listed under their own names)' };
    if (!st.isFile()) return { path: c.slashed, reason: 'not a regular file (a device, pipe or socket)' };
    try {
      // Checked now so a file the system will not let us read is reported with the others, not
      // found halfway through an import.
      await fs.promises.access(c.abs, fs.constants.R_OK);
    } catch (err) {
      return { path: c.slashed, unreadable: fsError(err, label, c.slashed).problem };
    }
    return { rawPath: c.rel, fullPath: c.slashed, kind: 'file', bytes: st.size, compressedBytes: st.size, part: 0, ref: { abs: c.abs, viaLink } };
  } catch (err) {
    if (errorCodeOf(err) === 'EACCES' || errorCodeOf(err) === 'EPERM') return { path: c.slashed, unreadable: fsError(err, label, c.slashed).problem };
    throw fsError(err, label, c.slashed);
  }
}

function isInside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot.endsWith(nodePath.sep) ? realRoot : realRoot + nodePath.sep);
}

class FolderArchiveReader implements ArchiveReader {
  private readonly live = new Set<Readable>();
  private closing: Promise<void> | null = null;

  constructor(
    readonly inventory: Inventory,
    private readonly byPath: Map<string, Located<FolderRef>>,
    private readonly realRoot: string,
  ) {}

  async open(path: string): Promise<Readable> {
    const label = this.inventory.label;
    const loc = this.byPath.get(path);
    if (loc === undefined) throw new ArchiveError('not-found', label, 'there is no such file in this folder', path);
    if (this.closing !== null) throw new ArchiveError('io', label, 'the folder was already closed', path);
    let handle: fs.promises.FileHandle;
    try {
      // The link may have been changed since the walk.
      if (loc.ref.viaLink && !isInside(this.realRoot, await fs.promises.realpath(loc.ref.abs))) {
        throw new ArchiveError('unsafe-path', label, 'this link now points outside the chosen folder; it is not read', path);
      }
      handle = await fs.promises.open(loc.ref.abs, 'r');
    } catch (err) {
      throw fsError(err, label, path);
    }
    if (this.closing !== null) {
      await handle.close();
      throw new ArchiveError('io', label, 'the folder was already closed', path);
    }
    // autoClose (the default) closes the handle at the end or on destroy: a cancelled import leaks nothing.
    const raw = handle.createReadStream({ highWaterMark: 64 * 1024 });
    const stream = guardMember({ stream: raw, explain: (err) => fsError(err, label, path) }, [], { file: label, member: path });
    this.live.add(stream);
    stream.once('close', () => this.live.delete(stream));
    return stream;
  }

  async peek(path: string, n: number): Promise<Buffer> {
    return readPrefix(await this.open(path), n);
  }

  close(): Promise<void> {
    this.closing ??= Promise.all(
      [...this.live].map(
        (s) =>
          new Promise<void>((resolve) => {
            // The raw stream's fd is closed by the time the guard reports 'close' (see member-stream.ts).
            s.once('close', () => resolve());
            s.destroy();
          }),
      ),
    ).then(() => undefined);
    return this.closing;
  }
}
