import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { alpha2For, ISO_NUMERIC_TO_ALPHA2 } from '../../../renderer/src/views/where/iso-numeric';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};

describe('ISO numeric → alpha-2', () => {
  it('maps every numbered country in the atlas', () => {
    const missing = atlas.objects.countries.geometries.filter((g) => g.id !== undefined && !ISO_NUMERIC_TO_ALPHA2[g.id]).map((g) => `${g.id} ${g.properties.name}`);
    expect(missing).toEqual([]);
  });

  it('has no duplicate codes and only well-formed ones', () => {
    const codes = Object.values(ISO_NUMERIC_TO_ALPHA2);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('knows a few by heart, and Kosovo by name', () => {
    expect(alpha2For('276', 'Germany')).toBe('DE');
    expect(alpha2For('840', undefined)).toBe('US');
    expect(alpha2For(36, undefined)).toBe('AU');
    expect(alpha2For(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2For(undefined, 'Somaliland')).toBeNull();
  });
});
