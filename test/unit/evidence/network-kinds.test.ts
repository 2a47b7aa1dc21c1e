import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_KINDS, type NetworkKind } from '../../../shared/domain';
import {
  ASN_MEANING, classifyNetwork, explainNetwork, KIND_EXPLANATIONS, KIND_LABELS, NETWORK_TABLE,
} from '../../../electron/core/evidence/network-kinds';
import { evidenceKit, GENERATED } from './data';

/** Every ASN of reference/location-knowledge.md §2.1, with the kind the table must give it. */
const REFERENCE_2_1: Record<NetworkKind, number[]> = {
  cloud: [16509, 14618, 8987, 7224, 38895, 214101, 396982, 8075, 8068, 8069, 8070, 3598, 35106, 31898, 54253, 33517, 6142,
    46558, 11049, 1218, 15519, 45102, 134963, 37963, 24429, 132203, 45090, 133478, 132591, 136907, 55990, 141180, 131444,
    137718, 150436, 63949, 36351],
  platform: [15169, 36040, 43515, 36384, 19527, 36492, 396986, 138699, 11983, 32934, 63293, 54115, 149642, 13414, 35995,
    63179, 395291, 714, 6185],
  cdn: [20940, 16625, 12222, 35994, 24319, 36183, 13335, 14789, 209242, 395747, 132892, 54113],
  hosting: [14061, 393406, 46652, 16276, 35540, 24940, 213230, 212317, 9009, 16247, 60068, 212238, 20473, 51167, 60781,
    28753, 21859, 136787, 12876],
  vpn: [39351, 216025, 62371, 209103, 208172, 199218],
  mobile: [9808],
  isp: [14593, 4134, 4837],
  private: [],
  unknown: [],
};

describe('curated ASN table', () => {
  it('lists every ASN once', () => {
    const all = NETWORK_TABLE.flatMap((e) => e.asns);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(Object.entries(REFERENCE_2_1).flatMap(([kind, asns]) => asns.map((a) => [a, kind] as const)))(
    'covers §2.1: AS%i is %s', (asn, kind) => {
      expect(classifyNetwork(asn, null)).toMatchObject({ kind, basis: 'curated' });
    });

  it('has a few dozen mobile carriers across US/EU/UK/DE/FR/NL/IN/BR/JP', () => {
    const mobile = NETWORK_TABLE.filter((e) => e.kind === 'mobile').flatMap((e) => e.asns);
    expect(mobile.length).toBeGreaterThanOrEqual(30);
    for (const a of [21928, 22394, 20057, 12576, 25135, 35228, 51207, 33915, 31615, 55836, 45609, 26615, 9605]) {
      expect(mobile).toContain(a);
    }
  });

  it('names only ASNs that exist in the compiled ASN data (except ones retired before 2026-06)', () => {
    evidenceKit();
    const orgs = JSON.parse(fs.readFileSync(path.join(GENERATED, 'asn-orgs.json'), 'utf8')) as { asn: number[] };
    const present = new Set(orgs.asn);
    const absentInData = new Set([10507, 12576]); // Sprint PCS, EE: real ASNs with no announced prefixes in this snapshot
    const missing = NETWORK_TABLE.flatMap((e) => e.asns).filter((a) => !present.has(a) && !absentInData.has(a));
    expect(missing).toEqual([]);
  });
});

describe('heuristic fallback', () => {
  it.each([
    ['Example Hosting Ltd', 'hosting'], ['Acme Datacenter B.V.', 'hosting'], ['VPS Provider', 'hosting'], ['Foo Cloud Inc', 'hosting'],
    ['Server Farm GmbH', 'hosting'], ['Nordic VPN Exit', 'vpn'], ['Acme Mobile Telecom', 'mobile'], ['Carrier Wireless LLC', 'mobile'],
    ['Some Regional Telecom', 'isp'], ['Stadtwerke Beispiel', 'isp'],
  ] as const)('%s -> %s (marked heuristic)', (org, kind) => {
    expect(classifyNetwork(4_200_000_000, org)).toMatchObject({ kind, basis: 'heuristic', provider: null });
  });

  it('is unknown without ASN or organisation', () => {
    expect(classifyNetwork(null, null)).toMatchObject({ kind: 'unknown', basis: 'none' });
  });

  it('applies to uncurated networks in the real data', () => {
    const info = evidenceKit().ip.lookup('81.2.69.142');
    expect(info.asn).not.toBeNull();
    expect(['curated', 'heuristic']).toContain(info.kindBasis);
  });
});

describe('explanations', () => {
  it('has a label and plain-words explanation for every kind', () => {
    for (const k of NETWORK_KINDS) {
      expect(KIND_LABELS[k].length).toBeGreaterThan(3);
      expect(KIND_EXPLANATIONS[k].length).toBeGreaterThan(40);
    }
  });

  it('says an ASN names the operator, not the person', () => {
    expect(ASN_MEANING).toMatch(/operates the network, not the person/);
    expect(explainNetwork(classifyNetwork(16509, null))).toContain(ASN_MEANING);
  });

  it('says CDN sign-ins are usually the user through a relay, and platform networks may be the platform or an in-app proxy', () => {
    expect(KIND_EXPLANATIONS.cdn).toMatch(/Private Relay/);
    expect(KIND_EXPLANATIONS.cdn).toMatch(/usually the account holder/);
    expect(KIND_EXPLANATIONS.platform).toMatch(/platform's own systems/);
    expect(KIND_EXPLANATIONS.platform).toMatch(/in-app browser, or a proxy/);
  });

  it('marks guesses', () => {
    expect(explainNetwork(classifyNetwork(null, 'Foo Hosting'))).toMatch(/guessed from the organisation name/);
  });
});
