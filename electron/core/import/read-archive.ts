/**
 * The reading half of an import: stream every member the importer asks for through the SHA-256
 * tap and the value cap into the importer, yield its records, then hash the members it did not
 * read. Nothing here touches the database, so the same code runs in the thread that owns the
 * database (small imports, custom importers) or in a reader thread (reader-worker.ts) that posts
 * the records to it in batches.
 *
 * What reading learns besides records (member hashes, which members were parsed, problems, the
 * ledger, bytes for progress) goes to a ReadSink; the caller decides where it ends up.
 */
import type { Readable } from 'node:stream';
import type { ArchiveReader } from '../archive/types';
import { hashingTap } from '../archive/hash';
import type { ImportContext, Importer, MemberLedger } from '../importers/types';
import type { ImportRecord } from '../../../shared/records';
import { capSyntaxOf, DEFAULT_VALUE_CAP_BYTES, valueCap } from './value-cap';

export interface ReadSink {
  /** The importer's ledger (and the value cap's cuts, and duplicates in the archive). */
  ledger: MemberLedger;
  problem(member: string, message: string): void;
  /** The member was read by the importer (even when it held no records). */
  parsed(member: string): void;
  /** Bytes of a member went by (progress). */
  bytes(n: number, member: string): void;
  /** A member was read to its end: its SHA-256. */
  hashed(member: string, sha256: string): void;
  /** The member now being opened, so an error names it. */
  opening(member: string): void;
}

export interface ReadOptions {
  archive: ArchiveReader;
  importer: Importer;
  format: string;
  sink: ReadSink;
  signal: AbortSignal;
  /** Longest JSON string, CSV cell or TXT line read whole (value-cap.ts); longer ones are cut. */
  valueCapBytes?: number;
}

export class ReadCancelled extends Error {}

/**
 * Yields the importer's records, in batches (the importer's own when it offers them, else one
 * record each); afterwards every member of the archive has been hashed.
 */
export async function* readArchive(o: ReadOptions): AsyncGenerator<ImportRecord[]> {
  const { archive, sink } = o;
  const inv = archive.inventory;
  const hashed = new Set<string>();
  // A second file with a name already taken is content that will not be read: say so on the member that is.
  for (const p of inv.problems ?? []) if (p.kind === 'duplicate') sink.ledger.dropped(p.path, p.reason, '');
  const cap = o.valueCapBytes ?? DEFAULT_VALUE_CAP_BYTES;
  const open = async (path: string): Promise<Readable> => {
    sink.opening(path);
    const stream = await archive.open(path);
    const tap = hashingTap();
    tap.on('data', (chunk: Buffer) => sink.bytes(chunk.length, path));
    tap.on('end', () => {
      hashed.add(path);
      sink.hashed(path, tap.digest());
      sink.parsed(path);
    });
    stream.on('error', (err) => tap.destroy(err));
    const through = stream.pipe(tap);
    const syntax = capSyntaxOf(path);
    if (syntax === null) return through;
    const capped = valueCap(syntax, cap, (cut) => {
      sink.ledger.dropped(path, `values longer than ${formatCap(cap)} were cut there (the rest of each not read)`, `byte:${cut.offset}`);
    });
    through.on('error', (err) => capped.destroy(err));
    return through.pipe(capped);
  };
  const ctx: ImportContext = {
    inventory: inv,
    format: o.format,
    open,
    problem: (member, message) => sink.problem(member, message),
    parsed: (member) => sink.parsed(member),
    ledger: sink.ledger,
    signal: o.signal,
  };
  if (o.importer.importBatches) yield* o.importer.importBatches(ctx);
  else for await (const rec of o.importer.import(ctx)) yield [rec];

  // Members the importer did not read still get a SHA-256: every file is accounted for.
  for (const entry of inv.entries) {
    if (hashed.has(entry.path)) continue;
    if (o.signal.aborted) throw new ReadCancelled('cancelled');
    sink.opening(entry.path);
    const tap = hashingTap();
    const stream = await archive.open(entry.path);
    await drain(stream, tap, (n) => sink.bytes(n, entry.path));
    hashed.add(entry.path);
    sink.hashed(entry.path, tap.digest());
  }
}

export function formatCap(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

function drain(stream: Readable, tap: NodeJS.WritableStream & Readable, onBytes: (n: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    tap.on('error', reject);
    tap.on('data', (c: Buffer) => onBytes(c.length));
    tap.on('end', () => resolve());
    stream.pipe(tap);
  });
}
