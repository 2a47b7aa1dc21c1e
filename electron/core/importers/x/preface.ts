/**
 * X archive data files are JavaScript, `window.YTD.<name>.part<N> = [ … ]` (reference §5.1).
 * This strips everything up to the first `=` while the member streams — tweets.js can be
 * hundreds of MB, so the file is never read whole — and checks that what was stripped really is
 * that preface: a `.js` without it is not a data file, and reading it as JSON would only give a
 * confusing error.
 */
import { MemberError } from '../types';

/** How far into a file the `=` may be: a preface is ~40 bytes; 1 KB is plenty. */
const MAX_PREFACE = 1024;
const YTD = /^\s*window\.YTD\.([A-Za-z0-9_$]+)\.part(\d+)\s*$/;

export interface Preface {
  /** `tweets`, `ip_audit`, … (the snake-case global name). */
  name: string;
  part: number;
  /** Bytes up to and including the `=`, for error positions in the JSON that follows. */
  bytes: number;
}

function shown(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
}

function expectedMessage(found: string): string {
  return `not an X archive data file: expected it to start with "window.YTD.<name>.part<N> = [", found ${shown(found)}`;
}

/**
 * Passes the text after the preface through; fills `out` once the preface is read. Works on
 * validated UTF-8 bytes and on strings (UTF-16 members arrive decoded).
 */
export async function* stripYtdPreface(
  text: AsyncIterable<Uint8Array | string>,
  member: string,
  out: Partial<Preface> = {},
): AsyncGenerator<Uint8Array | string> {
  let head: Uint8Array | string | null = null;
  let done = false;
  for await (const chunk of text) {
    if (done) {
      yield chunk;
      continue;
    }
    head = head === null ? chunk : join(head, chunk);
    const eq = typeof head === 'string' ? head.indexOf('=') : head.indexOf(0x3d);
    if (eq < 0) {
      if (head.length > MAX_PREFACE) throw new MemberError(member, expectedMessage(asString(head.slice(0, 60))));
      continue;
    }
    const preface = asString(head.slice(0, eq));
    const m = YTD.exec(preface);
    if (!m) throw new MemberError(member, expectedMessage(asString(head.slice(0, Math.max(eq + 3, 40)))));
    out.name = m[1];
    out.part = Number(m[2]);
    out.bytes = Buffer.byteLength(preface, 'utf8') + 1;
    done = true;
    const rest = head.slice(eq + 1);
    head = null;
    if (rest.length > 0) yield rest;
  }
  if (!done) throw new MemberError(member, head === null ? 'the file is empty' : expectedMessage(asString(head)));
}

function asString(part: Uint8Array | string): string {
  return typeof part === 'string' ? part : new TextDecoder().decode(part);
}

function join(a: Uint8Array | string, b: Uint8Array | string): Uint8Array | string {
  if (typeof a === 'string' || typeof b === 'string') return asString(a) + asString(b);
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
