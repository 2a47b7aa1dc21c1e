import { describe, expect, it } from 'vitest';
import { CLAIM_TEMPLATES, findTemplate } from '../../../shared/claim-templates';
import { allowedCountries, CLAIMS_SCHEMA, claimToJson, parseClaims, parseClaimsFile } from '../../../shared/claims';

const file = (claims: unknown[]): string => JSON.stringify({ schema: CLAIMS_SCHEMA, claims });
const errorsOf = (text: string): string[] => {
  const r = parseClaimsFile(text, CLAIM_TEMPLATES);
  return r.ok ? [] : r.errors;
};

describe('claims file validation', () => {
  it('accepts a full claim, filling every optional field with null', () => {
    const r = parseClaimsFile(file([{ id: 'us-only', statement: 'Data stays in the US.', test: { type: 'served-or-stored-only-in', mode: 'stored', countries: ['us'] } }]), CLAIM_TEMPLATES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toEqual({
      id: 'us-only', statement: 'Data stays in the US.', statedBy: null, appliesTo: null, subject: { platform: 'any', sourceSha256: null },
      test: { type: 'served-or-stored-only-in', mode: 'stored', countries: ['US'], regions: [], providers: [] },
      effectiveFrom: null, source: null, note: null,
    });
  });

  it('resolves templates, with overrides merged into the template (test fields too)', () => {
    const r = parseClaimsFile(file([
      { template: 'login-history-max-days', id: 'thirty', statement: 'Kept 30 days.', test: { days: 30 } },
      { template: 'tiktok-us-data-oracle' },
    ]), CLAIM_TEMPLATES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]?.test).toEqual({ type: 'login-history-retention-max-days', days: 30 });
    expect(r.value[0]?.id).toBe('thirty');
    expect(r.value[1]).toEqual(findTemplate('tiktok-us-data-oracle')?.claim);
  });

  it('accepts a bare list too', () => {
    expect(parseClaims([{ template: 'no-third-party-apps' }], CLAIM_TEMPLATES).ok).toBe(true);
  });

  it('names the path and the problem for every error', () => {
    expect(errorsOf('{ nope')[0]).toMatch(/^\$: not valid JSON/);
    expect(errorsOf(JSON.stringify({ claims: [] }))).toEqual(['$.claims: is empty: give at least one claim']);
    expect(errorsOf(JSON.stringify({ schema: 'other/9', claims: [{ template: 'no-third-party-apps' }] }))).toEqual([`$.schema: must be "${CLAIMS_SCHEMA}", got "other/9"`]);
    const many = errorsOf(file([
      { id: 'Bad Id', statement: '', test: { type: 'teleport' } },
      { id: 'x', statement: 's', test: { type: 'served-or-stored-only-in', mode: 'kept', countries: ['USA'], regions: ['MARS'] } },
      { id: 'y', statement: 's', test: { type: 'login-history-retention-max-days', days: 0 }, effectiveFrom: '2022-02-30' },
      { id: 'z', statement: 's', test: { type: 'export-contains', categories: ['login', 'selfies'] }, colour: 'red' },
      { template: 'nope' },
      { template: 'no-third-party-apps', test: { type: 'export-contains' } },
      { id: 'x', statement: 's', test: { type: 'no-datacenter-logins' }, subject: { platform: 'myspace', sourceSha256: 'abc' } },
    ]));
    const expected = [
      '$.claims[0].id: must be lower-case letters, digits and dashes',
      '$.claims[0].statement: must be a non-empty text',
      '$.claims[0].test.type: must be one of',
      '$.claims[1].test.mode: must be "stored" or "served"',
      '$.claims[1].test.countries[0]: must be a two-letter ISO 3166-1 country code',
      '$.claims[1].test.regions[0]: must be one of US, EU, EEA',
      '$.claims[2].effectiveFrom: must be a date written YYYY-MM-DD, got "2022-02-30"',
      '$.claims[2].test.days: must be a whole number of days between 1 and 36500, got 0',
      '$.claims[3].colour: unknown field',
      '$.claims[3].test.categories[1]: unknown category "selfies"',
      '$.claims[4].template: unknown template "nope"',
      '$.claims[5].test.type: a template\'s test type cannot change',
      '$.claims[6].subject.platform: must be one of any, tiktok',
      '$.claims[6].subject.sourceSha256: must be a SHA-256',
    ];
    for (const e of expected) expect(many.some((m) => m.startsWith(e)), `${e}\n in ${many.join('\n')}`).toBe(true);
  });

  it('rejects duplicate ids', () => {
    expect(errorsOf(file([{ template: 'no-third-party-apps' }, { template: 'no-third-party-apps' }]))).toEqual([
      '$.claims[1].id: "no-third-party-apps" is used twice (also by claim 0); ids must be unique',
    ]);
  });

  it('a served-or-stored test needs at least one place', () => {
    expect(errorsOf(file([{ id: 'a', statement: 's', test: { type: 'served-or-stored-only-in', mode: 'served' } }]))).toEqual([
      '$.claims[0].test: needs at least one entry in "countries" or "regions"',
    ]);
  });
});

describe('templates', () => {
  it('has the required templates, each with a date, and the platform ones with a source and date', () => {
    const ids = CLAIM_TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([
      'tiktok-us-data-oracle', 'tiktok-eea-data-clover', 'no-datacenter-logins', 'only-my-devices', 'no-third-party-apps',
      'login-history-max-days', 'export-contains-logins-devices-advertisers',
    ]));
    for (const t of CLAIM_TEMPLATES) {
      expect(t.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.claim.id).toBe(t.id);
      if (t.claim.statedBy !== null) {
        expect(t.claim.source?.url).toMatch(/^https:\/\//);
        expect(t.claim.source?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(t.claim.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(findTemplate('tiktok-us-data-oracle')?.claim.source?.url).toBe('https://usds.tiktok.com/delivering-on-our-us-data-governance/');
    expect(findTemplate('tiktok-us-data-oracle')?.claim.effectiveFrom).toBe('2022-06-17');
  });

  it('every template is a valid claim that round-trips through the file format unchanged', () => {
    for (const t of CLAIM_TEMPLATES) {
      const r = parseClaims([claimToJson(t.claim)], CLAIM_TEMPLATES);
      expect(r.ok, t.id).toBe(true);
      if (r.ok) expect(r.value[0]).toEqual(t.claim);
    }
  });

  it('regions expand to their member countries', () => {
    const eea = allowedCountries({ type: 'served-or-stored-only-in', mode: 'stored', countries: ['CH'], regions: ['EEA'], providers: [] });
    expect(eea).toContain('NO');
    expect(eea).toContain('IE');
    expect(eea).toContain('CH');
    expect(eea).not.toContain('GB');
    expect(eea.length).toBe(31);
  });
});
