/** TikTok's side of the importer harness (../harness.ts): its output counted the way ExpectedCounts counts the generator's model. */
import type { ImportRecord } from '../../../../shared/records';
import type { ExpectedCounts } from '../../../fixtures/generators/tiktok';
import { baseSummary } from '../harness';

export type Summary = Omit<ExpectedCounts, 'variant' | 'sections'>;

export function summarise(records: readonly ImportRecord[]): Summary {
  const devices = new Set<string>();
  const counterparts = new Set<string>();
  const times: string[] = [];
  for (const r of records) {
    if (r.type === 'fact') continue;
    if (r.device && (r.device.model || r.device.system)) devices.add(`${r.device.model ?? ''}|${r.device.system ?? ''}`);
    if (r.kind === 'message' && r.counterpart) counterparts.add(r.counterpart);
    if (r.time.utc) times.push(r.time.utc);
  }
  // The importer's own UTC strings, compared as written: they must already be ISO to the second.
  times.sort();
  return {
    ...baseSummary(records),
    distinctDevices: devices.size, devices: [...devices].sort(),
    firstEvent: times[0] ?? '', lastEvent: times[times.length - 1] ?? '',
    // In the order the chats were written, as the generator lists them.
    counterparts: [...counterparts],
  };
}
