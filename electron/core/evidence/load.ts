/**
 * Loads everything the evidence layer reads from disk in one call: IP intelligence, host
 * knowledge (with the airport list) and country distances. The packaged app passes its
 * resources folder; dev, tests and the CLI find the project's `resources/generated`.
 */
import type { DataVersion, DatasetCredit } from '../../../shared/domain';
import { computeDataVersion } from './data-version';
import { resolveGeneratedDir } from './data-dir';
import { airportCountryDistance, type CountryDistance } from './geo';
import { createHostKnowledge, type HostKnowledge } from './host-knowledge';
import { createIataLookup, loadIataTable, type IataLookup } from './iata';
import { loadIpIntel, type IpIntel } from './ip-intel';

export interface EvidenceKit {
  ip: IpIntel;
  iata: IataLookup;
  hosts: HostKnowledge;
  distance: CountryDistance;
  datasets: DatasetCredit[];
  /** Which data and rules this kit answers from (data-version.ts); hashed on first call. */
  dataVersion(): DataVersion;
}

export function loadEvidenceKit(dir?: string): EvidenceKit {
  const base = resolveGeneratedDir(dir);
  const ip = loadIpIntel(base);
  const airports = loadIataTable(base);
  const iata = createIataLookup(airports);
  let version: DataVersion | undefined;
  return {
    ip, iata, hosts: createHostKnowledge(iata), distance: airportCountryDistance(airports), datasets: ip.datasets,
    dataVersion: () => (version ??= computeDataVersion(base, ip.datasets)),
  };
}
