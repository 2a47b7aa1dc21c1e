/**
 * JSON text, character by character: the token readers the engine's grammar uses (strings,
 * numbers, literals, each checked to RFC 8259), the fast scan that finds where a value ends
 * without checking it (JSON.parse checks it after), and the syntax error both raise.
 *
 * Readers work on a window of text that may end mid-token: they return NEED_MORE then, and the
 * engine calls again from the token's start once more text has come (`final` says none will).
 */

/** A token or value runs past the end of the text read so far. */
export const NEED_MORE = -1;

/** A syntax error at a character of the text (`index` counts UTF-16 units of the engine's window). */
export class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    /** The offending character; undefined when the text ended before the JSON was complete. */
    readonly char: string | undefined,
    /** The character follows a complete top-level value. */
    readonly afterEnd = false,
  ) {
    super(char === undefined ? 'the text ends before the JSON is complete' : `unexpected ${JSON.stringify(char)}`);
  }
}

export function unexpected(text: string, index: number, afterEnd = false): JsonSyntaxError {
  const code = text.charCodeAt(index);
  // A surrogate pair is one character to a reader.
  const wide = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
  return new JsonSyntaxError(index, text.slice(index, wide ? index + 2 : index + 1), afterEnd);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export function skipSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** The end (after the closing quote) of the string starting at `i` (a `"`), checked. */
export function readString(text: string, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      if (j + 1 >= n) return NEED_MORE;
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = j + 2; k < j + 6; k++) {
          if (k >= n) return NEED_MORE;
          if (!isHex(text.charCodeAt(k))) throw unexpected(text, k);
        }
        j += 5;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        j++;
      } else throw unexpected(text, j + 1);
    } else if (c < 0x20) throw unexpected(text, j);
  }
  return NEED_MORE;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The end of the number starting at `i`, checked up to its last character; what follows is the
 * grammar's to judge (`01` reads `0`, then `1` is unexpected). NEED_MORE at the window's end
 * unless `final`, since more digits may follow.
 */
export function readNumber(text: string, i: number, final: boolean): number {
  const n = text.length;
  let j = i;
  const more = (): number => {
    if (final) throw new JsonSyntaxError(n, undefined);
    return NEED_MORE;
  };
  if (text.charCodeAt(j) === 0x2d) j++;
  if (j >= n) return more();
  let c = text.charCodeAt(j);
  if (c === 0x30) j++;
  else if (c >= 0x31 && c <= 0x39) {
    j++;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  } else throw unexpected(text, j);
  if (j >= n) return final ? j : NEED_MORE;
  c = text.charCodeAt(j);
  if (c === 0x2e) {
    j++;
    if (j >= n) return more();
    if (!isDigit(text.charCodeAt(j))) throw unexpected(text, j);
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j >= n) return final ? j : NEED_MORE;
    c = text.charCodeAt(j);
  }
  if (c === 0x65 || c === 0x45) {
    j++;
    if (j >= n) return more();
    c = text.charCodeAt(j);
    if (c === 0x2b || c === 0x2d) {
      j++;
      if (j >= n) return more();
    }
    if (!isDigit(text.charCodeAt(j))) throw unexpected(text, j);
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j >= n) return final ? j : NEED_MORE;
  }
  return j;
}

/** The end of `word` (true, false, null) expected at `i`. */
export function readLiteral(text: string, i: number, word: string): number {
  const n = text.length;
  for (let k = 0; k < word.length; k++) {
    if (i + k >= n) return NEED_MORE;
    if (text.charCodeAt(i + k) !== word.charCodeAt(k)) throw unexpected(text, i + k);
  }
  return i + word.length;
}

/** Where a fast scan of a container stopped: resumable once more text has come. */
export interface ScanState {
  /** Next index to look at. */
  pos: number;
  /** Containers open at `pos`. */
  depth: number;
  /** Whitespace was seen outside strings (the text is not compact). */
  spaced: boolean;
}

/**
 * Moves `scan` through the container that starts before it to the index after its closing
 * bracket and returns that index, or NEED_MORE with `scan` at a place to resume from (never inside
 * a string). Unchecked: any bracket closes any bracket, and nothing between them is looked at but
 * quotes and backslashes; JSON.parse judges the text after.
 */
export function scanContainer(text: string, scan: ScanState): number {
  const n = text.length;
  let i = scan.pos;
  let depth = scan.depth;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let close = text.indexOf('"', i + 1);
      while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
      if (close === -1) break;
      i = close + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c <= 0x20) scan.spaced = true;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) {
        scan.pos = i + 1;
        scan.depth = 0;
        return i + 1;
      }
    }
    i++;
  }
  scan.pos = i;
  scan.depth = depth;
  return NEED_MORE;
}

/** Whether the quote at `i` is escaped (an odd run of backslashes before it). */
function escaped(text: string, i: number): boolean {
  let k = i - 1;
  while (text.charCodeAt(k) === 0x5c) k--;
  return (i - 1 - k) % 2 === 1;
}
