/** The Google Takeout and X side of the importer harness (../harness.ts): their output counted the way the generators' ImportCounts count the models. */
import type { ImportRecord } from '../../../../shared/records';
import { deviceKeyOf, type ImportCounts } from '../../../fixtures/generators/google-expected';
import { baseSummary } from '../harness';

export function summarise(records: readonly ImportRecord[]): ImportCounts {
  const devices = new Set<string>();
  const apps = new Set<string>();
  const advertisers = new Set<string>();
  const times: number[] = [];
  let withGeo = 0;
  for (const r of records) {
    const key = r.device ? deviceKeyOf(r.device) : null;
    if (key) devices.add(key);
    if (r.type === 'fact') {
      if (r.fact === 'app') apps.add(r.name);
      if (r.fact === 'advertiser') advertisers.add(r.name);
      continue;
    }
    if (r.app) apps.add(r.app);
    if (r.advertiser) advertisers.add(r.advertiser);
    if (r.geo) withGeo++;
    if (r.time.utc) times.push(Date.parse(r.time.utc));
  }
  return {
    ...baseSummary(records),
    devices: [...devices].sort(), apps: [...apps].sort(), advertisers: [...advertisers].sort(),
    firstEvent: times.length ? new Date(Math.min(...times)).toISOString() : '',
    lastEvent: times.length ? new Date(Math.max(...times)).toISOString() : '',
    withGeo,
  };
}
