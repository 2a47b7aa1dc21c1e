/**
 * The one streaming JSON engine every importer reads through: a JSON document in, the values at
 * the selected paths out, never the document whole.
 *
 * Selection: JSONPath selectors with `*` wildcards (`$.*`, `$.locations.*`,
 * `$.*.dmConversation.messages.*`, `$.*.*.*.*`), chosen once the first character shows whether
 * the root is an object or an array (the on-device Google Timeline is an object on Android and an
 * array on iOS), or refused for that root with the caller's sentence.
 *
 * Units: every selected value is handed out when it is complete, with its key path, and cut from
 * its parent. Selectors may be ancestors of each other: a selected container arrives after its
 * selected descendants, as what is left of it — its scalar keys, nulls, empty lists, values no
 * selector took (TikTok sections, the containers around X's deep records). That is how the ledger
 * sees keys beside the records without the engine keeping the records.
 *
 * Memory stays flat because nothing completed is kept: a value with no selected ancestor is
 * checked and let go (json-engine.ts walks it without building it), and a selected value is cut
 * from a selected ancestor as it is handed out. What is held at any time is the path down to the
 * value being read, the value itself, plus the unselected values inside a selected container that
 * has not ended yet; callers select the children of containers that can grow (a list of records)
 * rather than leaving them in one.
 *
 * `staysInParent` keeps a selected value in its parent instead (TikTok: the scalar fields of a
 * `ProfileMap` object arrive with that object). Errors are MemberErrors with positions a person
 * can find (json-errors.ts).
 *
 * Input is text already checked by text-decoding.ts (validated UTF-8 bytes or decoded strings).
 */
import { StringDecoder } from 'node:string_decoder';
import { MemberError } from '../types';
import { JsonEngine, JsonTextError, type JsonUnit } from './json-engine';
import { describeJsonError } from './json-errors';
import type { JsonKey } from './json-pointer';

export type { JsonUnit } from './json-engine';

export type JsonRoot = 'object' | 'array';

/** Where error positions are counted from, for messages such as `invalid JSON at byte N`. */
export interface JsonPositions {
  /** Bytes in front of the JSON text (BOM, X preface), added to positions in error messages. */
  offsetBase?: () => number;
  /** Note appended to positions, e.g. for UTF-16 members whose offsets count UTF-8 bytes. */
  positionNote?: () => string;
  /** Bytes of the member read so far, for the "ends before the JSON is complete" message. */
  bytesRead?: () => number;
}

export interface JsonStreamOptions extends JsonPositions {
  member: string;
  /**
   * The JSONPath selectors given the root's kind, or a sentence saying why this root is wrong
   * for the member (`expected a list of activities (a JSON array); found a JSON object`).
   */
  select(root: JsonRoot): readonly string[] | string;
  /**
   * A selected value that stays in its parent (and arrives with it) instead of being handed out.
   * Called with the value's path, the value and whether its parent is a list. Only meaningful
   * when an ancestor is selected too (otherwise the value would be dropped with nothing to hold it).
   */
  staysInParent?: (path: readonly JsonKey[], value: unknown, inList: boolean) => boolean;
  /**
   * What the member should hold, for a root that is a JSON scalar: `expected <this>; found a
   * string at the top level`. Without it such a root is "not a JSON object or list".
   */
  expected?: string;
  /** Fill `info.topKeys` (a walk over every token: only for members whose messages name them). */
  topKeys?: boolean;
  signal?: AbortSignal;
}

export interface JsonStreamInfo {
  root: JsonRoot | null;
  /** Keys of the root object in order, the first 100, with `topKeys: true` (for "no `locations` list" messages). */
  topKeys: string[];
}

export function newJsonStreamInfo(): JsonStreamInfo {
  return { root: null, topKeys: [] };
}

function firstNonSpace(chunk: Uint8Array | string): number {
  for (let i = 0; i < chunk.length; i++) {
    const c = typeof chunk === 'string' ? chunk.charCodeAt(i) : (chunk[i] ?? 0);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return -1;
}

function startText(chunk: Uint8Array | string): string {
  const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk.subarray(0, 64));
  const trimmed = text.trimStart().slice(0, 24);
  return JSON.stringify(trimmed.length < text.trimStart().length ? `${trimmed}…` : trimmed);
}

/** `a string`, `a number`, … for the first character of a scalar JSON value; undefined if it starts none. */
function scalarWord(c: number): string | undefined {
  if (c === 0x22) return 'a string';
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'a number';
  if (c === 0x74) return 'true';
  if (c === 0x66) return 'false';
  if (c === 0x6e) return 'null';
  return undefined;
}

/**
 * Yields the units completed by each chunk as one batch (an async hop per chunk, not per unit:
 * that matters at millions of records). Throws MemberError for a member that is not JSON, has the
 * wrong root, or ends early; units completed before such an error are handed out first, so what
 * is kept from a broken member does not depend on where the chunks happened to break.
 */
export async function* streamJson(
  text: AsyncIterable<Uint8Array | string>,
  opts: JsonStreamOptions,
  info: JsonStreamInfo = newJsonStreamInfo(),
): AsyncGenerator<JsonUnit[]> {
  const { member } = opts;
  let engine: JsonEngine | null = null;
  // Bytes are validated UTF-8 (text-decoding.ts); the decoder only carries a character cut between chunks.
  const decoder = new StringDecoder('utf8');

  const wrap = (err: unknown): Error => {
    if (!(err instanceof JsonTextError)) return err instanceof Error ? err : new Error(String(err));
    return new MemberError(member, describeJsonError(err, {
      endByte: opts.bytesRead?.() ?? 0,
      offsetBase: opts.offsetBase?.() ?? 0,
      note: opts.positionNote?.() ?? '',
    }));
  };
  /** The units completed so far, taken from the engine. */
  const take = (): JsonUnit[] => {
    const ready = engine!.units;
    engine!.units = [];
    return ready;
  };

  for await (const chunk of text) {
    opts.signal?.throwIfAborted();
    if (engine === null) {
      const c = firstNonSpace(chunk);
      if (c < 0) continue; // leading whitespace only, so far
      if (c !== 0x7b && c !== 0x5b) {
        const word = opts.expected === undefined ? undefined : scalarWord(c);
        if (word !== undefined) throw new MemberError(member, `expected ${opts.expected}; found ${word} at the top level`);
        if (opts.expected === undefined) throw new MemberError(member, `not a JSON object or list: the text starts with ${startText(chunk)}`);
        // Not JSON at all, where a caller names what it expects: the walk's error names the byte.
        engine = new JsonEngine([]);
      } else {
        info.root = c === 0x7b ? 'object' : 'array';
        const paths = opts.select(info.root);
        if (typeof paths === 'string') throw new MemberError(member, paths);
        engine = new JsonEngine(paths, opts.staysInParent, opts.topKeys === true && info.root === 'object');
        if (engine.topKeys !== null) info.topKeys = engine.topKeys;
      }
    }
    try {
      engine.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    } catch (err) {
      const ready = take();
      if (ready.length > 0) yield ready;
      throw wrap(err);
    }
    const ready = take();
    if (ready.length > 0) yield ready;
  }
  if (engine === null) throw new MemberError(member, 'the file holds no JSON, only whitespace');
  try {
    const rest = decoder.end();
    if (rest.length > 0) engine.write(rest);
    engine.end();
  } catch (err) {
    const ready = take();
    if (ready.length > 0) yield ready;
    throw wrap(err);
  }
  const ready = take();
  if (ready.length > 0) yield ready;
}
