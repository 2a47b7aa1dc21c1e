/**
 * A per-value size cap applied while the bytes stream, before any parser sees them: a JSON string
 * (or a CSV cell, or a TXT line) longer than the cap is cut at the cap and closed with a visible
 * note, so one hostile 200 MB string costs at most the cap in memory and in the database, and the
 * cut is reported (ledger) instead of passing unnoticed. The member's SHA-256 is taken before this
 * (run-import.ts), so it still names the file as it is.
 *
 * JSON: cuts only between characters and never inside an escape, so the text stays valid JSON.
 * UTF-16 members (a byte-order mark or NUL-interleaved start) pass unchanged: their decoding comes
 * later (text-decoding.ts) and byte positions do not map to characters here.
 */
import { Transform, type TransformCallback } from 'node:stream';

export type CapSyntax = 'json' | 'csv' | 'lines';

/** The default: far above any real value (the longest seen are DM texts and URLs of a few KB). */
export const DEFAULT_VALUE_CAP_BYTES = 1024 * 1024;

export function capSyntaxOf(path: string): CapSyntax | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.js')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.txt')) return 'lines';
  return null;
}

export interface CapReport {
  /** Byte offset (in the member) where the cut value starts. */
  offset: number;
  /** Bytes left out. */
  dropped: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const COMMA = 0x2c;

/**
 * `scan: 'bytewise'` turns off the JSON fast scan (tests compare the two); the default skips
 * runs of bytes that cannot change anything with native searches for the next quote and backslash.
 */
export function valueCap(syntax: CapSyntax, capBytes: number, onCut: (r: CapReport) => void, options: { scan?: 'fast' | 'bytewise' } = {}): Transform {
  return new ValueCap(syntax, capBytes, onCut, options.scan !== 'bytewise');
}

/** What one byte does to the value being read. */
const enum Step {
  /** Counts toward the value's length (may be cut). */
  Content,
  /** Belongs to the value but must not be the first byte cut (inside an escape, a UTF-8 continuation). */
  Glued,
  /** Ends the value; itself kept (a closing quote, a separator, a line end). */
  End,
  /** Outside any value. */
  Outside,
  /** Ends the value, but the byte before it (a held-back closing quote) is part of the ending. */
  EndAfterQuote,
}

class ValueCap extends Transform {
  private position = 0;
  private decided = false;
  private passthrough = false;
  private inValue = false;
  private quoted = false;
  private escape = 0; // JSON: 0 none, 1 after a backslash, 2..5 inside \uXXXX
  private quotePending = false; // CSV: a quote in a quoted cell, closing or the first of ""
  private length = 0;
  private start = 0;
  private dropped = 0;

  constructor(
    private readonly syntax: CapSyntax,
    private readonly cap: number,
    private readonly onCut: (r: CapReport) => void,
    private readonly fast = true,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.decided) {
      this.decided = true;
      this.passthrough = looksUtf16(chunk);
    }
    if (this.passthrough) {
      done(null, chunk);
      return;
    }
    const out: Buffer[] = [];
    let keepFrom = 0;
    const skip = this.fast && this.syntax === 'json';
    /** The next backslash at or after i (chunk.length: none), found once per stretch, not per value. */
    let backslash = -1;
    for (let i = 0; i < chunk.length; i++) {
      if (skip && this.dropped === 0 && this.escape === 0) {
        // Outside a value nothing counts: jump to the next opening quote. Inside one, bytes up to
        // the next quote or backslash only add to its length: take them at once while that
        // length stays within the cap (the byte-by-byte path below makes every cut).
        if (!this.inValue) {
          const q = chunk.indexOf(QUOTE, i);
          if (q === -1) break;
          i = q;
        } else {
          const q = chunk.indexOf(QUOTE, i);
          if (backslash < i) {
            backslash = chunk.indexOf(BACKSLASH, i);
            if (backslash === -1) backslash = chunk.length;
          }
          const stop = Math.min(q === -1 ? chunk.length : q, backslash);
          if (stop > i && this.length + (stop - i) <= this.cap) {
            this.length += stop - i;
            i = stop;
            if (i === chunk.length) break;
          }
        }
      }
      const byte = chunk[i]!;
      const step = this.classify(byte, this.position + i);
      if (this.dropped > 0) {
        if (step === Step.End || step === Step.EndAfterQuote) {
          const closeQuote = step === Step.EndAfterQuote;
          // A quoted CSV cell's closing quote was held back with the cut bytes: it is put back.
          if (closeQuote) this.dropped--;
          out.push(Buffer.from(this.note(closeQuote), 'utf8'));
          this.onCut({ offset: this.start, dropped: this.dropped });
          this.dropped = 0;
          keepFrom = i; // the ending byte itself is kept
        } else {
          this.dropped++;
          keepFrom = i + 1;
        }
        continue;
      }
      if (step === Step.Content && (byte & 0xc0) !== 0x80 && this.length >= this.cap) {
        // The first byte past the cap, at a character boundary and outside any escape.
        if (i > keepFrom) out.push(chunk.subarray(keepFrom, i));
        this.dropped = 1;
        keepFrom = i + 1;
        continue;
      }
      if (step === Step.Content || step === Step.Glued) this.length++;
    }
    if (this.dropped === 0 && keepFrom < chunk.length) out.push(chunk.subarray(keepFrom));
    this.position += chunk.length;
    done(null, out.length === 1 ? out[0] : Buffer.concat(out));
  }

  override _flush(done: TransformCallback): void {
    // The member ended inside a cut value (a truncated file): reported; the parser names the truncation.
    if (this.dropped > 0) this.onCut({ offset: this.start, dropped: this.dropped });
    done();
  }

  private begin(at: number, quoted: boolean): void {
    this.inValue = true;
    this.quoted = quoted;
    this.length = 0;
    this.start = at;
  }

  private classify(byte: number, at: number): Step {
    if (this.syntax === 'json') return this.json(byte, at);
    if (this.syntax === 'csv') return this.csv(byte, at);
    return this.lines(byte, at);
  }

  private json(byte: number, at: number): Step {
    if (!this.inValue) {
      if (byte === QUOTE) this.begin(at, true);
      return Step.Outside;
    }
    if (this.escape === 1) {
      this.escape = byte === 0x75 ? 2 : 0;
      return Step.Glued;
    }
    if (this.escape >= 2) {
      this.escape = this.escape === 5 ? 0 : this.escape + 1;
      return Step.Glued;
    }
    if (byte === QUOTE) {
      this.inValue = false;
      return Step.End;
    }
    if (byte === BACKSLASH) this.escape = 1;
    return Step.Content;
  }

  private csv(byte: number, at: number): Step {
    if (this.quotePending) {
      this.quotePending = false;
      if (byte === QUOTE) return Step.Glued; // "" is one literal quote
      this.inValue = false;
      return this.dropped > 0 ? Step.EndAfterQuote : Step.Outside;
    }
    if (!this.inValue) {
      if (byte === COMMA || byte === NEWLINE || byte === RETURN) return Step.Outside;
      this.begin(at, byte === QUOTE);
      return byte === QUOTE ? Step.Outside : Step.Content;
    }
    if (this.quoted) {
      if (byte === QUOTE) {
        this.quotePending = true;
        return Step.Glued;
      }
      return Step.Content;
    }
    if (byte === COMMA || byte === NEWLINE || byte === RETURN) {
      this.inValue = false;
      return Step.End;
    }
    return Step.Content;
  }

  private lines(byte: number, at: number): Step {
    if (byte === NEWLINE || byte === RETURN) {
      const was = this.inValue;
      this.inValue = false;
      return was ? Step.End : Step.Outside;
    }
    if (!this.inValue) this.begin(at, false);
    return Step.Content;
  }

  private note(closeQuote: boolean): string {
    return `… [cut by Whereabouts: ${this.dropped} more bytes]${closeQuote ? '"' : ''}`;
  }
}

function looksUtf16(chunk: Buffer): boolean {
  if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) return true;
  // UTF-16 without a byte-order mark: NUL bytes among the first characters of a text file.
  const head = chunk.subarray(0, 64);
  return head.length >= 4 && head.includes(0);
}
