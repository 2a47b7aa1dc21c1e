/**
 * The database side of a split import: starts the reader thread (reader-main.ts), takes its
 * batches of records in order, replays what reading learned (hashes, ledger, problems, progress)
 * into the caller's sink, and acknowledges each batch so the reader may post another.
 *
 * Where the thread's code lives: from source (tests, the bench under tsx) reader-worker.ts with
 * tsx as its loader; in the built app and CLI the import worker bundle, which runs the reader
 * when its workerData says role `reader`. When neither is found, the import reads in-line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportRecord } from '../../../shared/records';
import { ReadCancelled, type ReadSink } from './read-archive';
import type { PackedBlock } from '../store/raw-blocks';
import { decodeBatch, decodeBlocks, fromWire, replay, type FromReader, type ReaderJob, type ToReader } from './reader-protocol';

export interface ReaderEntry {
  file: string;
  /** The file is TypeScript: load it through tsx's require hook (source runs only). */
  typescript?: boolean;
}

/** Where the reader thread's code is, or null when this build has none (then read in-line). */
export function readerEntry(): ReaderEntry | null {
  if (__filename.endsWith('.ts')) {
    // Running from source: the worker needs the same TypeScript loader as this process.
    return { file: join(__dirname, 'reader-worker.ts'), typescript: true };
  }
  const candidates = [join(__dirname, 'import-worker.js'), join(__dirname, '..', 'import-worker.js')];
  const file = candidates.find((c) => existsSync(c));
  return file ? { file } : null;
}

/** How long a stopped reader may take to close its archive before it is terminated. */
const STOP_GRACE_MS = 2000;

export class ReaderThread {
  private readonly worker: Worker;
  private readonly queue: FromReader[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private exited = false;
  private finished = false;
  private readonly exit: Promise<void>;

  constructor(entry: ReaderEntry, job: ReaderJob, private readonly sink: ReadSink, signal?: AbortSignal) {
    this.worker = entry.typescript
      ? new Worker(`require('tsx/cjs');\nrequire(${JSON.stringify(entry.file)});`, { eval: true, workerData: job })
      : new Worker(entry.file, { workerData: job });
    // A cancel while waiting for a batch (a large member with no records yet) must not wait for it.
    signal?.addEventListener('abort', () => {
      this.failure ??= new ReadCancelled('cancelled');
      this.notify();
    }, { once: true });
    this.worker.on('message', (m: FromReader) => {
      this.queue.push(m);
      this.notify();
    });
    this.worker.on('error', (err: Error) => {
      this.failure ??= err;
      this.notify();
    });
    this.exit = new Promise((resolve) => {
      this.worker.on('exit', (code) => {
        this.exited = true;
        if (!this.finished) this.failure ??= new Error(`the import's reader thread stopped unexpectedly (exit code ${code})`);
        this.notify();
        resolve();
      });
    });
  }

  /**
   * The records, batch by batch, in the order the importer yielded them, each batch with the raw
   * blocks closed while it was read (for RecordWriter.addPackedBlocks before its records; the
   * last blocks come with no records). Throws the reader's error.
   */
  async *batches(): AsyncGenerator<{ records: ImportRecord[]; blocks: PackedBlock[] }> {
    for (;;) {
      const m = this.queue.shift();
      if (m === undefined) {
        if (this.failure) throw this.failure;
        await new Promise<void>((r) => (this.wake = r));
        continue;
      }
      if (m.bytes > 0 && m.member !== null) this.sink.bytes(m.bytes, m.member);
      replay(m.events, this.sink);
      if (m.t === 'error') {
        this.finished = true;
        throw fromWire(m.error);
      }
      if (m.t === 'done') {
        this.finished = true;
        if (m.blocks !== undefined) yield { records: [], blocks: decodeBlocks(m.blocks) };
        return;
      }
      if (m.json === null) continue;
      this.post({ t: 'ack' });
      yield { records: decodeBatch(m.json, m.raws ?? '', m.n), blocks: decodeBlocks(m.blocks) };
    }
  }

  /** Ends the thread: at once when it is done, else after asking it to close its archive. */
  async stop(): Promise<void> {
    if (this.exited) return;
    if (!this.finished) this.post({ t: 'stop' });
    this.finished = true;
    const timer = setTimeout(() => void this.worker.terminate(), STOP_GRACE_MS);
    await this.exit;
    clearTimeout(timer);
  }

  private post(m: ToReader): void {
    if (!this.exited) this.worker.postMessage(m);
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
