/**
 * What the store needs from the evidence layer when it first sees an IP, a host or a URL path:
 * a narrow slice of the evidence types, so the store can run with or without the datasets.
 */
import type { Grade } from '../../../shared/domain';
import type { HostMatch } from '../evidence/host-knowledge';
import type { IpInfo } from '../evidence/ip-intel';

export type IpEnrichment = Pick<IpInfo, 'version' | 'country' | 'registryCountry' | 'asn' | 'org' | 'networkKind' | 'provider' | 'networkBasis'> & {
  special: string | null;
};

export type HostEnrichment = Pick<HostMatch, 'owner' | 'ruleId' | 'grade' | 'location' | 'statement' | 'basis'>;

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

/** Function properties, not methods: callers pass them around unbound (`enricher.ip`). */
export interface Enricher {
  ip: (address: string) => IpEnrichment;
  host: (name: string) => HostEnrichment;
  pathHint: (url: string) => PathHintEnrichment | null;
}

/** Used when no dataset is available: says plainly that nothing is known. */
export const NO_ENRICHMENT: Enricher = {
  ip: () => ({ version: null, country: null, registryCountry: null, asn: null, org: null, networkKind: 'unknown', provider: null, networkBasis: 'none: no datasets loaded', special: null }),
  host: () => ({
    owner: null, ruleId: 'unknown', grade: 'G',
    location: { label: 'unknown', kind: 'none', country: null, lat: null, lon: null },
    statement: 'No known pattern: the location cannot be determined offline.', basis: null,
  }),
  pathHint: () => null,
};
