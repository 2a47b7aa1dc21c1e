/**
 * The importer's streaming JSON parser, configured exactly as the TikTok JSON importer runs it,
 * with no mapping and no storage: the "bound" an import can at best reach on the same bytes.
 *
 * The generic JSON pieces are being moved to importers/common/ by another engineer; this file is
 * the one place that names the parser's module, so a move is a one-line change here.
 */
import type { Readable } from 'node:stream';
import { streamJsonUnits, type JsonStreamInfo, type JsonUnit } from '../electron/core/importers/tiktok/json-stream';
import { childMode } from '../electron/core/importers/tiktok/json-units';
import { NESTED_LIST_KEYS } from '../electron/core/importers/tiktok/sections';

export type { JsonUnit };

/** Streams a user_data*.json byte stream as the importer's units; `onUnits` sees each batch. */
export async function parseUnits(stream: Readable, member: string, onUnits: (units: JsonUnit[]) => void | Promise<void>): Promise<{ units: number; bytes: number }> {
  const info: JsonStreamInfo = { encoding: 'utf-8', bytesRead: 0, bomBytes: 0, sawValue: false };
  let units = 0;
  const batches = streamJsonUnits(stream, { member, modeOf: childMode, nestedListKeys: NESTED_LIST_KEYS, expected: 'a TikTok export' }, info);
  for await (const batch of batches) {
    units += batch.length;
    await onUnits(batch);
  }
  return { units, bytes: info.bytesRead };
}
