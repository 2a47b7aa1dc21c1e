import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CENTROIDS } from '../../../electron/core/evidence/country-centroids';
import { countryInSentence, countryName, placeName } from '../../../electron/core/evidence/country-names';
import { airportCountryDistance, centroidKm, greatCircleKm } from '../../../electron/core/evidence/geo';
import { loadIataTable } from '../../../electron/core/evidence/iata';
import { evidenceKit, GENERATED } from './data';

describe('country centre points', () => {
  it('cover every country code the IP datasets can return', () => {
    evidenceKit();
    const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED, 'ip-tables.json'), 'utf8')) as { countryCodes: string[] };
    const missing = manifest.countryCodes.filter((cc) => !COUNTRY_CENTROIDS.has(cc) && cc !== 'UM');
    expect(missing).toEqual([]);
    expect(COUNTRY_CENTROIDS.size).toBeGreaterThan(240);
    for (const { lat, lon } of COUNTRY_CENTROIDS.values()) {
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
  });

  it('give plausible distances', () => {
    expect(greatCircleKm({ lat: 51.47, lon: -0.46 }, { lat: 40.64, lon: -73.78 })).toBeCloseTo(5540, -2); // LHR-JFK
    expect(centroidKm('DE', 'FR')).toBeGreaterThan(500);
    expect(centroidKm('DE', 'XX')).toBeNull();
  });

  it('nearest airports make neighbours close and keep oceans wide', () => {
    const d = airportCountryDistance(loadIataTable((evidenceKit(), GENERATED)));
    expect(d.nearestKm('US', 'CA')).toBeLessThan(100);
    expect(d.nearestKm('DE', 'FR')).toBeLessThan(100);
    expect(d.nearestKm('DE', 'US')).toBeGreaterThan(4000);
    expect(d.nearestKm('DE', 'US')).toBe(d.nearestKm('US', 'DE'));
  });
});

describe('country names', () => {
  it('reads names from ICU and places articles', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName(null)).toBe('an unknown country');
    expect(countryInSentence('US')).toBe('the United States');
    expect(countryInSentence('NL')).toBe('the Netherlands');
    expect(countryInSentence('FR')).toBe('France');
    expect(placeName('Singapore', 'SG')).toBe('Singapore');
    expect(placeName('London', 'GB')).toBe('London, United Kingdom');
  });
});
