/**
 * The byte source yauzl reads a zip through. We give yauzl our own reader
 * (`fromRandomAccessReader`) instead of letting `yauzl.open` use its bundled fd-slicer, because
 * fd-slicer (yauzl 3.4) crashes the process with "Cannot read properties of null (reading 'fd')"
 * when a member stream is destroyed while a read for another stream of the same zip is queued —
 * exactly what cancelling an import does. Here each range stream owns its in-flight read, and the
 * fd is closed only after every range stream has finished its last read.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

const RANGE_CHUNK = 64 * 1024;

/** Positional reads of [start, end) from a shared fd; never closes the fd itself. */
class RangeStream extends Readable {
  private pos: number;
  private inFlight = false;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: RANGE_CHUNK });
    this.pos = start;
  }

  override _read(size: number): void {
    const n = Math.min(Math.max(size, 1), RANGE_CHUNK, this.end - this.pos);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(n);
    this.inFlight = true;
    fs.read(this.fd, buf, 0, n, this.pos, (err, bytesRead) => {
      this.inFlight = false;
      this.emit('io-done');
      if (this.destroyed) return;
      // yauzl's "unexpected EOF" wording, so errors.ts reads both the same way.
      if (err) return void this.destroy(err);
      if (bytesRead === 0) return void this.destroy(new Error('unexpected EOF: the file ended before the member did'));
      this.pos += bytesRead;
      this.push(buf.subarray(0, bytesRead));
    });
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    // 'close' (which FdReader waits for) must not fire while a read still uses the fd.
    if (this.inFlight) this.once('io-done', () => callback(err));
    else callback(err);
  }
}

export class FdReader extends yauzl.RandomAccessReader {
  private readonly active = new Set<RangeStream>();
  /**
   * While the central directory is walked yauzl makes two tiny reads per entry; with a syscall
   * each, listing a synthetic 65,000-entry zip took 4 s (0.5 s with the window). Reads are served
   * from a window of this many bytes while it is non-zero; it is off for member opens (one small
   * random read each).
   */
  private readAhead = 0;
  private window: { start: number; data: Buffer } | null = null;

  constructor(readonly fd: number) {
    super();
  }

  setReadAhead(bytes: number): void {
    this.readAhead = bytes;
    if (bytes === 0) this.window = null;
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const s = new RangeStream(this.fd, start, end);
    this.active.add(s);
    s.once('close', () => this.active.delete(s));
    return s;
  }

  // yauzl passes bytesRead on and checks it (its typings omit the second argument).
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    if (this.readAhead === 0 || length > this.readAhead) {
      fs.read(this.fd, buffer, offset, length, position, (err, bytesRead) => callback(err, bytesRead));
      return;
    }
    const w = this.window;
    if (w !== null && position >= w.start && position + length <= w.start + w.data.length) {
      w.data.copy(buffer, offset, position - w.start, position - w.start + length);
      // Asynchronous like a real read: yauzl reads the next entry from this callback, and a
      // synchronous answer would recurse once per entry.
      setImmediate(() => callback(null, length));
      return;
    }
    const data = Buffer.allocUnsafe(this.readAhead);
    fs.read(this.fd, data, 0, data.length, position, (err, bytesRead) => {
      if (err) return callback(err);
      this.window = { start: position, data: data.subarray(0, bytesRead) };
      const n = Math.min(bytesRead, length);
      data.copy(buffer, offset, 0, n);
      callback(null, n);
    });
  }

  /** Called by yauzl when the last reference (the zip and every member stream) is gone. */
  override close(callback: (err: Error | null) => void): void {
    const waiting = [...this.active].map((s) => new Promise<void>((resolve) => s.once('close', () => resolve())));
    void Promise.all(waiting).then(() => fs.close(this.fd, (err) => callback(err)));
  }
}
