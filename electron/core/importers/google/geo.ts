/**
 * Coordinates as Google writes them: E7 integers (Records.json, Semantic Location History),
 * `geo:52.52,13.40` and `52.52°, 13.40°` strings (on-device Timeline), and the `center=lat,lng`
 * of a Maps link (My Activity locationInfos). Pure.
 */

export interface Geo {
  lat: number;
  lon: number;
}

function valid(lat: number, lon: number): Geo | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/**
 * E7 integer pair → degrees. Old Records.json files wrote negative values as unsigned 32-bit
 * integers (a latitude of 4 294 967 296 − n); those are folded back, as every public parser does.
 */
export function fromE7(latE7: unknown, lonE7: unknown): Geo | undefined {
  const lat = toNumber(latE7);
  const lon = toNumber(lonE7);
  if (lat === undefined || lon === undefined) return undefined;
  const fold = (n: number, limit: number): number => (n > limit * 1e7 ? n - 4294967296 : n);
  return valid(fold(lat, 90) / 1e7, fold(lon, 180) / 1e7);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

const PAIR = /(-?\d{1,3}(?:\.\d+)?)\s*°?\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*°?/;

/** `geo:52.52,13.40`, `52.52°, 13.40°`, `52.52,13.40`. */
export function fromPairText(text: unknown): Geo | undefined {
  if (typeof text !== 'string') return undefined;
  const m = PAIR.exec(text.replace(/^geo:/i, ''));
  return m ? valid(Number(m[1]), Number(m[2])) : undefined;
}

/** The `center=` (or `@lat,lng`) of a Google Maps link. */
export function fromMapsUrl(url: unknown): Geo | undefined {
  if (typeof url !== 'string') return undefined;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // a malformed escape: read the raw text
  }
  const center = /[?&]center=([^&]+)/.exec(decoded);
  if (center) return fromPairText(center[1]);
  const at = /\/@(-?\d{1,3}\.\d+),(-?\d{1,3}\.\d+)/.exec(decoded);
  return at ? valid(Number(at[1]), Number(at[2])) : undefined;
}

/** The place a Maps link names: `/maps/place/<name>` or `?q=<name>` (not coordinates). */
export function placeOfMapsUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const m = /\/maps\/place\/([^/?#@]+)/.exec(url) ?? /\/maps\b[^?#]*\?(?:[^#]*&)?q=([^&#]+)/.exec(url);
  if (!m?.[1]) return undefined;
  let name = m[1].replace(/\+/g, ' ');
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: keep the text as written
  }
  return fromPairText(name) ? undefined : name.trim() || undefined;
}
