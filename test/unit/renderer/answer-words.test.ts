/**
 * Severity words follow the strength of the evidence (issue 14.1): a flag resting on a guessed
 * network kind is a "Weak hint", never a warning; served-from findings are kept apart from the
 * sign-in findings.
 */
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../shared/api';
import type { FlagVocab } from '../../../shared/words/codes';
import { flagWords } from '../../../shared/words/flags';
import { flagStrength, servedFindings, STRENGTH_WORDS, strongestFlags } from '../../../renderer/src/views/overview/answer-words';

const NET = { provider: null, org: 'Example Net', asn: 64500, kind: 'isp' as const };

/** A flag as the contract answers it: code + params, and the words rendered from them. */
function flag(id: string, severity: Flag['severity'], v: FlagVocab, last = '2025-01-01T00:00:00Z'): Flag {
  const w = flagWords(v);
  return { id, kind: v.code, severity, title: w.title, explanation: w.explanation, eventIds: [], evidence: [], first: null, last, ...v };
}

const datacenter = (kindBasis: 'curated' | 'heuristic', networkBasis: string): FlagVocab => ({
  code: 'datacenter-login',
  params: { kind: 'hosting', name: 'Example Hosting', asn: 64501, org: 'Example Hosting', count: 2, addresses: 1, first: null, last: null, kindBasis, networkBasis },
});

const travel = (basis: string): FlagVocab => ({
  code: 'impossible-travel',
  params: {
    from: { ip: '192.0.2.1', country: 'DE', time: '2025-01-01T00:00:00Z', network: NET, networkBasis: 'curated' },
    to: { ip: '198.51.100.1', country: 'AU', time: '2025-01-01T01:00:00Z', network: NET, networkBasis: basis },
    apartMs: 3_600_000, centreKm: 16_000, nearestKm: 15_800, speedKmh: 15_800, minKm: 500, maxKmh: 1000, airlinerKmh: 900,
  },
});

describe('flagStrength', () => {
  it('a curated hosting network is worth a look; the same flag on a guessed kind is a weak hint', () => {
    expect(flagStrength(flag('a', 'warning', datacenter('curated', 'curated')))).toBe('look');
    expect(flagStrength(flag('b', 'warning', datacenter('heuristic', 'rule:owner-name "hosting"')))).toBe('hint');
  });

  it('impossible travel is checked only when both networks are known home providers', () => {
    expect(flagStrength(flag('c', 'alert', travel('curated')))).toBe('check');
    expect(flagStrength(flag('d', 'alert', travel("default: in no list and no word in the owner's name; taken as an internet provider")))).toBe('hint');
  });

  it('orders strongest first and never words anything as a warning', () => {
    const flags = [
      flag('weak', 'warning', datacenter('heuristic', 'rule:owner-name "hosting"'), '2025-03-01T00:00:00Z'),
      flag('look', 'warning', datacenter('curated', 'curated')),
      flag('check', 'alert', travel('curated')),
    ];
    expect(strongestFlags(flags, 3).map((f) => f.id)).toEqual(['check', 'look', 'weak']);
    expect(strongestFlags(flags, 1).map((f) => f.id)).toEqual(['check']);
    for (const w of Object.values(STRENGTH_WORDS)) expect(w.toLowerCase()).not.toContain('warning');
  });
});

describe('servedFindings', () => {
  it('keeps host and path findings, leaves the sign-in findings to Who', () => {
    const codes = ['host-location', 'login-network', 'path-location', 'login-country'].map((code) => ({ code }));
    expect(servedFindings(codes).map((f) => f.code)).toEqual(['host-location', 'path-location']);
  });
});
