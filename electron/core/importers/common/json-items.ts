/**
 * Streams the items of the record lists inside one JSON document, never holding the document:
 * `$.*` for a root array (Google My Activity, an X data file after its preface), `$.locations.*`
 * for Google's Records.json, `$.timelineObjects.*`, `$.*.dmConversation.messages.*`, …
 *
 * Which lists hold the items can depend on the root (the on-device Google Timeline is an object
 * on Android and an array on iOS), so the parser is built only once the first character shows
 * whether the root is an object or an array.
 *
 * @streamparser/json runs with `keepStack: false`: an emitted item is cut from its parent as
 * soon as it is handed out, so a list holds at most the item being built. That only works when
 * no selected path is an ancestor of another (an ancestor would keep its children); callers
 * choose their paths accordingly.
 *
 * Input is text already checked by text-decoding.ts (validated UTF-8 bytes or decoded strings).
 */
import { JSONParser, TokenType } from '@streamparser/json';
import { MemberError } from '../types';
import { describeJsonError } from './json-errors';
import type { JsonKey } from './json-pointer';

export type JsonRoot = 'object' | 'array';

export interface JsonItem {
  /** Key path from the root to the item (`[3]`, `['locations', 17]`). */
  path: JsonKey[];
  value: unknown;
  /**
   * The containers from the root down to the item's parent, as far as they are built (items
   * already handed out are gone from them). Only filled when `ancestors: true` — e.g. an X DM
   * reads its conversation's id from the `dmConversation` object around it.
   */
  ancestors?: unknown[];
}

export interface JsonItemsOptions {
  member: string;
  /**
   * The JSONPath selectors of the items, given the root's kind (`$.*`, `$.locations.*`), or a
   * string saying why this root is wrong for the member (`expected an array of activities`).
   */
  itemPaths(root: JsonRoot): readonly string[] | string;
  /** Bytes in front of the JSON text (BOM, X preface), added to positions in error messages. */
  offsetBase?: () => number;
  /** Note appended to positions, e.g. for UTF-16 members whose offsets count UTF-8 bytes. */
  positionNote?: () => string;
  /** Bytes of the member read so far, for the "ends before the JSON is complete" message. */
  bytesRead?: () => number;
  ancestors?: boolean;
  signal?: AbortSignal;
  /**
   * Sees every token (TokenType, and the string/number/literal value), for walks that need the
   * keys of containers that are never selected (X: the keys around deep records), without
   * holding those containers.
   */
  onToken?: (token: TokenType, value: unknown) => void;
}

export interface JsonItemsInfo {
  root: JsonRoot | null;
  /** Keys of the root object, in order (for "no `locations` list" messages). */
  topKeys: string[];
  /** Values in a root array (counted even when the selected items sit deeper inside them). */
  rootItems?: number;
}

const VALUE_START = new Set<number>([
  TokenType.LEFT_BRACE, TokenType.LEFT_BRACKET, TokenType.STRING, TokenType.NUMBER, TokenType.TRUE, TokenType.FALSE, TokenType.NULL,
]);

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

/**
 * Yields the items completed by each chunk as one batch (an async hop per chunk, not per item).
 * Throws MemberError for a member that is not JSON, has the wrong root, or ends early; items
 * handed out before such an error stay handed out (the caller decides what that means).
 */
export async function* streamJsonItems(
  text: AsyncIterable<Uint8Array | string>,
  opts: JsonItemsOptions,
  info: JsonItemsInfo = { root: null, topKeys: [] },
): AsyncGenerator<JsonItem[]> {
  const { member } = opts;
  let parser: JSONParser | null = null;
  let pending: JsonItem[] = [];
  let lastTokenByte = 0;
  // Depth tracking for the root object's keys, the same token walk as a JSON head scan.
  let depth = 0;
  let expectKey = false;

  const build = (root: JsonRoot): JSONParser => {
    const paths = opts.itemPaths(root);
    if (typeof paths === 'string') throw new MemberError(member, paths);
    const p = new JSONParser({ paths: [...paths], keepStack: false });
    info.rootItems = 0;
    const tokenHook = opts.onToken;
    p.onToken = ({ token, value, offset }) => {
      lastTokenByte = offset;
      tokenHook?.(token, value);
      if (depth === 1 && root === 'array' && VALUE_START.has(token)) info.rootItems = (info.rootItems ?? 0) + 1;
      switch (token) {
        case TokenType.LEFT_BRACE: depth++; expectKey = true; break;
        case TokenType.LEFT_BRACKET: depth++; expectKey = false; break;
        case TokenType.RIGHT_BRACE: case TokenType.RIGHT_BRACKET: depth--; expectKey = false; break;
        case TokenType.COMMA: expectKey = depth === 1 && root === 'object'; break;
        case TokenType.STRING:
          if (expectKey && depth === 1 && typeof value === 'string' && info.topKeys.length < 100) info.topKeys.push(value);
          expectKey = false;
          break;
        default: expectKey = false;
      }
    };
    p.onValue = ({ value, key, stack, parent }) => {
      if (key === undefined || stack.length === 0) return;
      const path: JsonKey[] = [];
      for (let i = 1; i < stack.length; i++) path.push(stack[i]?.key as JsonKey);
      path.push(key);
      const item: JsonItem = { path, value };
      if (opts.ancestors) {
        const chain: unknown[] = [];
        for (let i = 1; i < stack.length; i++) chain.push(stack[i]?.value);
        chain.push(parent);
        item.ancestors = chain;
      }
      pending.push(item);
    };
    return p;
  };

  const wrap = (err: unknown): Error => {
    if (err instanceof MemberError) return err;
    return new MemberError(member, describeJsonError(err, {
      lastTokenByte,
      endByte: opts.bytesRead?.() ?? 0,
      offsetBase: opts.offsetBase?.() ?? 0,
      note: opts.positionNote?.() ?? '',
    }));
  };

  for await (const chunk of text) {
    opts.signal?.throwIfAborted();
    if (parser === null) {
      const c = firstNonSpace(chunk);
      if (c < 0) continue; // leading whitespace only, so far
      if (c !== 0x7b && c !== 0x5b) {
        throw new MemberError(member, `not a JSON object or list: the text starts with ${startText(chunk)}`);
      }
      info.root = c === 0x7b ? 'object' : 'array';
      parser = build(info.root);
    }
    try {
      parser.write(chunk);
    } catch (err) {
      // Items completed before the error in this chunk are handed out first, so what is kept
      // from a broken member does not depend on where the chunks happened to break.
      if (pending.length > 0) yield pending;
      throw wrap(err);
    }
    if (pending.length > 0) {
      const ready = pending;
      pending = [];
      yield ready;
    }
  }
  if (parser === null) throw new MemberError(member, 'the file holds no JSON, only whitespace');
  try {
    if (!parser.isEnded) parser.end();
  } catch (err) {
    if (pending.length > 0) yield pending;
    throw wrap(err);
  }
  if (pending.length > 0) yield pending;
}
