/**
 * The engine's syntax errors as a sentence a person can act on
 * (`invalid JSON at byte 1234: unexpected "}"`). Shared by the importers.
 */
import type { JsonTextError } from './json-engine';

export interface JsonErrorPlace {
  /** Bytes of the member read in all (for "the file ends before…"). */
  endByte: number;
  /** Bytes before the JSON text starts (a BOM, an X `window.YTD… =` preface), added to positions. */
  offsetBase: number;
  /** Appended to the position, e.g. ` (counted in UTF-8 after decoding UTF-16)`. */
  note: string;
}

export function describeJsonError(err: JsonTextError, at: JsonErrorPlace): string {
  if (err.char === undefined) {
    return `invalid JSON at byte ${at.endByte}: the file ends before the JSON is complete (truncated?)`;
  }
  const after = err.afterEnd ? ' after the end of the JSON value' : '';
  return `invalid JSON at byte ${at.offsetBase + err.byte}${at.note}: unexpected ${JSON.stringify(err.char)}${after}`;
}
