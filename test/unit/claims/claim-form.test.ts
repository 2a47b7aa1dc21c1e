/** The Claims view's form helpers (renderer/src/views/claims/claim-form.ts) run under Node. */
import { describe, expect, it } from 'vitest';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import { claimFromForm, claimIdFor, EMPTY_FORM, withDevices } from '../../../renderer/src/views/claims/claim-form';
import { template } from './make-input';

describe('claim form', () => {
  it('makes a valid claim from the form, with countries and regions split out', () => {
    const r = claimFromForm({ ...EMPTY_FORM, statement: 'Our EU users\' data stays in the EEA', places: 'eea, ch', providers: 'Oracle', effectiveFrom: '2023-01-01', source: 'https://example.org/statement' }, [], CLAIM_TEMPLATES);
    expect('claim' in r).toBe(true);
    if (!('claim' in r)) return;
    expect(r.claim.id).toBe('our-eu-users-data-stays-in-the-eea');
    expect(r.claim.test).toEqual({ type: 'served-or-stored-only-in', mode: 'stored', countries: ['CH'], regions: ['EEA'], providers: ['Oracle'] });
    expect(r.claim.source).toEqual({ title: 'https://example.org/statement', url: 'https://example.org/statement', date: null });
  });

  it('returns the shared validator\'s messages', () => {
    const r = claimFromForm({ ...EMPTY_FORM, statement: 'x', places: 'USA', effectiveFrom: 'June 2022' }, [], CLAIM_TEMPLATES);
    expect('errors' in r && r.errors).toEqual([
      'effectiveFrom: must be a date written YYYY-MM-DD, got "June 2022"',
      'countries[0]: must be a two-letter ISO 3166-1 country code such as "US" or "IE", got "USA"',
    ]);
  });

  it('ids stay unique, and devices can be named on a device claim', () => {
    expect(claimIdFor('Only my devices', ['only-my-devices'])).toBe('only-my-devices-2');
    expect(claimIdFor('!!!', [])).toBe('my-claim');
    expect(withDevices(template('only-my-devices'), [' iPhone14,2 ', 'iPhone14,2', '']).test).toEqual({ type: 'only-known-devices', devices: ['iPhone14,2'] });
  });
});
