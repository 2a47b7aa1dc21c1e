/**
 * Turning @streamparser/json's error text into a sentence a person can act on
 * (`invalid JSON at byte 1234: unexpected "}"`). Shared by the importers.
 */
import { TokenType } from '@streamparser/json';

const TOKEN_WORDS: Partial<Record<number, string>> = {
  [TokenType.LEFT_BRACE]: 'an object', [TokenType.LEFT_BRACKET]: 'an array', [TokenType.STRING]: 'a string',
  [TokenType.NUMBER]: 'a number', [TokenType.TRUE]: 'true', [TokenType.FALSE]: 'false', [TokenType.NULL]: 'null',
};

/** `an array`, `a string`, … for a first token, in messages such as "found an array at the top level". */
export function tokenWord(token: number): string {
  return TOKEN_WORDS[token] ?? 'something else';
}

export interface JsonErrorPlace {
  /** Offset of the last token the tokenizer accepted, relative to the JSON text. */
  lastTokenByte: number;
  /** Bytes of the member read in all (for "the file ends before…"). */
  endByte: number;
  /** Bytes before the JSON text starts (a BOM, an X `window.YTD… =` preface), added to positions. */
  offsetBase: number;
  /** Appended to the position, e.g. ` (counted in UTF-8 after decoding UTF-16)`. */
  note: string;
}

/** Rewrites the library's error text as `invalid JSON at byte N: …` for a person to read. */
export function describeJsonError(err: unknown, at: JsonErrorPlace): string {
  const message = err instanceof Error ? err.message : String(err);
  const unexpectedChar = /^Unexpected "([\s\S]*)" at chunk position "\d+" \(absolute position "(\d+)"\) in state (\w+)/.exec(message);
  if (unexpectedChar) {
    const where = at.offsetBase + Number(unexpectedChar[2]);
    const after = unexpectedChar[3] === 'ENDED' ? ' after the end of the JSON value' : '';
    return `invalid JSON at byte ${where}${at.note}: unexpected ${JSON.stringify(unexpectedChar[1])}${after}`;
  }
  if (/ended in the middle of a token|ended in mid-parsing/.test(message)) {
    return `invalid JSON at byte ${at.endByte}: the file ends before the JSON is complete (truncated?)`;
  }
  const unexpectedToken = /^Unexpected \w+ \(([\s\S]*)\) in state (\w+)/.exec(message);
  if (unexpectedToken) {
    return `invalid JSON at byte ${at.offsetBase + at.lastTokenByte}${at.note}: unexpected ${unexpectedToken[1]}`;
  }
  return `invalid JSON at byte ${at.offsetBase + at.lastTokenByte}${at.note}: ${message}`;
}
