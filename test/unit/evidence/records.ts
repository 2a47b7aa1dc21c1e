/** Test helper: crafted sign-in records with hand-written IP facts (no datasets needed). */
import type { Provenance } from '../../../shared/domain';
import type { LoginRecord, SecurityEvent } from '../../../electron/core/evidence/access-types';
import type { IpInfo } from '../../../electron/core/evidence/ip-intel';

export const NET = {
  deIsp: { country: 'DE', registryCountry: 'DE', asn: 3320, org: 'Deutsche Telekom AG', networkKind: 'isp', provider: 'Deutsche Telekom' },
  frIsp: { country: 'FR', registryCountry: 'FR', asn: 3215, org: 'Orange S.A.', networkKind: 'isp', provider: 'Orange France' },
  usIsp: { country: 'US', registryCountry: 'US', asn: 7922, org: 'Comcast Cable Communications, LLC', networkKind: 'isp', provider: 'Comcast Xfinity' },
  caIsp: { country: 'CA', registryCountry: 'CA', asn: 577, org: 'Bell Canada', networkKind: 'isp', provider: null },
  brIsp: { country: 'BR', registryCountry: 'BR', asn: 28573, org: 'Claro NXT Telecomunicacoes Ltda', networkKind: 'isp', provider: 'Claro Brasil' },
  usAws: { country: 'US', registryCountry: 'US', asn: 16509, org: 'Amazon.com, Inc.', networkKind: 'cloud', provider: 'Amazon / AWS' },
  nlHosting: { country: 'NL', registryCountry: 'NL', asn: 4_200_000_001, org: 'Example Hosting B.V.', networkKind: 'hosting', provider: null, kindBasis: 'heuristic' },
  seVpn: { country: 'SE', registryCountry: 'SE', asn: 39351, org: '31173 Services AB', networkKind: 'vpn', provider: 'Mullvad VPN' },
  usVpn: { country: 'US', registryCountry: 'SE', asn: 39351, org: '31173 Services AB', networkKind: 'vpn', provider: 'Mullvad VPN' },
  usCdn: { country: 'US', registryCountry: 'US', asn: 13335, org: 'Cloudflare, Inc.', networkKind: 'cdn', provider: 'Cloudflare' },
  usTiktok: { country: 'US', registryCountry: 'US', asn: 396986, org: 'Bytedance Inc.', networkKind: 'platform', provider: 'ByteDance / TikTok' },
  usMobile: { country: 'US', registryCountry: 'US', asn: 21928, org: 'T-Mobile USA, Inc.', networkKind: 'mobile', provider: 'T-Mobile US' },
  private: { country: null, registryCountry: null, asn: null, org: null, networkKind: 'private', provider: null, kindBasis: 'special', special: 'private' },
} as const satisfies Record<string, Partial<IpInfo>>;

export const SHA = 'a'.repeat(64);
export const prov = (n: number): Provenance => ({ sourceSha256: SHA, member: 'Activity/Login History.txt', pointer: `line:${n}` });

let nextIp = 1;
export function login(eventId: number, time: string | null, net: Partial<IpInfo>, extra: Partial<LoginRecord> = {}): LoginRecord {
  const ip = extra.ip ?? `198.18.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;
  const info: IpInfo = {
    ip, version: 4, country: null, registryCountry: null, asn: null, org: null,
    networkKind: 'unknown', provider: null, kindBasis: 'curated', networkBasis: net.kindBasis === 'heuristic' ? 'rule:owner-name "Hosting"' : 'curated', ...net,
  };
  return { eventId, time, ip, info, deviceKey: null, platform: 'tiktok', provenance: prov(eventId), ...extra };
}

export function security(eventId: number, time: string | null, kind: SecurityEvent['kind'] = 'password_change'): SecurityEvent {
  return { eventId, time, kind, provenance: { sourceSha256: SHA, member: 'Activity/Security.txt', pointer: `line:${eventId}` } };
}
