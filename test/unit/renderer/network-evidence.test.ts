/**
 * Network wording as evidence (issue 14.3), over the real IP datasets: a registration with its
 * source, and special-purpose ranges named for what they are (documentation is not "private").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpIntel } from '../../../electron/core/evidence/ip-intel';
import { basisWords, networkEvidence } from '../../../renderer/src/lib/network-evidence';
import { evidenceKit } from '../evidence/data';

let intel: IpIntel;
beforeAll(() => {
  intel = evidenceKit().ip;
});

const words = (ip: string) => {
  const i = intel.lookup(ip);
  return networkEvidence({ org: i.org, asn: i.asn, provider: i.provider, networkKind: i.networkKind, networkBasis: i.networkBasis });
};

describe('networkEvidence', () => {
  it('a curated network reads as a registration, with the table as its source', () => {
    const w = words('52.95.110.6');
    expect(w.text).toBe('registered to Amazon / AWS, AS16509 (a cloud provider)');
    expect(w.source).toBe('the app’s reviewed network table');
  });

  it.each([
    ['203.0.113.77', 'a documentation range'],
    ['198.51.100.9', 'a documentation range'],
    ['192.0.2.1', 'a documentation range'],
    ['2001:db8::1', 'a documentation range'],
    ['192.168.1.10', 'a private address'],
    ['100.64.0.1', 'a shared carrier range'],
  ])('%s is named %s, with the IANA registry as source', (ip, start) => {
    const w = words(ip);
    expect(w.text.startsWith(start)).toBe(true);
    expect(w.source).toBe('the IANA special-purpose address registry');
  });

  it('an address no dataset knows says so instead of guessing', () => {
    expect(networkEvidence({ org: null, asn: null, networkKind: 'unknown', networkBasis: 'none: not in the dataset' })).toEqual({
      text: 'not in the IP dataset (owner unknown)',
      source: 'nothing: no dataset knows this address',
    });
  });
});

describe('basisWords', () => {
  it.each([
    ['list:x4bnet-vpn (2025-06-01)', 'the public list x4bnet-vpn (2025-06-01)'],
    ['rule:owner-name "mobile"', 'guessed from the owner’s name (the word "mobile")'],
    ["default: in no list and no word in the owner's name; taken as an internet provider", 'assumed: the network is in no list and its name says nothing about its kind'],
    [null, null],
  ])('%s → %s', (basis, expected) => {
    expect(basisWords(basis)).toBe(expected);
  });
});
