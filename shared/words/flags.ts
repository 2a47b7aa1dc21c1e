/**
 * A flag's title and explanation from its code and params: the one renderer the core, the CLI,
 * the report and the UI share. Each explanation says what was seen, why it stands out, and what
 * it does not prove (the assumptions are in electron/core/evidence/access-flags.ts).
 */
import type { NetworkKind } from '../domain';
import type { FlagVocab, NetworkRef, SecurityWord } from './codes';
import { countryInSentence } from './country-names';
import { ASN_MEANING, basisSentence, KIND_EXPLANATIONS, KIND_LABELS } from './network-words';
import { formatDay, formatDuration, formatUtc } from './time-words';

export interface FlagWords {
  title: string;
  /** Plain words: what was seen, why it is flagged, what it does not prove. */
  explanation: string;
}

const NOT_PROOF = 'It does not prove that someone else used the account.';
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "Amazon / AWS, AS16509"; the kind's label when the network has no name. */
export function networkName(n: NetworkRef): string {
  const who = n.provider ?? n.org ?? KIND_LABELS[n.kind].toLowerCase();
  return n.asn !== null ? `${who}, AS${n.asn}` : who;
}

const DATACENTER_TITLES: Partial<Record<NetworkKind, (name: string) => string>> = {
  cloud: (n) => `Sign-ins from a cloud provider's network: ${n}`,
  hosting: (n) => `Sign-ins from a hosting company's network: ${n}`,
  vpn: (n) => `Sign-ins through a VPN service: ${n}`,
  platform: (n) => `Sign-ins from the network of ${n}`,
};

export const SECURITY_WORDS: Readonly<Record<SecurityWord, string>> = {
  password_change: 'a password change',
  logout: 'a logout',
  security: 'a security event',
};

const round10 = (x: number): string => (Math.round(x / 10) * 10).toLocaleString('en-US');

export function flagWords(v: FlagVocab): FlagWords {
  switch (v.code) {
    case 'datacenter-login': {
      const p = v.params;
      const when = p.first && p.last
        ? (formatDay(p.first) === formatDay(p.last) ? ` on ${formatDay(p.first)}` : ` between ${formatDay(p.first)} and ${formatDay(p.last)}`)
        : '';
      const asn = p.asn !== null ? ` AS${p.asn}${p.org ? ` ("${p.org}")` : ''}` : p.org ? ` "${p.org}"` : '';
      const parts = [
        `${plural(p.count, 'sign-in')}${when} came from ${plural(p.addresses, 'address', 'addresses')} in network${asn}, operated by ${p.name}.`,
        KIND_EXPLANATIONS[p.kind],
        ASN_MEANING,
      ];
      const why = basisSentence(p.kindBasis, p.networkBasis);
      if (why) parts.push(why);
      parts.push('Sign-ins through content delivery networks, such as iCloud Private Relay, are not flagged: those are usually the account holder.');
      parts.push(NOT_PROOF);
      return { title: (DATACENTER_TITLES[p.kind] ?? ((n: string) => `Sign-ins from ${n}`))(p.name), explanation: parts.join(' ') };
    }
    case 'new-country': {
      const p = v.params;
      const registry = p.registryCountry ? ` (the registry dataset lists the address under ${countryInSentence(p.registryCountry)})` : '';
      const history = p.earlier.length > 0
        ? `Until then every dated sign-in in this export came from ${p.earlier.map(countryInSentence).join(', ')}`
        : 'It is the first dated sign-in in this export';
      const parts = [
        `On ${formatUtc(p.time)} a sign-in came from ${p.ip} (${networkName(p.network)}), which the IP dataset places in ${countryInSentence(p.country)}${registry}.`,
        `${history}${p.later > 0 ? `; ${plural(p.later, 'more sign-in')} from ${countryInSentence(p.country)} followed` : ''}.`,
        'A new country often means travel, a VPN or proxy the datasets do not recognise, or a mobile carrier whose addresses are registered elsewhere.',
        `The account's home country (${countryInSentence(p.home)}, where most sign-ins from home and mobile networks come from) is the baseline and is never flagged; server networks do not count.`,
        NOT_PROOF,
      ];
      return { title: `First sign-in from ${countryInSentence(p.country)}`, explanation: parts.join(' ') };
    }
    case 'impossible-travel': {
      const p = v.params;
      const a = p.from;
      const b = p.to;
      const km = p.nearestKm ?? p.centreKm ?? 0;
      const dist = [
        p.centreKm !== null ? `The two countries' centre points are about ${round10(p.centreKm)} km apart` : null,
        p.nearestKm !== null ? `their nearest airports about ${round10(p.nearestKm)} km` : null,
      ].filter(Boolean).join(' and ');
      const apart = formatDuration(p.apartMs);
      const parts = [
        `${a.ip} (${countryInSentence(a.country)}, ${networkName(a.network)}) signed in at ${formatUtc(a.time)}, and ${b.ip} (${countryInSentence(b.country)}, ${networkName(b.network)}) at ${formatUtc(b.time)}: ${apart} apart.`,
        `${dist}. Covering ${round10(km)} km in that time would need ${p.speedKmh !== null ? `about ${round10(p.speedKmh)} km/h` : 'both places at once'}, faster than an airliner (about ${p.airlinerKmh} km/h).`,
        `Country positions are coarse, so only gaps over ${p.minKm} km and ${p.maxKmh.toLocaleString('en-US')} km/h are flagged, and only home internet providers are compared; mobile, VPN, relay, server and unknown networks are left out.`,
        `Both networks were taken as home internet providers (${a.ip}: ${a.networkBasis}; ${b.ip}: ${b.networkBasis}).`,
        'Other explanations: a VPN or proxy not recognised as one, an app or service signing in on your behalf, or a wrong entry in the IP dataset.',
        NOT_PROOF,
      ];
      return { title: `Sign-ins from ${countryInSentence(a.country)} and ${countryInSentence(b.country)} ${apart} apart`, explanation: parts.join(' ') };
    }
    case 'new-device-security': {
      const p = v.params;
      const kinds = p.security.map((k) => SECURITY_WORDS[k]);
      const parts = [
        `A device not seen before in this export (${p.device}) first signed in at ${formatUtc(p.time)} from ${p.ip} (${countryInSentence(p.country)}, ${networkName(p.network)}).`,
        `Within ${formatDuration(p.withinMs)} the account had ${kinds.join(' and ')}${p.events > 1 ? ` (${p.events} events within ${p.windowDays} days)` : ''}.`,
        'Someone taking over an account often signs in on their own device and then changes the password or signs others out; setting up a new phone and then changing your password looks the same.',
        'The first device in the export is the baseline and is not flagged.',
        NOT_PROOF,
      ];
      return { title: `New device followed by ${kinds[0] ?? 'a security event'}`, explanation: parts.join(' ') };
    }
  }
}
