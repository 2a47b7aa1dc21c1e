/**
 * The archive layer's public shape: an export on disk (one zip, a folder, or the parts of a
 * split zip) seen as a list of members that can be streamed, never extracted.
 */
import type { Readable } from 'node:stream';

export interface InventoryEntry {
  /** Normalised member path: forward slashes, the single wrapping top folder stripped. */
  path: string;
  /** The name as stored in the archive (before stripping and decoding repairs). */
  rawPath: string;
  /** Uncompressed size as declared by the archive (zip central directory) or the file system. */
  bytes: number;
  /** Compressed size (equals bytes for folders and stored entries). */
  compressedBytes: number;
  /** Index into Inventory.parts: which zip part or folder holds it. */
  part: number;
}

export interface ArchivePart {
  /** Absolute path on disk. */
  path: string;
  bytes: number;
}

export interface Inventory {
  /** What the person picked, for messages: the zip's file name or the folder's name. */
  label: string;
  kind: 'zip' | 'folder' | 'split-zip';
  /**
   * The single top folder stripped from every path (e.g. `Takeout`), if there was one. Kept
   * because some exports are recognised by it (Google: everything under `Takeout/`).
   */
  strippedFolder?: string;
  parts: ArchivePart[];
  /** Files only (no directories), sorted by path. */
  entries: InventoryEntry[];
  /** Members left out on purpose (`__MACOSX/`, `.DS_Store`, `Thumbs.db`), with why. */
  skipped: { path: string; reason: string }[];
  /**
   * What belongs to the export but could not be read, found before any importer runs: a second
   * file with a name already taken, a sub-folder or file the system would not let us read, a part
   * of a split export that was not chosen. Never silent: the import reports each one.
   */
  problems?: ArchiveProblem[];
  /** Sum of parts' bytes on disk. */
  diskBytes: number;
  /** Sum of entries' declared uncompressed bytes. */
  totalBytes: number;
}

export interface ArchiveProblem {
  kind: 'duplicate' | 'unreadable' | 'missing-part';
  /** Inventory path of the member it concerns (duplicate: the name both files share; unreadable: the file or `folder/`; missing part: the part's file name). */
  path: string;
  reason: string;
}

/** Limits checked while streaming; a breach is an ArchiveError('bomb'). */
export interface ArchiveLimits {
  /** Largest uncompressed size of one member. */
  maxMemberBytes: number;
  /** Largest sum of uncompressed sizes. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for members above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most members in one archive. */
  maxEntries: number;
}

export interface ArchiveReader {
  readonly inventory: Inventory;
  /** Stream one member's bytes (inflated). Limits and CRC are checked as bytes flow; errors name the member. */
  open(path: string): Promise<Readable>;
  /** The first `n` bytes of a member (for recognition), without reading the rest. */
  peek(path: string, n: number): Promise<Buffer>;
  close(): Promise<void>;
}

export type ArchiveErrorCode =
  | 'not-found'       // the path does not exist
  | 'not-an-archive'  // neither a zip nor a folder
  | 'truncated'       // zip ends early / central directory missing
  | 'corrupt'         // bad CRC, bad local header, invalid compression data
  | 'encrypted'       // password-protected entries
  | 'bomb'            // size or ratio limits exceeded
  | 'unsafe-path'     // `../`, absolute paths, drive letters
  | 'unsupported'     // compression method we cannot read
  | 'io';             // read error from the disk

/** Every archive problem is one of these: `file` names the archive (and `member` the entry). */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    readonly file: string,
    /** The problem alone, without the file and member names. */
    readonly problem: string,
    readonly member?: string,
  ) {
    super(member ? `${file}: ${member}: ${problem}` : `${file}: ${problem}`);
    this.name = 'ArchiveError';
  }
}
