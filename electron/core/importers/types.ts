/**
 * The importer contract. One folder per platform; each exports Importer objects. An importer
 * recognises an inventory cheaply, then streams records with provenance. It never writes the
 * store and never reads a member whole when the member can be large.
 */
import type { Readable } from 'node:stream';
import type { Platform } from '../../../shared/domain';
import type { ImportRecord } from '../../../shared/records';
import type { Inventory } from '../archive/types';

export interface Recognition {
  /** 0..1; the registry picks the highest. 0.9+ means "this is certainly it". */
  confidence: number;
  /** Detected format version, e.g. `tiktok-json-2024`, `tiktok-txt-2020`. */
  format: string;
  /** One sentence for the person: what was seen. */
  reason: string;
}

/** A file the importer knows about, found by name (basename or path suffix), not fixed path. */
export interface KnownFile {
  /** Matches a member when it equals the path or is a path-boundary suffix (`…/Login History.txt`). */
  name: string | RegExp;
  status: 'parsed' | 'ignored';
  /** For ignored files: why (e.g. "media file, not analysed"). For parsed: what it holds. */
  reason: string;
  /** When true, a missing file is reported as "expected but missing". */
  expected?: boolean;
}

export interface ImportContext {
  inventory: Inventory;
  /** The detected format (Recognition.format). */
  format: string;
  /** Open a member as a byte stream. Hashing, progress and limits are handled by the caller. */
  open(path: string): Promise<Readable>;
  /**
   * Record a non-fatal problem (a section of an unexpected shape, an unreadable date): shown in
   * coverage as an error for that member; the import goes on. Throw (MemberError) for anything
   * that makes the member unreadable as a whole: the import then fails atomically with that
   * message. Multi-file exports (Takeout, X, Meta) turn a member's MemberError into a problem
   * and go on with the other files (common/member-guard.ts), failing only when nothing at all
   * could be read; the import result then names the unreadable files.
   */
  problem(member: string, message: string): void;
  /** Mark a member as read by this importer (parsed), even when it held zero records. */
  parsed(member: string): void;
  /**
   * The member's ledger: what it held that did not become records. Nothing read is dropped
   * silently: every item an importer finds either becomes rows or is counted here, and every key
   * holding data that no spec maps is reported (common/unread.ts walks an item for those).
   */
  ledger: MemberLedger;
  signal: AbortSignal;
}

/**
 * Accounting per member (shown in coverage, summed in "N items in M files were not read").
 * Keys are shape paths: the key path from the member's root with list indexes written `*` and
 * chat-style keys kept (`/Activity/Comments/CommentsList/*\/photo`); `pointer` is an RFC 6901
 * pointer to one example (the first seen). Counts add up across calls.
 */
export interface MemberLedger {
  /** `n` items (list entries, lines, rows, objects of a map) found in the member. */
  found(member: string, n?: number): void;
  /** An item found but not turned into any record; `reason` is a short fixed phrase ("no time field"). */
  dropped(member: string, reason: string, pointer: string, n?: number): void;
  /** A key holding data (not null, "", "N/A", [] or {}) that no spec maps. */
  unread(member: string, key: string, pointer: string, n?: number): void;
}

export interface Importer {
  /** Stable id, e.g. `tiktok-json`. */
  id: string;
  platform: Platform;
  /** Bumped whenever the parser's output can change; stored with each source. */
  parserVersion: string;
  recognise(inventory: Inventory, peek: (path: string, n: number) => Promise<Buffer>): Promise<Recognition | null>;
  /** The known-files catalogue for a format (coverage report). */
  catalogue(format: string): KnownFile[];
  import(ctx: ImportContext): AsyncIterable<ImportRecord>;
  /**
   * The same records as `import`, in the same order, a batch at a time. Optional: an importer
   * whose reading already works in chunks offers it, and the pipeline then pays one await per
   * batch instead of two or three per record (async generators; ~0.5 s CPU per million records).
   */
  importBatches?(ctx: ImportContext): AsyncIterable<ImportRecord[]>;
}

/**
 * Thrown by importers for a problem with the export as a whole (no one member is at fault, e.g.
 * the HTML version of an export); the message is shown as is, after the file name.
 */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Thrown by importers for a member that cannot be read at all; the message is shown as is. */
export class MemberError extends Error {
  constructor(readonly member: string, readonly problem: string) {
    super(`${member}: ${problem}`);
    this.name = 'MemberError';
  }
}
