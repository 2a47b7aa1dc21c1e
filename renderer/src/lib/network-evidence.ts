/**
 * A network in words that read as evidence, not as a fact about the person: "registered to
 * Deutsche Telekom (mobile and home internet provider)" plus where that came from. Reserved and
 * documentation ranges are named as such (they are never anyone's network, and never "private").
 */
import type { NetworkKind } from '../../../shared/domain';

export interface NetworkLike {
  org: string | null;
  asn: number | null;
  provider?: string | null;
  networkKind: NetworkKind;
  networkBasis?: string | null;
}

export interface NetworkEvidence {
  /** "registered to Deutsche Telekom (mobile and home internet provider)" */
  text: string;
  /** Which source says so; null when nothing is known. */
  source: string | null;
}

/** What the registered owner's kind means, in words that do not claim more than the dataset does. */
const KIND_WORDS: Record<NetworkKind, string> = {
  cloud: 'a cloud provider',
  hosting: 'a hosting / data-centre company',
  vpn: 'a VPN service',
  cdn: 'a content delivery network (also used by privacy relays)',
  platform: 'the platform company',
  mobile: 'a mobile carrier',
  isp: 'a mobile and home internet provider',
  private: 'no public network',
  unknown: 'an unknown kind of network',
};

/** The special-purpose ranges (electron/core/evidence/ip-special.ts) by the name the core records in `networkBasis`. */
const SPECIAL_WORDS: Record<string, string> = {
  documentation: 'a documentation range (reserved for examples, e.g. 203.0.113.0/24; no real network uses it)',
  private: 'a private address (inside a home or company network, not on the internet)',
  reserved: 'a reserved range (not assigned to any network)',
  cgnat: 'a shared carrier range (100.64.0.0/10, used inside a provider’s network)',
  loopback: 'this computer itself (loopback)',
  'link-local': 'a link-local address (only valid on one local link)',
  multicast: 'a multicast range (not a single computer)',
};

export function specialRange(basis: string | null | undefined): string | null {
  const m = /^special: (\S+)/.exec(basis ?? '');
  return m ? (m[1] ?? null) : null;
}

/** Which source decided the network's kind, in words (the core's `networkBasis`). */
export function basisWords(basis: string | null | undefined): string | null {
  if (!basis) return null;
  if (basis === 'curated') return 'the app’s reviewed network table';
  if (basis.startsWith('override:')) return `a reviewed correction (${basis.slice('override:'.length).trim()})`;
  const list = /^list:(\S+) \((.+)\)$/.exec(basis);
  if (list) return `the public list ${list[1] ?? ''} (${list[2] ?? ''})`;
  if (basis.startsWith('rule:owner-name')) return `guessed from the owner’s name (${basis.replace(/^rule:owner-name /, 'the word ')})`;
  if (basis.startsWith('default:')) return 'assumed: the network is in no list and its name says nothing about its kind';
  if (basis.startsWith('none:')) return 'nothing: no dataset knows this address';
  if (basis.startsWith('special:')) return 'the IANA special-purpose address registry';
  return basis;
}

export function networkEvidence(n: NetworkLike): NetworkEvidence {
  const special = specialRange(n.networkBasis);
  if (n.networkKind === 'private' || special) {
    return { text: SPECIAL_WORDS[special ?? 'private'] ?? SPECIAL_WORDS.reserved!, source: 'the IANA special-purpose address registry' };
  }
  const owner = n.provider ?? n.org ?? (n.asn !== null ? `AS${n.asn}` : null);
  if (!owner) return { text: 'not in the IP dataset (owner unknown)', source: basisWords(n.networkBasis) };
  const asn = n.asn !== null && owner !== `AS${n.asn}` ? `, AS${n.asn}` : '';
  return { text: `registered to ${owner}${asn} (${KIND_WORDS[n.networkKind]})`, source: basisWords(n.networkBasis) };
}
