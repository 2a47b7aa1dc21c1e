/**
 * Distances between countries for the impossible-travel check. Two estimates:
 *  - centre to centre (country-centroids.ts): what the explanation quotes;
 *  - nearest airports of the two countries (from the compiled airport list), a stand-in for the
 *    shortest plausible trip: neighbouring large countries have centres thousands of kilometres
 *    apart although their border towns are not (Seattle and Vancouver), so the check gates on
 *    this one when it is known.
 */
import { countryCentroid, type LatLon } from './country-centroids';
import type { IataTable } from './iata';

const EARTH_RADIUS_KM = 6371.0088;

export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface CountryDistance {
  /** Centre-to-centre distance; null when either country has no centre point. */
  centroidKm(a: string, b: string): number | null;
  /** Shortest plausible trip between the two countries (nearest airports); null when unknown. */
  nearestKm(a: string, b: string): number | null;
}

export function centroidKm(a: string, b: string): number | null {
  const pa = countryCentroid(a);
  const pb = countryCentroid(b);
  return pa && pb ? greatCircleKm(pa, pb) : null;
}

/** Centroids only: nearestKm is unknown, callers fall back to centroidKm. */
export const CENTROID_DISTANCE: CountryDistance = { centroidKm, nearestKm: () => null };

/**
 * Adds the nearest-airports distance. Pairwise over the two countries' airports, cached per
 * pair; the largest pair (US x CA) is about 100k distance computations, done once.
 */
export function airportCountryDistance(airports: IataTable): CountryDistance {
  const byCountry = new Map<string, LatLon[]>();
  for (const row of Object.values(airports)) {
    const list = byCountry.get(row[1]) ?? [];
    list.push({ lat: row[2], lon: row[3] });
    byCountry.set(row[1], list);
  }
  const cache = new Map<string, number | null>();
  return {
    centroidKm,
    nearestKm(a, b) {
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const pa = byCountry.get(a);
      const pb = byCountry.get(b);
      let best: number | null = null;
      if (pa && pb) {
        for (const p of pa) for (const q of pb) {
          const d = greatCircleKm(p, q);
          if (best === null || d < best) best = d;
        }
      }
      cache.set(key, best);
      return best;
    },
  };
}
