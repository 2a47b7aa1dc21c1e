/**
 * The one renderer of findings and flags (shared/words): the words for every code, the grade
 * wording for sign-in countries, the same words after a JSON round trip (how the store keeps
 * params), and the schema that pairs each code with its params.
 */
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../shared/domain';
import { findingSchema, flagSchema } from '../../../shared/schemas/words';
import { z } from '../../../shared/schemas/zod';
import { COUNTRY_REASONS, FINDING_CODES, FLAG_CODES, type CountryReason, type FindingVocab, type FlagVocab } from '../../../shared/words/codes';
import { COUNTRY_REASON_WORDS, findingStatement } from '../../../shared/words/findings';
import { flagWords, networkName } from '../../../shared/words/flags';
import { NOT_STORED_SENTENCE } from '../../../shared/words/location';
import { basisLabel, DEFAULT_REASON } from '../../../shared/words/network-words';
import { sampleFindingVocab, sampleFlagVocab } from './vocab-samples';

const NOT_PROOF = 'It does not prove that someone else used the account.';

describe('finding words, one code at a time', () => {
  it('host-location: a count, the export\'s dates and the place with its grade wording', () => {
    expect(findingStatement(sampleFindingVocab('host-location'))).toBe(
      '3 links in this export, dated 2024-01-01 to 2024-02-01, were served from TikTok\'s Virginia (US-East) cluster '
      + '(inferred from the `-va` host token; public evidence, medium confidence).');
  });

  it('path-location: the path token, singular when one link, "without dates" when undated', () => {
    expect(findingStatement(sampleFindingVocab('path-location', 1, null, null))).toBe(
      '1 link in this export (without dates) was served from TikTok\'s Singapore cluster '
      + '(inferred from the `tos-alisg` path token; public evidence, medium confidence).');
  });

  it('host-location at grade B says stored; at E it says delivered and adds the one negation', () => {
    const b: FindingVocab = { code: 'host-location', params: { count: 2, first: '2024-05-01T00:00:00Z', last: '2024-05-01T00:00:00Z', place: { grade: 'B', kind: 'storage', provider: 'Amazon S3', region: 'ap-southeast-1', place: 'Singapore', country: 'SG' } } };
    expect(findingStatement(b)).toBe('2 links in this export, dated 2024-05-01, were stored in Amazon S3 region ap-southeast-1 (Singapore) (from the files\' addresses).');
    const e: FindingVocab = { code: 'host-location', params: { count: 1, first: null, last: null, place: { grade: 'E', kind: 'edge', owner: 'Meta', city: 'Paris', country: 'FR', code: 'cdg', insideIsp: false } } };
    expect(findingStatement(e)).toBe(`1 link in this export (without dates) was delivered through Meta edge servers near Paris, France (code CDG), usually the ones nearest to whoever created the link. ${NOT_STORED_SENTENCE}`);
  });

  it('login-network: the operator, the AS number and what it does not say', () => {
    expect(findingStatement(sampleFindingVocab('login-network', 2, '2024-01-01T00:00:00Z', '2024-01-01T05:00:00Z'))).toBe(
      '2 sign-ins in this export, dated 2024-01-01, came from networks operated by Amazon / AWS (AS16509 "Amazon.com, Inc."). '
      + 'The network\'s operator is not necessarily the person who signed in.');
  });

  it('login-country: D and better "probably", E and F "possibly" with the reasons, G "cannot be determined"', () => {
    const at = (grade: Grade, country: string | null, reasons: CountryReason[]) =>
      findingStatement({ code: 'login-country', params: { count: 3, first: '2024-01-01T00:00:00Z', last: '2024-02-01T00:00:00Z', grade, country, reasons } });
    for (const g of ['A', 'B', 'C', 'D'] as const) {
      expect(at(g, 'DE', [])).toBe('3 sign-ins in this export, dated 2024-01-01 to 2024-02-01, came from addresses probably in Germany (two independent country datasets agree).');
    }
    for (const g of ['E', 'F'] as const) {
      expect(at(g, 'US', ['server-network', 'datasets-disagree'])).toBe('3 sign-ins in this export, dated 2024-01-01 to 2024-02-01, came from addresses possibly in the United States '
        + '(lower confidence: server, VPN or platform networks show where a server is, not the person; the two country datasets disagree).');
    }
    expect(at('G', null, ['special-address'])).toBe('3 sign-ins in this export, dated 2024-01-01 to 2024-02-01, came from addresses whose location cannot be determined offline (private or reserved addresses).');
    // A country at grade G is still "cannot be determined", never "probably" or "possibly".
    expect(at('G', 'DE', ['one-dataset', 'server-network', 'mobile-network'])).toMatch(/whose location cannot be determined offline/);
  });

  it('every country reason has words, and they are distinct', () => {
    const words = COUNTRY_REASONS.map((r) => COUNTRY_REASON_WORDS[r]);
    expect(words.every((w) => w.length > 10)).toBe(true);
    expect(new Set(words).size).toBe(COUNTRY_REASONS.length);
  });
});

describe('flag words, one code at a time', () => {
  it('datacenter-login: title by kind, who operates the network, the kind\'s basis, what it does not prove', () => {
    const w = flagWords(sampleFlagVocab('datacenter-login'));
    expect(w.title).toBe('Sign-ins from a cloud provider\'s network: Amazon / AWS');
    expect(w.explanation).toMatch(/^2 sign-ins between 2024-01-01 and 2024-01-03 came from 1 address in network AS16509 \("Amazon.com, Inc."\), operated by Amazon \/ AWS\. A cloud provider rents servers/);
    expect(w.explanation).toContain('An AS number names the company that operates the network, not the person using it.');
    expect(w.explanation).not.toMatch(/Its kind (was set|comes from)/); // curated: no basis sentence
    const listed = flagWords({ code: 'datacenter-login', params: { ...(sampleFlagVocab('datacenter-login').params as Extract<FlagVocab, { code: 'datacenter-login' }>['params']), kind: 'hosting', kindBasis: 'list', networkBasis: 'list:x4bnet-datacenter (2026-08-22)' } });
    expect(listed.title).toBe('Sign-ins from a hosting company\'s network: Amazon / AWS');
    expect(listed.explanation).toContain('Its kind comes from x4bnet-datacenter, a public list of hosting, datacenter and VPN networks dated 2026-08-22.');
  });

  it('new-country: when, from where, the history, the home country baseline', () => {
    const w = flagWords(sampleFlagVocab('new-country'));
    expect(w.title).toBe('First sign-in from France');
    expect(w.explanation).toBe([
      'On 2024-01-05 08:30 UTC a sign-in came from 192.0.2.7 (Deutsche Telekom, AS3320), which the IP dataset places in France.',
      'Until then every dated sign-in in this export came from Germany; 1 more sign-in from France followed.',
      'A new country often means travel, a VPN or proxy the datasets do not recognise, or a mobile carrier whose addresses are registered elsewhere.',
      'The account\'s home country (Germany, where most sign-ins from home and mobile networks come from) is the baseline and is never flagged; server networks do not count.',
      NOT_PROOF,
    ].join(' '));
  });

  it('impossible-travel: both sign-ins, the distances, the speed, the thresholds in force', () => {
    const w = flagWords(sampleFlagVocab('impossible-travel'));
    expect(w.title).toBe('Sign-ins from Germany and the United States 1 h apart');
    expect(w.explanation).toContain('192.0.2.1 (Germany, Deutsche Telekom, AS3320) signed in at 2024-01-01 10:00 UTC, and 198.51.100.1 (the United States, Example Cable, AS64500) at 2024-01-01 11:00 UTC: 1 h apart.');
    expect(w.explanation).toContain('The two countries\' centre points are about 7,300 km apart and their nearest airports about 6,200 km. Covering 6,200 km in that time would need about 6,200 km/h, faster than an airliner (about 900 km/h).');
    expect(w.explanation).toContain('only gaps over 500 km and 1,000 km/h are flagged');
    expect(w.explanation).toContain('(192.0.2.1: curated; 198.51.100.1: rule:owner-name "cable")');
    const sameTime = flagWords({ code: 'impossible-travel', params: { ...(sampleFlagVocab('impossible-travel').params as Extract<FlagVocab, { code: 'impossible-travel' }>['params']), apartMs: 0, speedKmh: null } });
    expect(sameTime.explanation).toContain('would need both places at once');
    expect(sameTime.title).toMatch(/0 minutes apart$/);
  });

  it('new-device-security: the device, what followed and within how long', () => {
    const w = flagWords(sampleFlagVocab('new-device-security'));
    expect(w.title).toBe('New device followed by a password change');
    expect(w.explanation).toMatch(/^A device not seen before in this export \(Pixel 8 · Android 14\) first signed in at 2024-03-01 09:00 UTC from 203\.0\.113\.9 \(the United States, Amazon \/ AWS, AS16509\)\./);
    expect(w.explanation).toContain('Within 2 h the account had a password change and a logout (2 events within 7 days).');
  });

  it('every flag says what it does not prove; every code renders', () => {
    for (const code of FLAG_CODES) expect(flagWords(sampleFlagVocab(code)).explanation.endsWith(NOT_PROOF)).toBe(true);
    for (const code of FINDING_CODES) expect(findingStatement(sampleFindingVocab(code)).length).toBeGreaterThan(40);
  });

  it('names a network without a name by its kind', () => {
    expect(networkName({ provider: null, org: null, asn: null, kind: 'mobile' })).toBe('mobile carrier');
    expect(networkName({ provider: null, org: 'Example Org', asn: 64501, kind: 'isp' })).toBe('Example Org, AS64501');
  });
});

describe('stored params', () => {
  it('render the same after a JSON round trip (how the store keeps them)', () => {
    for (const code of FINDING_CODES) {
      const v = sampleFindingVocab(code);
      expect(findingStatement(JSON.parse(JSON.stringify(v)) as FindingVocab)).toBe(findingStatement(v));
    }
    for (const code of FLAG_CODES) {
      const v = sampleFlagVocab(code);
      expect(flagWords(JSON.parse(JSON.stringify(v)) as FlagVocab)).toEqual(flagWords(v));
    }
  });

  it('the schema pairs each code with its params and refuses a mismatch', () => {
    const findings = findingSchema({ id: z.string() });
    const flags = flagSchema({ id: z.string() });
    for (const code of FINDING_CODES) expect(findings.safeParse({ id: 'f', ...sampleFindingVocab(code) }).success).toBe(true);
    for (const code of FLAG_CODES) expect(flags.safeParse({ id: 'f', ...sampleFlagVocab(code) }).success).toBe(true);
    // The control: the params of one code under another code fail.
    expect(findings.safeParse({ id: 'f', code: 'login-network', params: sampleFindingVocab('login-country').params }).success).toBe(false);
    expect(flags.safeParse({ id: 'f', code: 'new-country', params: sampleFlagVocab('datacenter-login').params }).success).toBe(false);
    expect(flags.safeParse({ id: 'f', code: 'no-such-code', params: {} }).success).toBe(false);
  });
});

describe('network basis words (the Who view\'s address table)', () => {
  it('says which source decided the kind', () => {
    expect(basisLabel('curated')).toBe('curated table');
    expect(basisLabel('list:x4bnet-datacenter (2026-08-22)')).toBe('list x4bnet-datacenter (2026-08-22)');
    expect(basisLabel('rule:owner-name "hosting"')).toBe('name contains "hosting"');
    expect(basisLabel(DEFAULT_REASON)).toBe('default: no list, no telling word in the name');
    expect(basisLabel('override: UK hosting and cloud company (source: x)')).toBe('reviewed correction');
    expect(basisLabel('special: 10.0.0.0/8')).toBe('private or reserved range');
    expect(basisLabel('none: no network data for this address')).toBe('no network data');
    expect(basisLabel(null)).toBeNull();
    expect(basisLabel(undefined)).toBeNull();
  });
});
