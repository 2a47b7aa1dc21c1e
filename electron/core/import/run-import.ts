/**
 * One import, start to finish: open the archive, hash it, recognise the platform, stream every
 * member through the importer into the store, hash the rest, record coverage, re-run the
 * analysis, commit.
 *
 * Staged commits: the records are committed in batches (a bounded WAL) under a source whose
 * state is 'importing', which no query shows. The last, small transaction writes coverage and
 * per-day counts, marks the source complete and runs the analysis. An error or a cancel deletes
 * the staged source with everything it brought; a crash leaves it to the next open
 * (store/import-rows.ts cleanupAbandonedImports). Either way no one ever sees half an import.
 */
import type { ImportProgress, ImportResult } from '../../../shared/api';
import { ArchiveError, type ArchiveLimits, type ArchiveProblem, type ArchiveReader, type Inventory } from '../archive/types';
import { openArchive } from '../archive/open';
import { folderSha256, hashParts } from '../archive/hash';
import { chooseImporter, describeInventory, IMPORTERS, supportedExportsText } from '../importers/registry';
import { ExportError, MemberError, type Importer } from '../importers/types';
import { LedgerBook } from '../importers/common/unread';
import type { Db } from '../store/db';
import type { Enricher } from '../store/enrichment';
import { BlockPacker } from '../store/block-packer';
import { insertSource, RecordWriter } from '../store/writer';
import type { NotRead } from '../../../shared/domain';
import type { ImportRecord } from '../../../shared/records';
import { readArchive, ReadCancelled, type ReadSink } from './read-archive';
import { encodeInventory } from './reader-protocol';
import { readerEntry, ReaderThread, type ReaderEntry } from './reader-thread';
import { computeCoverage, notReadSentence } from './coverage';
import { writeLedgerGaps } from '../store/ledger';
import { writeArchiveProblems } from '../store/import-rows';
import { dropIndexesForBulk, restoreDroppedIndexes } from '../store/bulk-indexes';
import {
  beginImport, cleanupAbandonedImports, commitBatch, commitImport, discardStagedSource, findSourceBySha as findSource, finishSource,
  rollbackImport, writeMemberOutcomes, writeMissingMembers,
} from '../store/import-rows';
import { checkpointWal, setForeignKeys, truncateWal } from '../store/wal';
import { ProgressThrottle } from './progress';

export type ProgressUpdate = Omit<ImportProgress, 'jobId'>;
export type ImportOutcome = Omit<ImportResult, 'jobId'>;

export interface ImportOptions {
  db: Db;
  paths: string[];
  enricher: Enricher;
  /** Recomputes derived tables (findings, flags) inside the import's transaction. */
  analyse?: (db: Db) => void;
  importers?: readonly Importer[];
  limits?: Partial<ArchiveLimits>;
  onProgress?: (p: ProgressUpdate) => void;
  signal?: AbortSignal;
  now?: () => Date;
  /** Longest JSON string, CSV cell or TXT line read whole (value-cap.ts); longer ones are cut. */
  valueCapBytes?: number;
  /** Test hook: fail after this many records, to prove atomicity. */
  failAfterRecords?: number;
  /** Records per committed batch (default BATCH_RECORDS); tests make it small to cross commits. */
  batchRecords?: number;
  /**
   * Read (inflate, hash, parse, map) in a second thread while this one writes: `auto` (the
   * default) for exports of READER_THREAD_MIN_BYTES or more; tests force `always` or `never`.
   */
  readerThread?: 'auto' | 'always' | 'never';
}

/**
 * Records per transaction of a staged import: large enough that a commit's fixed cost (FTS
 * segment, checkpoint) is noise, small enough that the WAL stays tens of MB.
 */
export const BATCH_RECORDS = 50_000;

class Cancelled extends Error {}

export async function runImport(opts: ImportOptions): Promise<ImportOutcome> {
  const label = opts.paths.length > 0 ? baseName(opts.paths[0]!) : '(nothing)';
  let archive: ArchiveReader | null = null;
  let inTransaction = false;
  /** The staged source while it is 'importing': deleted again if the import does not finish. */
  let staged: number | null = null;
  const state = { file: label, member: null as string | null };
  let reader: ReaderThread | null = null;
  try {
    if (opts.paths.length === 0) throw new ImportFailure('no file or folder was given');
    archive = await openArchive(opts.paths, opts.limits);
    const inv = archive.inventory;
    state.file = inv.label;
    const progress = new ProgressThrottle(opts.onProgress, {
      file: inv.label, member: null, bytesRead: 0, bytesTotal: inv.totalBytes, membersDone: 0,
      membersTotal: inv.entries.length, records: 0,
    });
    progress.phase('inventory');
    checkCancelled(opts.signal);

    // Zips are hashed up front (one read), so a re-import is recognised before any parsing.
    // A folder's hash is its members' manifest, known only after every member is read.
    const hashed = await hashArchiveParts(inv, progress, opts.signal);
    if (hashed !== null) {
      const existing = findSource(opts.db, hashed.sha256);
      if (existing !== null) return alreadyImported(existing, inv.label);
    }

    progress.phase('recognise');
    const choice = await chooseImporter(inv, (p, n) => archive!.peek(p, n), opts.importers ?? IMPORTERS);
    if (!choice) {
      throw new ImportFailure(
        `this is not an export Whereabouts can read yet: ${describeInventory(inv)}. Supported: ${supportedExportsText(opts.importers ?? IMPORTERS)}.`,
      );
    }
    const { importer, recognition } = choice;

    // An earlier import killed half-way left its batches behind: they go before this one starts.
    cleanupAbandonedImports(opts.db);
    // The writer only names rows it has just found or made in this transaction, so checking
    // each reference again (six parent lookups per event) is pure cost; back on before the last
    // transaction, whose analysis relies on cascades. (Cannot change inside a transaction.)
    setForeignKeys(opts.db, false);
    beginImport(opts.db);
    inTransaction = true;
    const sourceId = insertSource(opts.db, {
      staged: true,
      platform: importer.platform, format: recognition.format, importer: importer.id, file: inv.label,
      path: opts.paths.join('\n'), bytes: inv.diskBytes,
      // A folder's placeholder is unique so the UNIQUE index holds until the real hash is known.
      sha256: hashed?.sha256 ?? `pending-${process.pid}-${Date.now()}`,
      parts: hashed?.parts ?? [], parserVersion: importer.parserVersion, importedAt: `${(opts.now?.() ?? new Date()).toISOString().slice(0, 19)}Z`,
    });
    staged = sourceId;
    const writer = new RecordWriter(opts.db, sourceId, importer.platform, opts.enricher);
    writer.addMembers(inv.entries.map((e) => ({ path: e.path, bytes: e.bytes })));
    const bulk = dropIndexesForBulk(opts.db, sourceId);

    const hashes = new Map<string, string>();
    const parsed = new Set<string>();
    const problems = new Map<string, string[]>();
    const ledger = new LedgerBook();
    const sink: ReadSink = {
      ledger,
      problem: (member, message) => problems.set(member, [...(problems.get(member) ?? []), message]),
      parsed: (member) => parsed.add(member),
      bytes: (n, member) => progress.addBytes(n, member),
      hashed: (member, sha) => {
        hashes.set(member, sha);
        progress.memberDone();
      },
      opening: (member) => (state.member = member),
    };
    const signal = opts.signal ?? new AbortController().signal;

    progress.phase('reading');
    const batch = Math.max(1, opts.batchRecords ?? BATCH_RECORDS);
    let records = 0;
    const take = (rec: ImportRecord): void => {
      state.member = rec.member;
      writer.write(rec);
      records++;
      progress.setRecords(records);
      if (opts.failAfterRecords !== undefined && records >= opts.failAfterRecords) {
        throw new Error('injected failure (test hook)');
      }
      if (records % batch === 0) {
        writer.endBatch();
        commitBatch(opts.db);
      }
    };
    const entry = chooseReader(opts.readerThread ?? 'auto', importer, inv.totalBytes, opts.importers);
    if (entry !== null) {
      // Reading (inflate, hash, parse, map) in its own thread; this one only writes.
      reader = new ReaderThread(entry, {
        role: 'reader', paths: opts.paths, limits: opts.limits, importerId: importer.id, format: recognition.format,
        valueCapBytes: opts.valueCapBytes, inventoryKey: encodeInventory(inv.entries),
      }, sink, signal);
      for await (const { records: recs, blocks } of reader.batches()) {
        writer.addPackedBlocks(blocks);
        for (const rec of recs) {
          checkCancelled(opts.signal);
          take(rec);
        }
      }
      await reader.stop();
      reader = null;
    } else {
      const read = readArchive({ archive, importer, format: recognition.format, sink, signal, valueCapBytes: opts.valueCapBytes });
      // The same raw blocks as the reader thread builds (store/block-packer.ts).
      const packer = new BlockPacker();
      for await (const recs of read) {
        for (const rec of recs) packer.push(rec);
        writer.addPackedBlocks(packer.take());
        for (const rec of recs) {
          checkCancelled(opts.signal);
          take(rec);
        }
      }
      writer.addPackedBlocks(packer.end());
    }
    checkCancelled(opts.signal);
    state.member = null;
    writer.endBatch();
    commitImport(opts.db);
    inTransaction = false;
    setForeignKeys(opts.db, true);
    // A first import was written without secondary indexes (store/bulk-indexes.ts): build them
    // now, one per transaction, before the analysis needs them.
    if (bulk) restoreDroppedIndexes(opts.db, () => checkpointWal(opts.db));

    // The last transaction: small (coverage, day counts, the flip to complete) plus the analysis.
    beginImport(opts.db);
    inTransaction = true;
    writer.finish();
    const { outcomes, missing } = computeCoverage({
      members: inv.entries.map((e) => e.path),
      catalogue: importer.catalogue(recognition.format),
      parsed,
      records: writer.recordsPerMember(),
      problems,
    });
    writeMemberOutcomes(opts.db, sourceId, outcomes.map((o) => ({ ...o, sha256: hashes.get(o.path) ?? null, items: ledger.items.get(o.path) ?? null })));
    writeLedgerGaps(opts.db, sourceId, ledger);
    writeMissingMembers(opts.db, sourceId, missing);
    writeArchiveProblems(opts.db, sourceId, inv.problems ?? []);

    const sha = hashed?.sha256 ?? folderSha256(inv, hashes);
    const existing = findSource(opts.db, sha);
    if (existing !== null && existing !== sourceId) {
      rollbackImport(opts.db);
      inTransaction = false;
      discardStagedSource(opts.db, sourceId);
      staged = null;
      return alreadyImported(existing, inv.label);
    }
    finishSource(opts.db, sourceId, { sha256: sha, firstTs: writer.firstTs, lastTs: writer.lastTs, events: writer.events, facts: writer.facts });

    progress.phase('analysing');
    opts.analyse?.(opts.db);
    checkCancelled(opts.signal);
    progress.phase('committing');
    commitImport(opts.db);
    inTransaction = false;
    staged = null;
    checkpointWal(opts.db);
    progress.phase('done');
    progress.flush();
    return { status: 'imported', sourceIds: [sourceId], message: partialMessage(inv.label, [...outcomes, ...archiveOutcomes(inv.problems ?? [])], ledger.members().flatMap((m) => ledger.gapsOf(m).map((g) => ({ member: m, ...g })))), file: inv.label, member: null };
  } catch (err) {
    if (inTransaction) rollbackImport(opts.db);
    if (staged !== null) {
      // If even this fails (the disk is full), the row stays 'importing' and invisible, and the
      // next open of the profile removes it.
      try {
        discardStagedSource(opts.db, staged);
      } catch (cleanupErr) {
        process.stderr.write(`whereabouts: could not remove the unfinished import yet (the next start will): ${String(cleanupErr)}\n`);
      }
    }
    // Give back the failed import's WAL space: after a disk-full failure the disk would stay full.
    truncateWal(opts.db);
    if (err instanceof Cancelled || err instanceof ReadCancelled || opts.signal?.aborted) {
      return { status: 'cancelled', sourceIds: [], message: `${state.file}: import cancelled; nothing was changed.`, file: state.file, member: null };
    }
    return failure(err, state.file, state.member);
  } finally {
    await reader?.stop();
    setForeignKeys(opts.db, true);
    await archive?.close().catch(() => undefined);
  }
}

class ImportFailure extends Error {}

/** Below this much to read, a reader thread's start-up (tens of ms) costs more than it saves. */
export const READER_THREAD_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Reading runs in its own thread when it pays (a large export) and can (an importer of the
 * registry, which the thread can find by id; a built reader). Tests force either path.
 */
function chooseReader(
  mode: 'auto' | 'always' | 'never', importer: Importer, bytes: number, importers: readonly Importer[] | undefined,
): ReaderEntry | null {
  if (mode === 'never') return null;
  const entry = readerEntry();
  const possible = entry !== null && IMPORTERS.includes(importer) && (importers === undefined || importers.includes(importer));
  if (mode === 'always') {
    if (!possible) throw new Error(`internal: a reader thread was asked for but ${entry === null ? 'no reader is built' : `importer ${importer.id} is not the registry's`}`);
    return entry;
  }
  return possible && bytes >= READER_THREAD_MIN_BYTES ? entry : null;
}

function failure(err: unknown, file: string, member: string | null): ImportOutcome {
  if (err instanceof ArchiveError) {
    return { status: 'failed', sourceIds: [], message: err.message, file: baseName(err.file), member: err.member ?? null };
  }
  if (err instanceof MemberError) {
    return { status: 'failed', sourceIds: [], message: `${file}: ${err.member}: ${err.problem}`, file, member: err.member };
  }
  if (err instanceof ImportFailure || err instanceof ExportError) {
    return { status: 'failed', sourceIds: [], message: `${file}: ${err.message}`, file, member: null };
  }
  const where = member ? `${file}: ${member}` : file;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return { status: 'failed', sourceIds: [], message: `${where}: the disk is full, so the import was stopped and nothing was changed. Free some space and import again.`, file, member };
  }
  if (code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return { status: 'failed', sourceIds: [], message: `${where}: the profile database cannot be written (read-only or not allowed); nothing was changed.`, file, member };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { status: 'failed', sourceIds: [], message: `${where}: the profile database is in use by another program; nothing was changed. Close it and import again.`, file, member };
  }
  // Anything else is our fault, not the file's: the person gets a plain sentence, the log the details.
  process.stderr.write(`whereabouts: internal error importing ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return { status: 'failed', sourceIds: [], message: `${where}: Whereabouts hit an internal problem while reading this, so nothing was changed (the details are in its log).`, file, member };
}

/**
 * Multi-file exports go on past a file they cannot read (importers/common/member-guard.ts); the
 * result then says so, naming the files, so "imported" never hides a hole.
 */
export function partialMessage(
  file: string,
  outcomes: readonly { path: string; status: string; note: string | null }[],
  gaps: readonly NotRead[] = [],
): string | null {
  const parts: string[] = [];
  const lacking = outcomes.filter((o) => o.status === 'missing-part');
  if (lacking.length > 0) parts.push(`${lacking.length === 1 ? 'a part' : `${lacking.length} parts`} of this split export ${lacking.length === 1 ? 'was' : 'were'} not chosen: ${lacking.map((o) => o.path).join(', ')}`);
  const errors = outcomes.filter((o) => o.status === 'error');
  if (errors.length > 0) {
    const listed = errors.slice(0, 3).map((o) => `${o.path}: ${o.note ?? 'unreadable'}`).join('; ');
    const more = errors.length > 3 ? `; and ${errors.length - 3} more (see Sources)` : '';
    parts.push(`${errors.length} file(s) could not be read completely: ${listed}${more}`);
  }
  const notRead = notReadSentence(gaps);
  if (notRead) parts.push(`${notRead} (Sources lists them)`);
  return parts.length === 0 ? null : `${file}: imported, but ${parts.join('; and ')}.`;
}

/** Archive problems as outcomes for the import's message (duplicates are counted in the ledger instead). */
function archiveOutcomes(problems: readonly ArchiveProblem[]): { path: string; status: string; note: string | null }[] {
  return problems
    .filter((p) => p.kind !== 'duplicate')
    .map((p) => ({ path: p.path, status: p.kind === 'missing-part' ? 'missing-part' : 'error', note: p.reason }));
}

function alreadyImported(sourceId: number, file: string): ImportOutcome {
  return {
    status: 'already-imported', sourceIds: [sourceId],
    message: `${file} was imported before (same SHA-256); nothing was added.`, file, member: null,
  };
}


async function hashArchiveParts(
  inv: Inventory,
  progress: ProgressThrottle,
  signal?: AbortSignal,
): Promise<{ sha256: string; parts: { file: string; sha256: string; bytes: number }[] } | null> {
  if (inv.kind === 'folder') return null;
  progress.phase('hashing');
  progress.setTotal(inv.diskBytes);
  const { parts, sha256 } = await hashParts(
    inv.parts.map((p) => p.path),
    { signal, onBytes: (n) => progress.addBytes(n, null) },
  );
  progress.setTotal(inv.totalBytes);
  return { sha256, parts: parts.map((p) => ({ file: baseName(p.path), sha256: p.sha256, bytes: p.bytes })) };
}

function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new Cancelled('cancelled');
}

function baseName(p: string): string {
  const parts = p.replace(/[\\/]+$/, '').split(/[\\/]/);
  return parts[parts.length - 1] ?? p;
}

