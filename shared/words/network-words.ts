/**
 * Words about networks: what each kind of network means for a sign-in, which source decided the
 * kind, and what an AS number does and does not say. Shared so the flags' explanations render the
 * same in the core, the CLI, the report and the UI.
 */
import type { NetworkKind } from '../domain';

/**
 * Which source decided a network's kind, in the order they are consulted:
 * curated (NETWORK_TABLE) → override (reviewed, resources/network-lists/overrides.json) →
 * list (the credited hosting / datacenter / VPN ASN lists) → heuristic (a rule on the owner's
 * name, else the default "internet provider"). `special`: private or reserved space; `none`:
 * nothing known about the address.
 */
export type KindBasis = 'curated' | 'override' | 'list' | 'heuristic' | 'special' | 'none';

export const DEFAULT_REASON = 'default: in no list and no word in the owner\'s name; taken as an internet provider';

/** One sentence saying which source decided the kind; null for the curated table. */
export function basisSentence(basis: KindBasis, reason: string): string | null {
  switch (basis) {
    case 'override':
      return `Its kind was set by a reviewed correction in this app (${reason.replace(/^override: /, '')}).`;
    case 'list': {
      const m = /^list:(\S+) \((.+)\)$/.exec(reason);
      return m ? `Its kind comes from ${m[1] ?? ''}, a public list of hosting, datacenter and VPN networks dated ${m[2] ?? ''}.`
        : `Its kind comes from a public list of hosting, datacenter and VPN networks (${reason}).`;
    }
    case 'heuristic':
      return reason === DEFAULT_REASON
        ? 'This network is in no list and its name says nothing about its kind, so it is taken as an internet provider.'
        : `This network is in no list; its kind was guessed from the organisation name (${reason.replace(/^rule:owner-name /, 'the word ')}).`;
    default:
      return null;
  }
}

/** The one sentence every network result carries. */
export const ASN_MEANING =
  'An AS number names the company that operates the network, not the person using it.';

export const KIND_LABELS: Readonly<Record<NetworkKind, string>> = {
  cloud: 'Cloud provider',
  hosting: 'Hosting / data centre',
  vpn: 'VPN service',
  cdn: 'Content delivery network',
  platform: 'Platform company',
  mobile: 'Mobile carrier',
  isp: 'Internet provider',
  private: 'Private or reserved address',
  unknown: 'Unknown network',
};

/** Plain words: what a sign-in from this kind of network usually means. */
export const KIND_EXPLANATIONS: Readonly<Record<NetworkKind, string>> = {
  cloud: 'A cloud provider rents servers to anyone. A sign-in from here came from a program or service running on a rented server, a VPN or proxy hosted there, or the provider itself; the provider is rarely the one who signed in.',
  hosting: 'A hosting company rents servers. Sign-ins from here usually come through a VPN or proxy service running on those servers, or from an automated program; rarely from a home or phone connection.',
  vpn: 'This network belongs to a VPN company. The address is the VPN\'s exit server, so it shows where the VPN server is, not where the person was. If you use this VPN, this is probably you.',
  cdn: 'A content delivery network. Its addresses also carry privacy relays such as iCloud Private Relay and Cloudflare WARP, whose exits stand in for the user\'s own connection: a sign-in from here is usually the account holder using such a relay, and the country is only roughly where they were.',
  platform: 'This network belongs to the platform company itself (or one of its subsidiaries). A sign-in from here may be the platform\'s own systems or staff tools, an in-app browser, or a proxy the app uses; it does not on its own show that the company accessed the account.',
  mobile: 'A mobile carrier. Many phones share each address, and the address is often registered in a city, or even a country, other than where the phone was, so only the country is meaningful.',
  isp: 'An internet provider for homes and businesses. This is the most common kind of network for a person signing in; the country is usually right, the city often is not.',
  private: 'A private, reserved or documentation address. It does not belong to any public network, so it cannot be located: it was probably recorded inside the platform\'s own systems or a local network.',
  unknown: 'The address is not in the offline datasets, or could not be read, so its network is unknown.',
};


/**
 * A few words for the stored basis of a network's kind (`ips.network_basis`, see
 * evidence/network-kinds.ts NetworkClass.reason), for the Who view's address table:
 * "curated table", "list x4bnet-datacenter (2026-08-22)", "name contains "hosting"", …
 */
export function basisLabel(reason: string | null | undefined): string | null {
  if (!reason) return null;
  if (reason === 'curated') return 'curated table';
  if (reason === DEFAULT_REASON) return 'default: no list, no telling word in the name';
  const list = /^list:(\S+) \((.+)\)$/.exec(reason);
  if (list) return `list ${list[1] ?? ''} (${list[2] ?? ''})`;
  const word = /^rule:owner-name (.+)$/.exec(reason);
  if (word) return `name contains ${word[1] ?? ''}`;
  if (reason.startsWith('override: ')) return 'reviewed correction';
  if (reason.startsWith('special: ')) return 'private or reserved range';
  if (reason.startsWith('none: ')) return 'no network data';
  return reason;
}
