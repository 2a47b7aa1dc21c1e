/**
 * A streaming CSV reader (RFC 4180): `,` between cells, `"` around cells that hold commas,
 * quotes (doubled: `""`) or line breaks. A record can span lines — Google's Access Log devices
 * CSV puts a multi-line "Device Last Location" in one quoted cell — so records are not lines:
 * each record carries the number of the line it starts on (1-based), which is what `line:N`
 * pointers name.
 *
 * Lenient where real files are sloppy, like Python's csv module: a quote inside an unquoted
 * cell is kept as a character, text after a closing quote is appended to the cell, CRLF / LF /
 * lone CR all end a record, blank lines are skipped. Strict where leniency would hide data
 * loss: a quoted cell still open at the end of the file is an error (the file was cut short).
 *
 * Input is text checked by text-decoding.ts (strings).
 */
import { MemberError } from '../types';

export interface CsvRecord {
  /** Line (1-based) the record starts on. */
  line: number;
  cells: string[];
}

const enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

/**
 * Parses CSV text chunk by chunk; `push` returns the records each chunk completes, `end` the
 * last one. Separate from the async reading so it can be tested on strings.
 */
export class CsvParser {
  private state = State.FieldStart;
  private cell = '';
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  /** The previous chunk ended on a CR (outside quotes): a LF that follows belongs to it. */
  private pendingCr = false;
  /** The last character inside the open quoted cell was a CR. */
  private crInCell = false;
  /** Line on which the open quoted cell started, for the truncation message. */
  private quoteLine = 0;

  constructor(private readonly member: string) {}

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === 0x0a) i = 1;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (c === 0x22) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
            break;
          }
          this.state = State.Unquoted;
        // falls through: the character starts an unquoted cell
        case State.Unquoted:
          if (c === 0x2c) this.endCell();
          else if (c === 0x0a || c === 0x0d) i = this.endRecord(text, i, c, out);
          else this.cell += text[i];
          break;
        case State.Quoted:
          // Line breaks inside a cell are kept as `\n`; a CRLF (even split across chunks) is one.
          if (c === 0x22) {
            this.state = State.QuoteInQuoted;
            this.crInCell = false;
          } else if (c === 0x0d) {
            this.cell += '\n';
            this.line++;
            this.crInCell = true;
          } else if (c === 0x0a) {
            if (!this.crInCell) {
              this.cell += '\n';
              this.line++;
            }
            this.crInCell = false;
          } else {
            this.cell += text[i];
            this.crInCell = false;
          }
          break;
        case State.QuoteInQuoted:
          if (c === 0x22) {
            this.cell += '"';
            this.state = State.Quoted;
          } else if (c === 0x2c) this.endCell();
          else if (c === 0x0a || c === 0x0d) i = this.endRecord(text, i, c, out);
          else {
            this.cell += text[i]; // text after a closing quote: kept, as Python's csv does
            this.state = State.Unquoted;
          }
          break;
      }
    }
    return out;
  }

  /** The last record (a file need not end with a line break). Throws for an unclosed quote. */
  end(): CsvRecord[] {
    if (this.state === State.Quoted) {
      throw new MemberError(this.member, `line ${this.quoteLine}: a quoted cell is never closed (is the file cut short?)`);
    }
    if (this.state === State.FieldStart && this.cells.length === 0) return [];
    this.endCell();
    return this.flush();
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = State.FieldStart;
  }

  private flush(): CsvRecord[] {
    const cells = this.cells;
    this.cells = [];
    const record = { line: this.recordLine, cells };
    // A blank line is one empty cell: not a record.
    return cells.length === 1 && cells[0] === '' ? [] : [record];
  }

  /** Ends the record at a line break; returns the index to continue from (past a CRLF's LF). */
  private endRecord(text: string, i: number, c: number, out: CsvRecord[]): number {
    this.endCell();
    out.push(...this.flush());
    let next = i;
    if (c === 0x0d) {
      if (i + 1 < text.length) {
        if (text.charCodeAt(i + 1) === 0x0a) next = i + 1;
      } else {
        this.pendingCr = true;
      }
    }
    this.line++;
    this.recordLine = this.line;
    return next;
  }
}

/** Yields the records each text chunk completes, as one batch. */
export async function* readCsvRecords(
  text: AsyncIterable<Uint8Array | string>,
  member: string,
  signal?: AbortSignal,
): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(member);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of text) {
    signal?.throwIfAborted();
    const records = parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (records.length > 0) yield records;
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}

/**
 * A record as an object of header → cell (the `raw` of a CSV record). A repeated header gets
 * ` (2)`, ` (3)`; cells beyond the header are kept as `column N`.
 */
export function recordObject(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const n = Math.max(header.length, cells.length);
  for (let i = 0; i < n; i++) {
    let name = header[i] ?? `column ${i + 1}`;
    if (name in out) {
      let k = 2;
      while (`${name} (${k})` in out) k++;
      name = `${name} (${k})`;
    }
    out[name] = cells[i] ?? '';
  }
  return out;
}
