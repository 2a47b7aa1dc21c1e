/**
 * The Meta side of the importer harness (../harness.ts): the importers a Meta export competes
 * among, and their output counted the way MetaExpected counts the generator's model.
 */
import { facebookImporters } from '../../../../electron/core/importers/facebook';
import { instagramImporters } from '../../../../electron/core/importers/instagram';
import type { Importer } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';
import { isoSeconds } from '../../../fixtures/generators/expected';
import { deviceLabel, type MetaSummary } from '../../../fixtures/generators/meta-expected';
import { baseSummary } from '../harness';

export const META_IMPORTERS: readonly Importer[] = [...instagramImporters, ...facebookImporters];

export function summarise(records: readonly ImportRecord[]): MetaSummary {
  const devices = new Set<string>();
  const advertisers = new Set<string>();
  const offSources = new Set<string>();
  const counterparts = new Set<string>();
  const times: number[] = [];
  let offEvents = 0;
  let geo = 0;
  for (const r of records) {
    if (r.device) devices.add(deviceLabel(r.device));
    if (r.type === 'fact') {
      if (r.fact === 'advertiser') advertisers.add(r.name);
      if (r.fact === 'off_platform') offSources.add(r.name);
      continue;
    }
    if (r.kind === 'message' && r.counterpart) counterparts.add(r.counterpart);
    if (r.offPlatform) {
      offSources.add(r.offPlatform.source);
      offEvents++;
    }
    if (r.geo) geo++;
    if (r.time.utc) times.push(Date.parse(r.time.utc));
  }
  return {
    ...baseSummary(records),
    devices: [...devices].sort(),
    advertisers: [...advertisers].sort(),
    offPlatform: { sources: [...offSources].sort(), events: offEvents },
    firstEvent: times.length > 0 ? isoSeconds(Math.min(...times)) : '',
    lastEvent: times.length > 0 ? isoSeconds(Math.max(...times)) : '',
    counterparts: [...counterparts].sort(),
    geo,
  };
}
