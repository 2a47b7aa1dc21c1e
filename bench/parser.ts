/**
 * The importer's streaming JSON parser, configured exactly as the TikTok JSON importer runs it
 * (the common engine in TikTok's layout), with no mapping and no storage: the "bound" an import
 * can at best reach on the same bytes.
 *
 * This file is the one place that names the parser's module, so a move is a one-line change here.
 */
import type { Readable } from 'node:stream';
import type { JsonUnit as EngineUnit } from '../electron/core/importers/common/json-stream';
import { newTikTokJsonInfo, streamTikTokUnits, unitKind } from '../electron/core/importers/tiktok/json-layout';

/** A unit with TikTok's reading of it: `item` (a record-sized value) or `end` (a container finished). */
export type JsonUnit = EngineUnit & { kind: 'item' | 'end' };

/** Streams a user_data*.json byte stream as the importer's units; `onUnits` sees each batch. */
export async function parseUnits(stream: Readable, member: string, onUnits: (units: JsonUnit[]) => void | Promise<void>): Promise<{ units: number; bytes: number }> {
  const info = newTikTokJsonInfo();
  let units = 0;
  for await (const batch of streamTikTokUnits(stream, member, info, { expected: 'a TikTok export' })) {
    units += batch.length;
    // Tagged in place (no copy per unit), so the bound is not slowed by the bench's own bookkeeping.
    for (const u of batch) (u as JsonUnit).kind = unitKind(u.path);
    await onUnits(batch as JsonUnit[]);
  }
  return { units, bytes: info.bytesRead };
}
