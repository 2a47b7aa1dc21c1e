/**
 * Rules on a network owner's registered name ("WorldStream B.V.", "Example Hosting Ltd"), the
 * last resort before assuming an internet provider. They run only for networks that neither the
 * curated table, the overrides nor the lists know.
 *
 * False positives matter both ways: a server taken for a home line makes impossible-travel
 * alarms; a home line taken for a server makes a "sign-in from a hosting company" warning. So:
 *  - strong words (hosting, data centre, VPS, colocation, VPN) decide on their own;
 *  - weak words (cloud, server, colo) decide only when the name has no word of a network where
 *    people sit (broadband, cable, fibre, DSL, telecom, mobile…): "Cloud Broadband" stays an ISP;
 *  - every word must stand alone or end a compound ("NordVPN"), never sit inside another word
 *    ("Colombia", "Observer", "Ghost").
 */
import type { NetworkKind } from '../../../shared/domain';

export interface OwnerNameRule {
  kind: NetworkKind;
  pattern: RegExp;
  /** Weak rules yield to PERSON_WORDS in the same name. */
  weak: boolean;
}

/** Words of networks where people sit; they veto the weak server words. */
export const PERSON_WORDS = /broadband|\bcable\b|\bfib(?:er|re)\b|\bdsl\b|\bisp\b|telecom|\btelekom|mobile|wireless|cellular|\bkabel/i;

/** Tried in order; the first match decides. */
export const OWNER_NAME_RULES: readonly OwnerNameRule[] = [
  // "NordVPN", "VPN-EXIT", "Mullvad VPN": vpn at the end of a word, never inside one.
  { kind: 'vpn', pattern: /vpn(?![a-z])/i, weak: false },
  { kind: 'hosting', pattern: /hosting|\bhost\b|\bdata[ -]?cent(?:er|re)s?\b|datacent(?:er|re)s?|\bvps\b|\bvds\b|\bcolocation\b|\bdedicated[ -]servers?\b/i, weak: false },
  { kind: 'hosting', pattern: /\bclouds?\b|\bservers?\b|\bservidor(?:es)?\b|\bcolo\b/i, weak: true },
  { kind: 'mobile', pattern: /mobile|mobil\b|wireless|cellular|\bgsm\b|\blte\b|\b[345]g\b/i, weak: false },
];

export interface OwnerNameMatch {
  kind: NetworkKind;
  /** The word that decided, as written in the name (quoted in the basis). */
  word: string;
}

export function matchOwnerName(org: string): OwnerNameMatch | null {
  const personal = PERSON_WORDS.test(org);
  for (const rule of OWNER_NAME_RULES) {
    if (rule.weak && personal) continue;
    const m = rule.pattern.exec(org);
    if (m) return { kind: rule.kind, word: m[0] };
  }
  return null;
}
