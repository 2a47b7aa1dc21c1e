/**
 * One sample `{code, params}` per finding and flag code, with plain synthetic values, for the
 * words tests and for tests that build findings or flags by hand (claims, report, renderer).
 */
import type { Grade } from '../../../shared/domain';
import type { FindingVocab, FlagVocab, NetworkRef } from '../../../shared/words/codes';

const AWS: NetworkRef = { provider: 'Amazon / AWS', org: 'Amazon.com, Inc.', asn: 16509, kind: 'cloud' };
const HOME_DE: NetworkRef = { provider: 'Deutsche Telekom', org: 'Deutsche Telekom AG', asn: 3320, kind: 'isp' };
const HOME_US: NetworkRef = { provider: null, org: 'Example Cable', asn: 64500, kind: 'isp' };

export function sampleFindingVocab(code: FindingVocab['code'], count = 3, first: string | null = '2024-01-01T10:00:00Z', last: string | null = '2024-02-01T10:00:00Z', grade: Grade = 'D'): FindingVocab {
  switch (code) {
    case 'host-location':
      return { code, params: { count, first, last, place: { grade: 'F', kind: 'cluster', place: 'TikTok\'s Virginia (US-East) cluster', token: '-va', where: 'host', confidence: 'medium' } } };
    case 'path-location':
      return { code, params: { count, first, last, place: { grade: 'F', kind: 'cluster', place: 'TikTok\'s Singapore cluster', token: 'tos-alisg', where: 'path', confidence: 'medium' } } };
    case 'login-network':
      return { code, params: { count, first, last, operator: 'Amazon / AWS', asn: 16509, org: 'Amazon.com, Inc.' } };
    case 'login-country':
      return { code, params: { count, first, last, grade, country: 'DE', reasons: [] } };
  }
}

export function sampleFlagVocab(code: FlagVocab['code']): FlagVocab {
  switch (code) {
    case 'datacenter-login':
      return {
        code,
        params: {
          kind: 'cloud', name: 'Amazon / AWS', asn: 16509, org: 'Amazon.com, Inc.', count: 2, addresses: 1,
          first: '2024-01-01T10:00:00Z', last: '2024-01-03T10:00:00Z', kindBasis: 'curated', networkBasis: 'curated',
        },
      };
    case 'new-country':
      return {
        code,
        params: { country: 'FR', time: '2024-01-05T08:30:00Z', ip: '192.0.2.7', network: HOME_DE, registryCountry: null, earlier: ['DE'], later: 1, home: 'DE' },
      };
    case 'impossible-travel':
      return {
        code,
        params: {
          from: { ip: '192.0.2.1', country: 'DE', time: '2024-01-01T10:00:00Z', network: HOME_DE, networkBasis: 'curated' },
          to: { ip: '198.51.100.1', country: 'US', time: '2024-01-01T11:00:00Z', network: HOME_US, networkBasis: 'rule:owner-name "cable"' },
          apartMs: 3_600_000, centreKm: 7_300, nearestKm: 6_200, speedKmh: 6_200, minKm: 500, maxKmh: 1000, airlinerKmh: 900,
        },
      };
    case 'new-device-security':
      return {
        code,
        params: {
          device: 'Pixel 8 · Android 14', time: '2024-03-01T09:00:00Z', ip: '203.0.113.9', country: 'US', network: AWS,
          withinMs: 2 * 3_600_000, security: ['password_change', 'logout'], events: 2, windowDays: 7,
        },
      };
  }
}
