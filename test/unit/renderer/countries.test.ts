import { describe, expect, it } from 'vitest';
import { countryName, countryWithCode } from '../../../renderer/src/lib/countries';

describe('country names', () => {
  it('names codes offline', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('de')).toBe('Germany');
    expect(countryWithCode('NL')).toBe('Netherlands (NL)');
  });

  it('handles unknowns', () => {
    expect(countryName(null)).toBe('Unknown country');
    expect(countryName('??')).toBe('??');
  });
});
