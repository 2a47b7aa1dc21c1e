/**
 * One zip, or the parts of a split export, read in place: the central directory gives the
 * inventory, and each member is streamed from its offset on demand. Nothing is extracted and no
 * member is ever held in memory whole.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';
import { createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { encryptedError, fsError, inflateError, unsupportedMethodError, zipError } from './errors';
import { FdReader } from './fd-reader';
import { buildInventory, type Located, type RawMember } from './inventory';
import { entryCountProblem, memberSizeProblem, totalSizeProblem } from './limits';
import { guardMember, InflatedBudget, readPrefix } from './member-stream';
import { baseName, decodeMemberName, normaliseMemberName } from './names';
import { notAnArchiveMessage, sniff, SNIFF_BYTES } from './sniff';
import { ArchiveError, type ArchiveLimits, type ArchivePart, type ArchiveReader, type Inventory } from './types';

const openFd = promisify(fs.open);
const closeFd = promisify(fs.close);
const fstat = promisify(fs.fstat);
const readFd = promisify(fs.read);

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const LOCAL_HEADER_MIN = 30;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MADE_BY_UNIX = 3;
const CENTRAL_DIRECTORY_WINDOW = 1024 * 1024;

/** What is needed to stream one member later; kept small because there can be a million. */
interface ZipRef {
  part: number;
  offset: number;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  method: number;
  flags: number;
}

interface OpenPart {
  path: string;
  file: string;
  bytes: number;
  zipfile: yauzl.ZipFile;
  fdClosed: Promise<void>;
}

/** Running totals across the parts of one export. */
interface Tally {
  entries: number;
  declaredBytes: number;
}

/**
 * lazyEntries: we pace the central directory walk and stop at the first refused entry.
 * autoClose off: members are opened long after the walk. decodeStrings off: yauzl would take
 * every unflagged name as CP437, but most tools write UTF-8 without the flag (names.ts).
 * validateEntrySizes off: yauzl's check runs before we see the entry, so an encrypted stored
 * member would read "size mismatch" instead of "password-protected"; describeEntry checks that
 * stored members declare equal sizes itself, after the encryption check.
 */
const YAUZL_OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false };

async function openPart(path: string, index: number, limits: ArchiveLimits, tally: Tally): Promise<{ part: OpenPart; members: RawMember<ZipRef>[]; skipped: { path: string; reason: string }[] }> {
  const file = baseName(path);
  let fd: number;
  try {
    fd = await openFd(path, 'r');
  } catch (err) {
    throw fsError(err, file);
  }
  let zipfile: yauzl.ZipFile | null = null;
  let fdClosed: Promise<void> | null = null;
  try {
    const { size } = await fstat(fd);
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    if (head.length > 0) await readFd(fd, head, 0, head.length, 0);
    const kind = sniff(head);
    if (kind.kind !== 'zip') throw new ArchiveError('not-an-archive', file, notAnArchiveMessage(kind));

    const reader = new FdReader(fd);
    fdClosed = new Promise<void>((resolve) => {
      reader.once('close', () => resolve());
      reader.once('error', () => resolve());
    });
    zipfile = await yauzl.fromRandomAccessReaderPromise(reader, size, YAUZL_OPTIONS).catch((err: unknown) => {
      throw zipError(err, file);
    });
    // A failure to close the fd later is reported through the zip; it must not crash the process.
    zipfile.on('error', () => undefined);

    const countProblem = entryCountProblem(limits, tally.entries + zipfile.entryCount, 'zip');
    if (countProblem !== null) throw new ArchiveError('bomb', file, countProblem);

    const members: RawMember<ZipRef>[] = [];
    const skipped: { path: string; reason: string }[] = [];
    reader.setReadAhead(CENTRAL_DIRECTORY_WINDOW);
    await eachEntry(zipfile, (entry) => {
      tally.entries++;
      const m = describeEntry(entry, index, file, limits, tally);
      if ('reason' in m) skipped.push(m);
      else members.push(m);
    })
      .catch((err: unknown) => {
        throw zipError(err, file);
      })
      .finally(() => reader.setReadAhead(0));
    checkNoOverlap(members, file);
    return { part: { path, file, bytes: size, zipfile, fdClosed }, members, skipped };
  } catch (err) {
    if (zipfile !== null) {
      zipfile.close();
      await fdClosed;
    } else {
      await closeFd(fd).catch(() => undefined);
    }
    throw err;
  }
}

function eachEntry(zipfile: yauzl.ZipFile, onEntry: (e: yauzl.Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zipfile.removeListener('entry', entry);
      zipfile.removeListener('end', end);
      zipfile.removeListener('error', fail);
    };
    const entry = (e: yauzl.Entry): void => {
      try {
        onEntry(e);
      } catch (err) {
        cleanup();
        reject(err);
        return;
      }
      zipfile.readEntry();
    };
    const end = (): void => {
      cleanup();
      resolve();
    };
    const fail = (err: unknown): void => {
      cleanup();
      reject(err);
    };
    zipfile.on('entry', entry);
    zipfile.once('end', end);
    zipfile.once('error', fail);
    zipfile.readEntry();
  });
}

function describeEntry(entry: yauzl.Entry, part: number, file: string, limits: ArchiveLimits, tally: Tally): RawMember<ZipRef> | { path: string; reason: string } {
  const name = decodeMemberName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
  const norm = normaliseMemberName(name);
  if (norm.kind === 'unsafe') {
    throw new ArchiveError(
      'unsafe-path',
      file,
      `this zip contains a file whose name would put it outside the folder the zip is unpacked into (${norm.why}). Only malicious zips contain names like this, so Whereabouts refuses the whole archive`,
      name,
    );
  }
  if (norm.kind === 'empty') return { path: name, reason: 'a member without a usable name' };
  if ((entry.generalPurposeBitFlag & ENCRYPTED_FLAG) !== 0) throw encryptedError(file, norm.path);
  if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
    throw new ArchiveError('corrupt', file, `this zip file is damaged: a file stored without compression declares two different sizes (${entry.compressedSize} and ${entry.uncompressedSize} bytes). Download the export again`, norm.path);
  }
  if (entry.versionMadeBy >>> 8 === MADE_BY_UNIX && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return { path: norm.path, reason: 'a symbolic link (it holds the name of another file, not data); not followed' };
  }

  const sizeProblem = memberSizeProblem(limits, entry.uncompressedSize, entry.compressedSize, 'declared');
  if (sizeProblem !== null) throw new ArchiveError('bomb', file, sizeProblem, norm.path);
  tally.declaredBytes += entry.uncompressedSize;
  const totalProblem = totalSizeProblem(limits, tally.declaredBytes, 'declared');
  if (totalProblem !== null) throw new ArchiveError('bomb', file, totalProblem);

  return {
    rawPath: name,
    fullPath: norm.path,
    kind: norm.kind,
    bytes: entry.uncompressedSize,
    compressedBytes: entry.compressedSize,
    part,
    contentId: `${entry.uncompressedSize}:${entry.crc32}`,
    ref: {
      part,
      offset: entry.relativeOffsetOfLocalHeader,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      crc32: entry.crc32,
      method: entry.compressionMethod,
      flags: entry.generalPurposeBitFlag,
    },
  };
}

/**
 * Members whose stored data overlap are the signature of the densest zip bombs (one compressed
 * block listed thousands of times); no archiver writes them.
 */
function checkNoOverlap(members: RawMember<ZipRef>[], file: string): void {
  const byOffset = members.map((m) => m.ref).sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    if (cur.offset < prev.offset + LOCAL_HEADER_MIN + prev.compressedSize) {
      throw new ArchiveError(
        'bomb',
        file,
        'several files in this zip share the same stored data, a trick used to build “zip bombs” that overwhelm the computer. Whereabouts will not unpack it.',
      );
    }
  }
}

export async function openZipParts(paths: string[], limits: ArchiveLimits, label: string): Promise<ArchiveReader> {
  const tally: Tally = { entries: 0, declaredBytes: 0 };
  const parts: OpenPart[] = [];
  const members: RawMember<ZipRef>[] = [];
  const skipped: { path: string; reason: string }[] = [];
  try {
    for (const [i, path] of paths.entries()) {
      const opened = await openPart(path, i, limits, tally);
      parts.push(opened.part);
      for (const m of opened.members) members.push(m);
      for (const s of opened.skipped) skipped.push(s);
    }
  } catch (err) {
    await closeParts(parts);
    throw err;
  }
  const archiveParts: ArchivePart[] = parts.map((p) => ({ path: p.path, bytes: p.bytes }));
  const built = buildInventory({ label, kind: paths.length > 1 ? 'split-zip' : 'zip', parts: archiveParts }, members, skipped);
  return new ZipArchiveReader(built.inventory, built.byPath, parts, new InflatedBudget(limits));
}

function closeParts(parts: OpenPart[]): Promise<void[]> {
  return Promise.all(
    parts.map((p) => {
      p.zipfile.close();
      return p.fdClosed;
    }),
  );
}

class ZipArchiveReader implements ArchiveReader {
  private readonly live = new Set<Readable>();
  private closing: Promise<void> | null = null;

  constructor(
    readonly inventory: Inventory,
    private readonly byPath: Map<string, Located<ZipRef>>,
    private readonly parts: OpenPart[],
    private readonly budget: InflatedBudget,
  ) {}

  async open(path: string): Promise<Readable> {
    const loc = this.byPath.get(path);
    if (loc === undefined) throw new ArchiveError('not-found', this.inventory.label, 'there is no such file in this archive', path);
    // Errors name the member by its inventory path, the name the rest of the app (members
    // table, coverage, provenance) knows it by.
    const ref = loc.ref;
    const part = this.parts[ref.part]!;
    if (this.closing !== null) throw closedError(part.file, path);
    if (ref.method !== STORED && ref.method !== DEFLATED) throw unsupportedMethodError(part.file, path, ref.method);

    const entry = Object.assign(new yauzl.Entry(), {
      compressedSize: ref.compressedSize,
      uncompressedSize: ref.uncompressedSize,
      compressionMethod: ref.method,
      generalPurposeBitFlag: ref.flags,
      relativeOffsetOfLocalHeader: ref.offset,
    });
    // Raw bytes: we inflate ourselves so zlib is ours to destroy (yauzl leaks its inflater on
    // destroy, its issue #27) and every check lives in one place (member-stream.ts).
    let raw: Readable;
    try {
      raw = await part.zipfile.openReadStreamPromise(entry, { decodeFileData: false });
    } catch (err) {
      throw zipError(err, part.file, path);
    }
    if (this.closing !== null) {
      raw.destroy();
      throw closedError(part.file, path);
    }
    const explainRaw = (err: unknown): ArchiveError => zipError(err, part.file, path);
    const inflate = ref.method === DEFLATED ? [{ stream: createInflateRaw(), explain: (err: unknown) => inflateError(err, part.file, path) }] : [];
    const stream = guardMember({ stream: raw, explain: explainRaw }, inflate, {
      file: part.file,
      member: path,
      declaredBytes: ref.uncompressedSize,
      compressedBytes: ref.compressedSize,
      expectedCrc32: ref.crc32,
      budget: this.budget,
    });
    this.live.add(stream);
    stream.once('close', () => this.live.delete(stream));
    return stream;
  }

  async peek(path: string, n: number): Promise<Buffer> {
    return readPrefix(await this.open(path), n);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const s of this.live) s.destroy();
      await closeParts(this.parts);
    })();
    return this.closing;
  }
}

function closedError(file: string, member: string): ArchiveError {
  return new ArchiveError('io', file, 'the archive was already closed', member);
}
