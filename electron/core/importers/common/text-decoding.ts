/**
 * Turns a member's byte stream into checked text chunks: detects the encoding from a BOM (or the
 * zero-byte pattern of BOM-less UTF-16, which JSON and TikTok TXT both reveal in their first
 * ASCII character), strips the BOM, and refuses bytes that are not valid text — a member that
 * is not UTF-8 must fail loudly, never turn into U+FFFD soup in the timeline.
 *
 * UTF-8 comes out as validated bytes (the JSON engine decodes them itself, a character cut between
 * chunks carried over; the value cap works on bytes before it) or as strings; UTF-16 is decoded and
 * always comes out as strings.
 *
 * Shared by every importer (moved from tiktok/).
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { MemberError } from '../types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface TextInfo {
  encoding: TextEncodingName;
  /** Bytes of the member read so far, BOM included. */
  bytesRead: number;
  /** Length of the byte-order mark that was skipped (0, 2 or 3). */
  bomBytes: number;
}

export interface Sniffed {
  encoding: TextEncodingName | 'utf-32';
  bomBytes: number;
}

/** Encoding from the first bytes (needs up to 4). */
export function sniffEncoding(head: Uint8Array): Sniffed {
  const [b0, b1, b2, b3] = [head[0], head[1], head[2], head[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { encoding: 'utf-32', bomBytes: 4 };
  }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  if (head.length >= 2 && b0 !== 0 && b1 === 0 && (head.length < 4 || b3 === 0)) return { encoding: 'utf-16le', bomBytes: 0 };
  if (head.length >= 2 && b0 === 0 && b1 !== 0 && (head.length < 4 || b2 === 0)) return { encoding: 'utf-16be', bomBytes: 0 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** Index of the first byte that breaks UTF-8, or -1. Only run after a fast check failed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** How many trailing bytes form an incomplete (so far valid-looking) UTF-8 sequence. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

/**
 * Streaming UTF-8 check: validates each chunk with Node's native `isUtf8`, carrying a sequence
 * split across chunk boundaries into the next check.
 */
export class Utf8Guard {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0;

  constructor(private readonly member: string, private readonly baseOffset = 0) {}

  push(chunk: Uint8Array): void {
    const joined = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const tail = incompleteTail(joined);
    const body = tail === 0 ? joined : joined.subarray(0, joined.length - tail);
    if (!isUtf8(body)) this.fail(body);
    this.offset += body.length;
    this.carry = tail === 0 ? new Uint8Array(0) : joined.slice(joined.length - tail);
  }

  end(): void {
    if (this.carry.length > 0) this.fail(this.carry);
  }

  private fail(bytes: Uint8Array): never {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    throw new MemberError(this.member, `not UTF-8 text: invalid byte sequence at byte ${this.baseOffset + this.offset + at}`);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  throw new TypeError('member stream yielded neither bytes nor text');
}

/**
 * Reads a member as text. `bytes: true` yields validated UTF-8 bytes for UTF-8 members (no
 * decoding cost) and strings for UTF-16 ones; `bytes: false` always yields strings.
 * Fills `info` as it goes. Throws MemberError for invalid text; never for an empty member.
 */
export async function* textChunks(
  source: AsyncIterable<unknown>,
  member: string,
  opts: { bytes: boolean; signal?: AbortSignal },
  info: TextInfo,
): AsyncGenerator<Uint8Array | string> {
  let head: Uint8Array = new Uint8Array(0);
  let utf8: Utf8Guard | undefined;
  let decoder: TextDecoder | undefined;

  const emit = function* (bytes: Uint8Array): Generator<Uint8Array | string> {
    if (bytes.length === 0) return;
    if (utf8) {
      utf8.push(bytes);
      if (opts.bytes) yield bytes;
      else {
        const text = (decoder as TextDecoder).decode(bytes, { stream: true });
        if (text) yield text;
      }
      return;
    }
    try {
      const text = (decoder as TextDecoder).decode(bytes, { stream: true });
      if (text) yield text;
    } catch {
      throw new MemberError(member, `not ${info.encoding.toUpperCase()} text: invalid code units near byte ${info.bytesRead}`);
    }
  };

  const start = (): Uint8Array => {
    const sniffed = sniffEncoding(head);
    if (sniffed.encoding === 'utf-32') throw new MemberError(member, 'not UTF-8 text: the file is UTF-32 encoded');
    info.encoding = sniffed.encoding;
    info.bomBytes = sniffed.bomBytes;
    if (sniffed.encoding === 'utf-8') {
      utf8 = new Utf8Guard(member, sniffed.bomBytes);
      // Already validated by the guard, so the decoder never meets bad bytes; not fatal.
      if (!opts.bytes) decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    } else {
      decoder = new TextDecoder(sniffed.encoding, { fatal: true, ignoreBOM: true });
    }
    return head.subarray(sniffed.bomBytes);
  };

  for await (const chunk of source) {
    opts.signal?.throwIfAborted();
    const bytes = toBytes(chunk);
    info.bytesRead += bytes.length;
    if (!utf8 && !decoder) {
      head = concat(head, bytes);
      if (head.length < 4) continue;
      yield* emit(start());
      continue;
    }
    yield* emit(bytes);
  }
  if (!utf8 && !decoder) {
    if (head.length === 0) return;
    yield* emit(start());
  }
  if (utf8) {
    utf8.end();
    if (decoder) {
      const rest = decoder.decode();
      if (rest) yield rest;
    }
  } else if (decoder) {
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new MemberError(member, `not ${info.encoding.toUpperCase()} text: the file ends in the middle of a character`);
    }
  }
}
