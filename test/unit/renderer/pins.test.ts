import { describe, expect, it } from 'vitest';
import type { HostRow } from '../../../shared/api';
import { pinRadius, pinsFromHosts } from '../../../renderer/src/lib/pins';

function host(name: string, grade: HostRow['grade'], count: number, lat: number | null, lon: number | null, hints: HostRow['pathHints'] = []): HostRow {
  return {
    host: name,
    count,
    first: null,
    last: null,
    owner: null,
    location: { label: name, kind: lat === null ? 'none' : 'cluster', country: null, lat, lon },
    grade,
    statement: `${name} statement`,
    basis: null,
    pathHints: hints,
    platforms: ['tiktok'],
  };
}

describe('map pins', () => {
  it('groups hosts at one place and keeps the strongest grade', () => {
    const pins = pinsFromHosts([host('a', 'F', 10, 38.9, -77.4), host('b', 'B', 5, 38.9, -77.4), host('c', 'G', 3, null, null)]);
    expect(pins).toHaveLength(1);
    expect(pins[0]?.grade).toBe('B');
    expect(pins[0]?.count).toBe(15);
    expect(pins[0]?.sources.map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('adds path hints with their own grade', () => {
    const hint = { token: 'maliva', location: { label: 'Virginia', kind: 'cluster' as const, country: 'US', lat: 38.9, lon: -77.4 }, grade: 'F' as const, statement: 's', count: 4 };
    const pins = pinsFromHosts([host('x', 'G', 9, null, null, [hint]), host('y', 'E', 1, 51.5, -0.1)]);
    expect(pins.map((p) => p.sources[0]?.name)).toEqual(['x (path: maliva)', 'y']);
  });

  it('scales radius with the count', () => {
    expect(pinRadius(0, 10)).toBe(4);
    expect(pinRadius(10, 10)).toBe(12);
    expect(pinRadius(5, 0)).toBe(4);
  });
});
