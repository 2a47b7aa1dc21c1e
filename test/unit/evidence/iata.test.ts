import { describe, expect, it } from 'vitest';
import { createIataLookup } from '../../../electron/core/evidence/iata';
import { evidenceKit } from './data';

describe('IATA lookup', () => {
  it('resolves the airports CDNs name', () => {
    const iata = evidenceKit().iata;
    for (const code of ['LHR', 'IAD', 'SIN', 'FRA', 'NRT', 'BOM', 'GRU', 'SJC', 'DFW', 'CDG', 'AMS', 'HKG', 'MAA', 'SEA', 'ORD', 'LAX', 'MRS', 'ZRH', 'DEL', 'KUL', 'CGK', 'JNB', 'SYD', 'IST']) {
      const p = iata(code);
      expect(p, code).not.toBeNull();
      expect(p?.source).toBe('airport');
    }
    expect(iata('lhr')).toMatchObject({ city: 'London', country: 'GB' });
    expect(iata('HKG')).toMatchObject({ city: 'Hong Kong', country: 'HK' });
    expect(iata('syd')?.lat).toBeCloseTo(-33.95, 1);
  });

  it('knows IATA city codes', () => {
    const iata = evidenceKit().iata;
    expect(iata('LON')).toMatchObject({ city: 'London', country: 'GB', source: 'city-code' });
    expect(iata('NYC')).toMatchObject({ country: 'US', source: 'city-code' });
    expect(iata('WAS')).toMatchObject({ country: 'US', source: 'city-code' });
    expect(iata('TYO')).toMatchObject({ city: 'Tokyo', country: 'JP', source: 'city-code' });
  });

  it('lets CDN overrides win over the airport list', () => {
    const iata = createIataLookup({ ASH: ['Nashua', 'US', 42.78, -71.51] });
    expect(iata('ash')).toMatchObject({ city: 'Ashburn, Virginia', source: 'cdn-code' });
    expect(iata('frx')).toMatchObject({ city: 'Frankfurt', country: 'DE' });
  });

  it('returns null for unknown or malformed codes', () => {
    const iata = evidenceKit().iata;
    expect(iata('QQQ')).toBeNull();
    expect(iata('LHRX')).toBeNull();
    expect(iata('')).toBeNull();
  });
});
