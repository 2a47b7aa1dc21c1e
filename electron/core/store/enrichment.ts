/**
 * What the store needs from the evidence layer when it first sees an IP or a host. Kept as a
 * narrow interface so the store can be tested with the real evidence engine or without it.
 */
import type { Grade, LocationKind, NetworkKind } from '../../../shared/domain';

export interface IpEnrichment {
  version: 4 | 6 | null;
  country: string | null;
  registryCountry: string | null;
  asn: number | null;
  org: string | null;
  networkKind: NetworkKind;
  provider: string | null;
  special: string | null;
}

export interface HostEnrichment {
  owner: string | null;
  ruleId: string | null;
  grade: Grade;
  location: { label: string; kind: LocationKind; country: string | null; lat: number | null; lon: number | null };
  statement: string;
  basis: string | null;
}

/** A location token in a URL's path (TikTok `tos-maliva-…`), graded apart from the host. */
export interface PathHintEnrichment {
  /** Unique per distinct hint (rule + token), so rows are shared. */
  key: string;
  token: string;
  ruleId: string;
  grade: Grade;
  location: HostEnrichment['location'];
  statement: string;
  basis: string | null;
}

export interface Enricher {
  ip(address: string): IpEnrichment;
  host(name: string): HostEnrichment;
  pathHint(url: string): PathHintEnrichment | null;
}

/** Used when no dataset is available: says plainly that nothing is known. */
export const NO_ENRICHMENT: Enricher = {
  ip: () => ({ version: null, country: null, registryCountry: null, asn: null, org: null, networkKind: 'unknown', provider: null, special: null }),
  host: () => ({
    owner: null, ruleId: null, grade: 'G',
    location: { label: 'unknown', kind: 'none', country: null, lat: null, lon: null },
    statement: 'No known pattern: the location cannot be determined offline.', basis: null,
  }),
  pathHint: () => null,
};
