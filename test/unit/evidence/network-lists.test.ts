/**
 * Networks classified from data, each with the source that decided: the curated table first,
 * then reviewed overrides, the credited hosting / datacenter / VPN lists, owner-name rules, and
 * the internet-provider default. Real addresses from the bundled ip-location-db ASN data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyNetwork, DEFAULT_REASON, explainNetwork, networkClassifier, type NetworkLists,
} from '../../../electron/core/evidence/network-kinds';
import { loadNetworkLists, parseNetworkLists } from '../../../electron/core/evidence/network-lists';
import { matchOwnerName } from '../../../electron/core/evidence/owner-name-rules';
import { evidenceKit, GENERATED, ROOT } from './data';

const LISTS_DIR = path.join(ROOT, 'resources', 'network-lists');

/** ASNs of a list file counted independently of build-data.mjs: every `AS<n>` / `<n>,` line start. */
function asnsInFile(file: string): Set<number> {
  const text = fs.readFileSync(path.join(LISTS_DIR, file), 'utf8');
  return new Set([...text.matchAll(/^"?(?:AS)?(\d+)"?\s*[,#\n]/gim)].map((m) => Number(m[1])));
}

describe('the network lists kept in the project', () => {
  it('ships each list with its licence and the README crediting source, commit, date and licence', () => {
    for (const f of ['x4bnet-datacenter-asn.txt', 'x4bnet-vpn-asn.txt', 'brianhama-bad-asn-list.csv', 'x4bnet-LICENSE.txt', 'brianhama-LICENSE.txt', 'overrides.json']) {
      expect(fs.existsSync(path.join(LISTS_DIR, f)), f).toBe(true);
    }
    const readme = fs.readFileSync(path.join(LISTS_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/x4bnet-datacenter-asn\.txt.*167937a7 \(2026-08-22\).*MIT/);
    expect(readme).toMatch(/brianhama-bad-asn-list\.csv.*cac788be \(2026-03-18\).*MIT/);
    expect(fs.readFileSync(path.join(LISTS_DIR, 'x4bnet-LICENSE.txt'), 'utf8')).toMatch(/MIT License/);
    expect(fs.readFileSync(path.join(LISTS_DIR, 'brianhama-LICENSE.txt'), 'utf8')).toMatch(/MIT License/);
  });

  it('compiles every ASN of every list, nothing dropped (counted from the files independently)', () => {
    evidenceKit();
    const lists = loadNetworkLists(GENERATED);
    expect(lists.lists.map((l) => [l.id, l.kind, l.date, l.licence])).toEqual([
      ['x4bnet-vpn', 'vpn', '2026-08-22', 'MIT'],
      ['x4bnet-datacenter', 'hosting', '2026-08-22', 'MIT'],
      ['brianhama-bad-asn', 'hosting', '2026-03-18', 'MIT'],
    ]);
    const files = ['x4bnet-vpn-asn.txt', 'x4bnet-datacenter-asn.txt', 'brianhama-bad-asn-list.csv'];
    lists.lists.forEach((l, i) => {
      const expected = asnsInFile(files[i] as string);
      expect(new Set(l.asns), l.id).toEqual(expected);
    });
    expect(lists.lists[1]?.asns.length).toBe(892); // 906 lines, 14 ASNs listed twice
  });

  it('loads in a few milliseconds', () => {
    evidenceKit();
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) loadNetworkLists(GENERATED);
    expect((performance.now() - t0) / 10).toBeLessThan(20);
  });

  it('every override has a kind, a one-line reason and a source', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(LISTS_DIR, 'overrides.json'), 'utf8')) as { overrides: Record<string, unknown>[] };
    expect(raw.overrides.map((o) => o.asn)).toEqual([50957, 36290, 394330]);
    for (const o of raw.overrides) {
      expect(String(o.reason)).not.toMatch(/\n/);
      expect(String(o.reason).length).toBeGreaterThan(20);
      expect(String(o.source)).toMatch(/registration of AS\d+/);
    }
  });

  it('refuses a malformed compiled file', () => {
    expect(() => parseNetworkLists({ formatVersion: 2, lists: [], overrides: [] }, 'x')).toThrow(/format version/);
    expect(() => parseNetworkLists({ formatVersion: 1, lists: [{ id: 'a', kind: 'server' }], overrides: [] }, 'x')).toThrow(/malformed/);
  });
});

describe('classification order, with the reason', () => {
  const lists: NetworkLists = {
    lists: [
      { id: 'vpn-list', kind: 'vpn', date: '2026-01-01', licence: 'MIT', asns: [64500, 16509] },
      { id: 'dc-list', kind: 'hosting', date: '2026-02-02', licence: 'MIT', asns: [64500, 64501, 64502, 3320] },
    ],
    overrides: [{ asn: 64502, kind: 'isp', reason: 'a home provider the list has wrong', source: 'registration of AS64502' }],
  };
  const classify = networkClassifier(lists);

  it('curated table first, even when a list or override names the ASN', () => {
    expect(classify(16509, 'Amazon.com, Inc.')).toMatchObject({ kind: 'cloud', basis: 'curated', reason: 'curated', provider: 'Amazon / AWS' });
    expect(classify(3320, 'Deutsche Telekom AG')).toMatchObject({ kind: 'isp', basis: 'curated' });
  });

  it('then overrides, then the first list naming the ASN, then the owner name, then the default', () => {
    expect(classify(64502, 'Example Hosting')).toMatchObject({
      kind: 'isp', basis: 'override', reason: 'override: a home provider the list has wrong (source: registration of AS64502)',
    });
    expect(classify(64500, null)).toMatchObject({ kind: 'vpn', basis: 'list', reason: 'list:vpn-list (2026-01-01)' });
    expect(classify(64501, 'Plain Name Ltd')).toMatchObject({ kind: 'hosting', basis: 'list', reason: 'list:dc-list (2026-02-02)' });
    expect(classify(64503, 'Example Hosting Ltd')).toMatchObject({ kind: 'hosting', basis: 'heuristic', reason: 'rule:owner-name "Hosting"' });
    expect(classify(64503, 'Plain Name Ltd')).toMatchObject({ kind: 'isp', basis: 'heuristic', reason: DEFAULT_REASON });
    expect(classify(null, null)).toMatchObject({ kind: 'unknown', basis: 'none' });
  });

  it('explains which source decided', () => {
    expect(explainNetwork(classify(64501, null))).toMatch(/comes from dc-list, a public list of hosting, datacenter and VPN networks dated 2026-02-02\./);
    expect(explainNetwork(classify(64502, null))).toMatch(/reviewed correction/);
    expect(explainNetwork(classify(64503, 'Plain Name Ltd'))).toMatch(/taken as an internet provider/);
    expect(explainNetwork(classify(16509, null))).not.toMatch(/list|guessed|correction/);
  });
});

describe('real networks from the bundled ASN data', () => {
  it('MEMSET (AS50957, UK) is hosting by the reviewed override', () => {
    const ip = evidenceKit().ip;
    for (const addr of ['5.153.248.10', '31.25.184.10']) { // 5.153.248.0/21 and 31.25.184.0/21 in ip-location-db asn
      const i = ip.lookup(addr);
      expect(i).toMatchObject({ asn: 50957, org: 'MEMSET Ltd', country: 'GB', networkKind: 'hosting', kindBasis: 'override' });
      expect(i.networkBasis).toMatch(/^override: UK hosting and cloud company.*\(source: RIPE NCC registration of AS50957/);
    }
  });

  it('WorldStream (AS49981, NL) is hosting by the X4BNet datacenter list', () => {
    const i = evidenceKit().ip.lookup('2.59.168.10'); // 2.59.168.0/22
    expect(i).toMatchObject({ asn: 49981, org: 'WorldStream B.V.', networkKind: 'hosting', kindBasis: 'list', networkBasis: 'list:x4bnet-datacenter (2026-08-22)' });
  });

  it('a network only the bad-asn list names is hosting by that list', () => {
    const lists = loadNetworkLists((evidenceKit(), GENERATED));
    const x4b = new Set(lists.lists.slice(0, 2).flatMap((l) => l.asns));
    const only = lists.lists[2]?.asns.filter((a) => !x4b.has(a) && classifyNetwork(a, null).basis !== 'curated') ?? [];
    expect(only.length).toBeGreaterThan(0);
    expect(networkClassifier(lists)(only[0] as number, 'Anything')).toMatchObject({ kind: 'hosting', reason: 'list:brianhama-bad-asn (2026-03-18)' });
  });

  it('the curated table stays first for real addresses (Deutsche Telekom, Hetzner)', () => {
    const ip = evidenceKit().ip;
    expect(ip.lookup('84.157.23.41')).toMatchObject({ networkKind: 'isp', networkBasis: 'curated' });
    expect(ip.lookup('5.75.190.33')).toMatchObject({ networkKind: 'hosting', provider: 'Hetzner', networkBasis: 'curated' });
  });

  it('private and unreadable addresses say why', () => {
    const ip = evidenceKit().ip;
    expect(ip.lookup('10.1.2.3').networkBasis).toBe('special: private');
    expect(ip.lookup('not an ip').networkBasis).toMatch(/^none:/);
  });
});

describe('owner-name rules', () => {
  it.each([
    ['Example Hosting Ltd', 'hosting', 'Hosting'], ['WEBHOSTING-AS Example', 'hosting', 'HOSTING'], ['Host Europe GmbH', 'hosting', 'Host'],
    ['Acme Datacenter B.V.', 'hosting', 'Datacenter'], ['Example Data Centre Ltd', 'hosting', 'Data Centre'],
    ['LIR DATACENTER TELECOM SRL', 'hosting', 'DATACENTER'], ['VPS Provider', 'hosting', 'VPS'], ['Foo Cloud Inc', 'hosting', 'Cloud'],
    ['Server Farm GmbH', 'hosting', 'Server'], ['Example Colocation LLC', 'hosting', 'Colocation'], ['Example Colo', 'hosting', 'Colo'],
    ['Servidores Ejemplo SA', 'hosting', 'Servidores'], ['Nordic VPN Exit', 'vpn', 'VPN'], ['ExampleVPN Ltd', 'vpn', 'VPN'],
    ['Acme Mobile Telecom', 'mobile', 'Mobile'], ['Carrier Wireless LLC', 'mobile', 'Wireless'],
  ] as const)('%s -> %s (the word "%s")', (org, kind, word) => {
    expect(matchOwnerName(org)).toEqual({ kind, word });
    expect(classifyNetwork(4_200_000_000, org)).toMatchObject({ kind, basis: 'heuristic', reason: `rule:owner-name "${word}"` });
  });

  it.each([
    // words inside other words
    'Colombia Movil', 'Colorado Fiber Co', 'Observer Networks', 'Ghostnet Ltd', 'Stadtwerke Beispiel', 'Some Regional Telecom',
    // weak server words yield to words of networks where people sit
    'Cloud Broadband Ltd', 'Server Cable Co', 'Example Cloud Telecom', 'VPNtranet-like Name',
  ])('%s is not a server by its name', (org) => {
    const c = classifyNetwork(4_200_000_000, org);
    expect(['isp', 'mobile']).toContain(c.kind);
  });

  it('leaves the home-provider default for names with no word at all (and says so)', () => {
    expect(classifyNetwork(4_200_000_000, 'Andrews & Arnold Ltd')).toMatchObject({ kind: 'isp', reason: DEFAULT_REASON });
  });
});
