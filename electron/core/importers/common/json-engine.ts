/**
 * The grammar behind the streaming engine (json-stream.ts): text in, in windows of any size,
 * selected values out. It walks character by character only where a selector reaches below a
 * value (the containers around the records: a handful per file); a value read whole (a record,
 * or anything inside one) is found by a fast unchecked scan for its closing bracket and handed
 * to `JSON.parse`, the runtime's own parser, which checks it. A value nobody needs (no selector
 * at or below it, no selected ancestor) is walked and checked without being built. So a file is
 * checked end to end, and the cost per record is a scan and a native parse.
 *
 * Positions: errors carry the UTF-8 byte offset in the text fed (`JsonTextError.byte`).
 */
import type { JsonKey } from './json-pointer';
import { matchChild, NO_MATCH, selectorTrie, wildOnly, type ChildMatch, type SelectorNode } from './json-selectors';
import {
  JsonSyntaxError, NEED_MORE, readLiteral, readNumber, readString, scanContainer, skipSpace, unexpected, type ScanState,
} from './json-tokens';

export interface JsonUnit {
  /** Key path from the root to the value (`[3]`, `['locations', 17]`). */
  path: JsonKey[];
  /** The value; a container arrives without the selected values that were handed out before it. */
  value: unknown;
  /** A container read whole from compact text (no whitespace between tokens): that text, as written. */
  text?: string;
}

export type StaysInParent = (path: readonly JsonKey[], value: unknown, inList: boolean) => boolean;

/**
 * Every token of a document, for readers that build no records (a format's head scan, the shape
 * of a member): an engine with a sink and no selectors walks the whole text and reports it.
 */
export interface JsonTokenSink {
  open(isArray: boolean): void;
  close(isArray: boolean): void;
  key(key: string): void;
  scalar(value: string | number | boolean | null): void;
}

/** A syntax error with its place in the text as UTF-8 bytes. */
export class JsonTextError extends Error {
  constructor(
    /** Byte offset of the offending character, or of the end of the text for `char: undefined`. */
    readonly byte: number,
    readonly char: string | undefined,
    readonly afterEnd: boolean,
  ) {
    super(char === undefined ? 'the text ends before the JSON is complete' : `unexpected ${JSON.stringify(char)} at byte ${byte}`);
  }
}

const SCAN_CHECK_FIRST = 1 << 20;
/** Held characters of an unfinished value past which more text is gathered before the scan goes on. */
const GATHER_AFTER = 1 << 20;

const enum State { Value, ObjFirst, ObjKey, Colon, ObjAfter, ArrFirst, ArrAfter, End }

interface Frame {
  readonly isArray: boolean;
  /** Holds its values: it is selected, or an ancestor is. */
  readonly build: boolean;
  readonly selected: boolean;
  readonly value: Record<string, unknown> | unknown[] | null;
  /** The key of the child being read (an index in a list). */
  key: JsonKey;
  readonly nodes: readonly SelectorNode[];
  /** The match every child shares when only `*` lies below (undefined: not worked out yet; null: keys differ). */
  wild: ChildMatch | null | undefined;
}

function put(frame: Frame, value: unknown): void {
  if (frame.isArray) (frame.value as unknown[]).push(value);
  else if (frame.key === '__proto__') {
    // A plain assignment would set the prototype; JSON.parse makes it an own key, and so does this.
    Object.defineProperty(frame.value, '__proto__', { value, writable: true, enumerable: true, configurable: true });
  } else (frame.value as Record<string, unknown>)[frame.key as string] = value;
}

export class JsonEngine {
  /** Units completed since the caller last took them. */
  units: JsonUnit[] = [];
  /** Keys of the root object, the first 100, when asked for. */
  readonly topKeys: string[] | null;

  private text = '';
  private pos = 0;
  private bytesBefore = 0;
  private readonly stack: Frame[] = [];
  private state = State.Value;
  private readonly root: ChildMatch;
  /** Start of the value being scanned whole, or -1. */
  private scanStart = -1;
  private readonly scan: ScanState = { pos: 0, depth: 0, spaced: false };
  /**
   * Characters of an unfinished scan after which what it holds is checked. The scan looks only at
   * brackets and quotes, so one stray quote would have it read to the end of the file, held in
   * memory, before JSON.parse could refuse it; checked at each doubling, a broken value is caught
   * within twice its good part, at a linear cost for a good one.
   */
  private scanCheckAt = SCAN_CHECK_FIRST;
  /**
   * Text gathered while a value read whole is longer than GATHER_AFTER: appended to the held text
   * once it is as long, so a value spanning many windows is copied a few times in all, not once
   * per window (quadratic: a 40 MB record took 11 s in 64 KB windows).
   */
  private gathered: string[] = [];
  private gatheredLength = 0;

  constructor(
    selectors: readonly string[],
    private readonly staysInParent?: StaysInParent,
    topKeys = false,
    /** Told every token (only with no selectors: selected values are read whole, not walked). */
    private readonly sink?: JsonTokenSink,
  ) {
    if (sink !== undefined && selectors.length > 0) throw new Error('internal: a token sink walks the whole document; it takes no selectors');
    const trie = selectorTrie(selectors);
    this.root = trie.children.size > 0 ? { selected: false, nodes: [trie] } : NO_MATCH;
    this.topKeys = topKeys ? [] : null;
  }

  /** Reads the next window of text. Throws JsonTextError. */
  write(text: string): void {
    if (this.scanStart >= 0) {
      const held = this.text.length - this.scanStart;
      if (held >= GATHER_AFTER) {
        this.gathered.push(text);
        this.gatheredLength += text.length;
        if (this.gatheredLength < held) return;
        text = this.takeGathered();
      }
    }
    this.text = this.text.length === 0 ? text : this.text + text;
    this.run(false);
  }

  /** No more text: throws JsonTextError if the JSON is not complete. */
  end(): void {
    if (this.gathered.length > 0) this.text += this.takeGathered();
    this.run(true);
    if (this.state !== State.End) throw this.textError(new JsonSyntaxError(this.text.length, undefined));
  }

  private takeGathered(): string {
    const text = this.gathered.join('');
    this.gathered = [];
    this.gatheredLength = 0;
    return text;
  }

  get ended(): boolean {
    return this.state === State.End;
  }

  private textError(err: JsonSyntaxError): JsonTextError {
    const byte = this.bytesBefore + Buffer.byteLength(this.text.slice(0, err.index));
    return new JsonTextError(byte, err.char, err.afterEnd);
  }

  private run(final: boolean): void {
    let i = this.pos;
    try {
      i = this.steps(i, final);
    } catch (err) {
      if (err instanceof JsonSyntaxError) throw this.textError(err);
      throw err;
    }
    // Keep the text from the token or value not finished yet; count the bytes let go.
    const keep = this.scanStart >= 0 ? this.scanStart : i;
    if (keep > 0) {
      this.bytesBefore += keep === this.text.length ? Buffer.byteLength(this.text) : Buffer.byteLength(this.text.slice(0, keep));
      this.text = keep === this.text.length ? '' : this.text.slice(keep);
      if (this.scanStart >= 0) {
        this.scan.pos -= keep;
        this.scanStart = 0;
      }
    }
    this.pos = i - keep;
  }

  /** Advances through the text; returns where to go on from (a token's start when it is cut). */
  private steps(from: number, final: boolean): number {
    const text = this.text;
    const n = text.length;
    let i = from;
    if (this.scanStart >= 0) {
      const end = scanContainer(text, this.scan);
      if (end === NEED_MORE) return this.unfinished(text, i, final);
      this.completeWhole(text, end, this.childMatch().selected);
      i = end;
    }
    for (;;) {
      i = skipSpace(text, i);
      if (i >= n) return i;
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.Value: {
          const next = this.value(text, i, c, final);
          if (next === NEED_MORE) return i;
          i = next;
          break;
        }
        case State.ObjFirst:
        case State.ObjKey: {
          if (c === 0x7d && this.state === State.ObjFirst) {
            this.close();
            i++;
            break;
          }
          if (c !== 0x22) throw unexpected(text, i);
          const end = readString(text, i);
          if (end === NEED_MORE) return i;
          const key = JSON.parse(text.slice(i, end)) as string;
          const frame = this.stack[this.stack.length - 1]!;
          frame.key = key;
          this.sink?.key(key);
          if (this.topKeys !== null && this.stack.length === 1 && this.topKeys.length < 100) this.topKeys.push(key);
          this.state = State.Colon;
          i = end;
          break;
        }
        case State.Colon:
          if (c !== 0x3a) throw unexpected(text, i);
          this.state = State.Value;
          i++;
          break;
        case State.ObjAfter:
        case State.ArrAfter: {
          const array = this.state === State.ArrAfter;
          if (c === 0x2c) {
            if (array) {
              const frame = this.stack[this.stack.length - 1]!;
              frame.key = (frame.key as number) + 1;
              this.state = State.Value;
            } else this.state = State.ObjKey;
            i++;
          } else if (c === (array ? 0x5d : 0x7d)) {
            this.close();
            i++;
          } else throw unexpected(text, i);
          break;
        }
        case State.ArrFirst:
          if (c === 0x5d) {
            this.close();
            i++;
          } else this.state = State.Value; // the same character starts the first value
          break;
        case State.End:
          throw unexpected(text, i, true);
      }
    }
  }

  /** A value read whole has not ended in the text so far: check it when it has grown (or the text ended). */
  private unfinished(text: string, result: number, final: boolean): number {
    const held = text.length - this.scanStart;
    if (final || held >= this.scanCheckAt) {
      const found = firstError(text.slice(this.scanStart), this.scanStart, final);
      if (found !== null) throw found;
      this.scanCheckAt = held * 2;
    }
    return result;
  }

  private childMatch(): ChildMatch {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return this.root;
    if (top.nodes.length === 0) return NO_MATCH;
    if (top.wild === undefined) top.wild = wildOnly(top.nodes) ? matchChild(top.nodes, '*') : null;
    return top.wild ?? matchChild(top.nodes, top.key);
  }

  /** A value starts at `i` (character `c`): walk into it, read it whole, or pass over it. */
  private value(text: string, i: number, c: number, final: boolean): number {
    const m = this.childMatch();
    const top = this.stack[this.stack.length - 1];
    const container = c === 0x7b || c === 0x5b;
    if (container && m.nodes.length > 0) return this.open(c, m.selected, m.nodes, i);
    if (!m.selected && !(top?.build ?? false)) {
      if (container) return this.open(c, false, [], i);
      const end = this.scalarEnd(text, i, c, final);
      if (end !== NEED_MORE) {
        this.sink?.scalar(scalarOf(text, i, end, c));
        this.afterValue();
      }
      return end;
    }
    if (container) {
      this.scanStart = i;
      this.scan.pos = i + 1;
      this.scan.depth = 1;
      this.scan.spaced = false;
      const end = scanContainer(text, this.scan);
      if (end === NEED_MORE) return this.unfinished(text, NEED_MORE, final);
      this.completeWhole(text, end, m.selected);
      return end;
    }
    const end = this.scalarEnd(text, i, c, final);
    if (end === NEED_MORE) return NEED_MORE;
    this.complete(scalarOf(text, i, end, c), m.selected);
    return end;
  }

  private scalarEnd(text: string, i: number, c: number, final: boolean): number {
    if (c === 0x22) return readString(text, i);
    if (c === 0x74) return readLiteral(text, i, 'true');
    if (c === 0x66) return readLiteral(text, i, 'false');
    if (c === 0x6e) return readLiteral(text, i, 'null');
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return readNumber(text, i, final);
    throw unexpected(text, i);
  }

  private open(c: number, selected: boolean, nodes: readonly SelectorNode[], i: number): number {
    const isArray = c === 0x5b;
    const build = selected || (this.stack[this.stack.length - 1]?.build ?? false);
    this.stack.push({ isArray, build, selected, value: build ? (isArray ? [] : {}) : null, key: isArray ? 0 : '', nodes, wild: undefined });
    this.sink?.open(isArray);
    this.state = isArray ? State.ArrFirst : State.ObjFirst;
    return i + 1;
  }

  private close(): void {
    const frame = this.stack.pop()!;
    this.sink?.close(frame.isArray);
    if (this.stack.length === 0) {
      this.state = State.End;
      return;
    }
    this.complete(frame.value, frame.selected);
  }

  /** The container scanned whole, `text[scanStart, end)`, checked by JSON.parse (or located by a walk when it fails); the scan ends. */
  private completeWhole(text: string, end: number, selected: boolean): void {
    const start = this.scanStart;
    this.scanStart = -1;
    this.scanCheckAt = SCAN_CHECK_FIRST;
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (err) {
      throw locate(slice, start, err);
    }
    this.complete(value, selected, this.scan.spaced ? undefined : slice);
  }

  /** A value is complete at the top frame's current key (`text`: its compact text, when read whole). */
  private complete(value: unknown, selected: boolean, text?: string): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      // The root: never selected (no selector is `$`), and a root scalar is refused before this.
      this.afterValue();
      return;
    }
    if (selected) {
      const path = new Array<JsonKey>(this.stack.length);
      for (let k = 0; k < this.stack.length; k++) path[k] = this.stack[k]!.key;
      if (this.staysInParent?.(path, value, parent.isArray) === true) {
        if (parent.build) put(parent, value);
      } else this.units.push(text === undefined ? { path, value } : { path, value, text });
    } else if (parent.build) put(parent, value);
    this.afterValue();
  }

  private afterValue(): void {
    const top = this.stack[this.stack.length - 1];
    this.state = top === undefined ? State.End : top.isArray ? State.ArrAfter : State.ObjAfter;
  }
}

/** The scalar `text[i, end)` that starts with `c` (checked by the token readers). */
function scalarOf(text: string, i: number, end: number, c: number): string | number | boolean | null {
  if (c === 0x22) return JSON.parse(text.slice(i, end)) as string;
  if (c === 0x74) return true;
  if (c === 0x66) return false;
  if (c === 0x6e) return null;
  return Number(text.slice(i, end));
}

/**
 * The first syntax error in `slice` (a value from its first character), placed in the engine's
 * window; null if there is none so far. `final`: the slice is all there is (an unfinished value is
 * an error then).
 */
function firstError(slice: string, start: number, final: boolean): JsonSyntaxError | null {
  const walker = new JsonEngine([]);
  try {
    walker.write(slice);
    if (final) walker.end();
  } catch (err) {
    if (err instanceof JsonTextError) {
      if (err.char === undefined) return new JsonSyntaxError(start + slice.length, undefined);
      const index = start + Buffer.from(slice).subarray(0, err.byte).toString().length;
      return new JsonSyntaxError(index, err.char, false);
    }
    throw err;
  }
  return null;
}

/** Why JSON.parse refused `slice`, as the walk places it. */
function locate(slice: string, start: number, parseError: unknown): JsonSyntaxError {
  const found = firstError(slice, start, true);
  if (found !== null) return found;
  // Not expected: the walk accepts what JSON.parse refused. Its own words then, at the value's start.
  const error = new JsonSyntaxError(start, slice.charAt(0));
  error.message = parseError instanceof Error ? parseError.message : String(parseError);
  return error;
}
