/**
 * Streams a TikTok `user_data*.json` as record-sized units, never holding the document.
 *
 * TikTok nests everything as `{Top: {Section: {ListKey: value}}}`, so records sit at depth 4
 * (`$.Top.Section.ListKey[i]`) and DM messages one deeper (`…ChatHistory["Chat History with x:"][i]`).
 * We run @streamparser/json's JSONParser with `paths` selecting depths 1–4 (and depth 5 under the
 * chat list keys) and hand every selected value out as a unit, then cut it from its parent.
 *
 * Why `keepStack: true` plus our own cutting instead of `keepStack: false`: the library only
 * drops an emitted value when no ancestor is selected too, and we need the ancestors (depths
 * 1–3) to see null lists, `{}` sections, strings such as `AdInterestCategories` and unexpected
 * shapes. Cutting ourselves keeps memory flat: a list holds at most the item being built.
 * Objects of scalars at depth 3 (`ProfileMap`, a single `LocationData` record) stay whole and
 * arrive with their end unit; `modeOf` can ask for a whole section to be kept that way.
 */
import { JSONParser, TokenType } from '@streamparser/json';
import { describeJsonError, tokenWord } from '../common/json-errors';
import type { JsonKey } from '../common/json-pointer';
import { textChunks, type TextInfo } from '../common/text-decoding';
import { MemberError } from '../types';

/** How the children of `Top > Section > ListKey` are delivered. */
export type ChildMode =
  /** Depth-4 containers and list entries are units (records); scalars of an object stay in it. */
  | 'items'
  /** Depth-4 values of an object stay in it; the depth-3 object arrives whole. */
  | 'whole'
  /** Depth-4 values are groups; the entries of each group (depth 5) are units. */
  | 'nested';

export interface JsonUnit {
  /**
   * `item`: a record-sized value, cut from the tree. `end`: a container at depth 1–3 (or a
   * nested group at depth 4) has finished — its value is what is left after its items were cut
   * (an empty shell, a whole object, or a scalar such as null or a string).
   */
  kind: 'item' | 'end';
  path: JsonKey[];
  value: unknown;
}

export interface JsonStreamOptions {
  member: string;
  modeOf(top: string, section: string, list: string): ChildMode;
  /** List keys whose children are groups (chats); read one level deeper. Must not contain `.`. */
  nestedListKeys: readonly string[];
  /** For the message when the top level is not an object, e.g. `a JSON object with TikTok sections`. */
  expected: string;
  signal?: AbortSignal;
}

export interface JsonStreamInfo extends TextInfo {
  /** Whether any JSON token was seen (false for an empty or whitespace-only member). */
  sawValue: boolean;
}

function pathOf(stack: readonly { key?: JsonKey }[], key: JsonKey): JsonKey[] {
  const p: JsonKey[] = [];
  for (let i = 1; i < stack.length; i++) p.push(stack[i]?.key as JsonKey);
  p.push(key);
  return p;
}

function cut(parent: unknown, key: JsonKey): void {
  // Children are cut as they arrive, so an array holds only the one being emitted.
  if (Array.isArray(parent)) parent.length = 0;
  else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[key as string];
}

function isContainer(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

/**
 * Yields the units of each chunk as one batch: an async hop per chunk rather than per record,
 * which matters at millions of records.
 */
export async function* streamJsonUnits(
  source: AsyncIterable<unknown>,
  opts: JsonStreamOptions,
  info: JsonStreamInfo,
): AsyncGenerator<JsonUnit[]> {
  const { member } = opts;
  const parser = new JSONParser({
    paths: ['$.*', '$.*.*', '$.*.*.*', '$.*.*.*.*', ...opts.nestedListKeys.map((k) => `$.*.*.${k}.*.*`)],
    keepStack: true,
  });
  const modes = new Map<string, ChildMode>();
  const modeOf = (top: JsonKey | undefined, section: JsonKey | undefined, list: JsonKey | undefined): ChildMode => {
    if (typeof top !== 'string' || typeof section !== 'string' || typeof list !== 'string') return 'items';
    const cacheKey = `${top}\u0000${section}\u0000${list}`;
    let mode = modes.get(cacheKey);
    if (mode === undefined) {
      mode = opts.modeOf(top, section, list);
      modes.set(cacheKey, mode);
    }
    return mode;
  };

  let pending: JsonUnit[] = [];
  let lastTokenByte = 0;
  parser.onToken = ({ token, offset }) => {
    if (!info.sawValue) {
      info.sawValue = true;
      if (token !== TokenType.LEFT_BRACE) {
        throw new MemberError(member, `expected ${opts.expected}; found ${tokenWord(token)} at the top level`);
      }
    }
    lastTokenByte = offset;
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    const depth = stack.length;
    if (depth === 0 || key === undefined) return; // the root itself: everything was handed out already
    const path = (): JsonKey[] => pathOf(stack, key);
    if (depth >= 4) {
      const mode = modeOf(stack[1]?.key, stack[2]?.key, stack[3]?.key);
      if (depth === 5) {
        if (mode !== 'nested' || !Array.isArray(parent)) return; // stays inside its group
        pending.push({ kind: 'item', path: path(), value });
        cut(parent, key);
        return;
      }
      if (mode === 'nested') {
        pending.push({ kind: 'end', path: path(), value });
        cut(parent, key);
        return;
      }
      if (Array.isArray(parent) || (mode === 'items' && isContainer(value))) {
        pending.push({ kind: 'item', path: path(), value });
        cut(parent, key);
      }
      return; // a scalar field of a depth-3 object: delivered with that object
    }
    pending.push({ kind: 'end', path: path(), value });
    cut(parent, key);
  };

  const errorAt = (err: unknown): Error => {
    if (err instanceof MemberError) return err;
    const utf16 = info.encoding !== 'utf-8';
    return new MemberError(member, describeJsonError(err, {
      lastTokenByte,
      endByte: info.bytesRead,
      offsetBase: utf16 ? 0 : info.bomBytes,
      note: utf16 ? ' (counted in UTF-8 after decoding UTF-16)' : '',
    }));
  };

  for await (const chunk of textChunks(source, member, { bytes: true, signal: opts.signal }, info)) {
    try {
      parser.write(chunk);
    } catch (err) {
      throw errorAt(err);
    }
    if (pending.length > 0) {
      const ready = pending;
      pending = [];
      yield ready;
    }
  }
  if (info.bytesRead === 0) throw new MemberError(member, 'the file is empty');
  if (!info.sawValue) throw new MemberError(member, 'the file holds no JSON, only whitespace');
  try {
    if (!parser.isEnded) parser.end();
  } catch (err) {
    throw errorAt(err);
  }
  if (pending.length > 0) yield pending;
}
