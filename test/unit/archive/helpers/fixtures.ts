/** Real files on disk for the archive tests: yazl zips, byte surgery, temp dirs, fd counts. */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export function tempDir(prefix = 'whereabouts-archive-'): string {
  return fs.mkdtempSync(nodePath.join(os.tmpdir(), prefix));
}

export interface YazlEntry {
  name: string;
  data?: Buffer | string;
  /** A fresh stream of the member's bytes (for large members). */
  stream?: () => Readable;
  compress?: boolean;
  directory?: boolean;
}

export async function writeYazl(path: string, entries: YazlEntry[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    if (e.directory) zip.addEmptyDirectory(e.name);
    else if (e.stream) zip.addReadStream(e.stream(), e.name, { compress: e.compress ?? true });
    else zip.addBuffer(Buffer.from(e.data ?? ''), e.name, { compress: e.compress ?? true });
  }
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(path));
  return path;
}

/** Deterministic, mildly compressible bytes (text-like), generated in chunks. */
export function patternStream(totalBytes: number, chunk = 256 * 1024): Readable {
  let produced = 0;
  let seed = 12345;
  return new Readable({
    read() {
      if (produced >= totalBytes) return void this.push(null);
      const n = Math.min(chunk, totalBytes - produced);
      const buf = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        buf[i] = 0x61 + ((seed >>> 16) % 16); // 16 letters: deflates roughly 2:1
      }
      produced += n;
      this.push(buf);
    },
  });
}

/** Byte offset of the central directory record for `name` (first match). */
export function centralRecordOffset(zip: Buffer, name: string): number {
  const wanted = Buffer.from(name, 'utf8');
  for (let i = zip.length - 46; i >= 0; i--) {
    if (zip.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLen = zip.readUInt16LE(i + 28);
    if (zip.subarray(i + 46, i + 46 + nameLen).equals(wanted)) return i;
  }
  throw new Error(`no central record for ${name}`);
}

/** Offset of the first byte of `name`'s stored data (through its local header). */
export function dataOffset(zip: Buffer, name: string): number {
  const central = centralRecordOffset(zip, name);
  const local = zip.readUInt32LE(central + 42);
  return local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
}

export function setCentralUncompressedSize(zip: Buffer, name: string, size: number): void {
  zip.writeUInt32LE(size, centralRecordOffset(zip, name) + 24);
}

/** Open file descriptors of this process (Linux), or null where /proc is missing. */
export function openFdCount(): number | null {
  try {
    return fs.readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Flip bits of one byte in place (noUncheckedIndexedAccess makes `buf[i] ^= x` awkward). */
export function flipByte(buf: Buffer, at: number, mask = 0xff): void {
  buf.writeUInt8(buf.readUInt8(at) ^ mask, at);
}
