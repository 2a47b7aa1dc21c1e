/**
 * Opening a member as checked text, and as a stream of JSON items: the plumbing every JSON or
 * CSV member of Google and X goes through (empty-file check, encoding check, stream cleanup,
 * error positions that count the BOM).
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { MemberError, type ImportContext } from '../types';
import { streamJson, type JsonRoot, type JsonStreamInfo, type JsonUnit } from './json-stream';
import { textChunks, type TextInfo } from './text-decoding';

const indexes = new WeakMap<Inventory, Map<string, InventoryEntry>>();

/** The inventory entry of a member; indexed once per inventory (a Takeout can list 100 000 photos). */
export function entryOf(inventory: Inventory, member: string): InventoryEntry | undefined {
  let index = indexes.get(inventory);
  if (!index) {
    index = new Map(inventory.entries.map((e) => [e.path, e]));
    indexes.set(inventory, index);
  }
  return index.get(member);
}

export function newTextInfo(): TextInfo {
  return { encoding: 'utf-8', bytesRead: 0, bomBytes: 0 };
}

/**
 * The member's text, chunk by chunk: validated UTF-8 bytes (`bytes: true`) or strings. Throws
 * MemberError for an empty member or one that is not text. The stream is always closed.
 */
export async function* memberText(
  ctx: ImportContext,
  member: string,
  opts: { bytes: boolean },
  info: TextInfo = newTextInfo(),
): AsyncGenerator<Uint8Array | string> {
  const entry = entryOf(ctx.inventory, member);
  if (entry && entry.bytes === 0) throw new MemberError(member, 'the file is empty (0 bytes)');
  const stream = await ctx.open(member);
  try {
    yield* textChunks(stream, member, { bytes: opts.bytes, signal: ctx.signal }, info);
  } finally {
    stream.destroy();
  }
  if (info.bytesRead === 0) throw new MemberError(member, 'the file is empty (0 bytes)');
}

/** Error positions for a JSON text that starts after `prefixBytes` (BOM, preface). */
export function jsonPositions(info: TextInfo, prefixBytes: () => number = () => 0): {
  offsetBase: () => number; positionNote: () => string; bytesRead: () => number;
} {
  const utf16 = (): boolean => info.encoding !== 'utf-8';
  return {
    offsetBase: () => (utf16() ? 0 : info.bomBytes) + prefixBytes(),
    positionNote: () => (utf16() ? ' (counted in UTF-8 after decoding UTF-16)' : ''),
    bytesRead: () => info.bytesRead,
  };
}

/**
 * A JSON member's units at the paths `select` chooses for its root (the common engine,
 * json-stream.ts), with the root object's keys in `info.topKeys`.
 */
export function jsonMemberUnits(
  ctx: ImportContext,
  member: string,
  select: (root: JsonRoot) => readonly string[] | string,
  info?: JsonStreamInfo,
): AsyncGenerator<JsonUnit[]> {
  const text = newTextInfo();
  return streamJson(memberText(ctx, member, { bytes: true }, text), {
    member, select, topKeys: true, signal: ctx.signal, ...jsonPositions(text),
  }, info);
}
