/**
 * Key matching that tolerates cosmetic drift in spelling across export versions: TikTok
 * `Link`/`link`, `Device Model` (TXT) vs `DeviceModel` (JSON), `Tiktok Live`/`TikTok Live`;
 * Google CSV headers `Sub-Product Name`/`Sub Product Name`. Keys are compared after lower-casing
 * and dropping spaces, underscores and hyphens. Real renames (`VideoLink` → `Link`) still need an
 * alias in the platform's spec; this only removes the cosmetic variants.
 *
 * Shared by the importers (moved from tiktok/); keep it platform-neutral.
 */

const cache = new Map<string, string>();

export function normKey(key: string): string {
  // Item keys are a small vocabulary repeated millions of times; cache, but stay bounded.
  let norm = cache.get(key);
  if (norm === undefined) {
    norm = key.toLowerCase().replace(/[\s_-]+/g, '');
    if (cache.size < 10_000) cache.set(key, norm);
  }
  return norm;
}

/** A record's fields by normalised key; the first spelling wins when two collide. */
export function normalisedFields(item: Record<string, unknown>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [key, value] of Object.entries(item)) {
    const k = normKey(key);
    if (!map.has(k)) map.set(k, value);
  }
  return map;
}

/** The first alias present (in alias order) with a non-empty value, as text. */
export function pickText(fields: Map<string, unknown>, aliases: readonly string[] | undefined): string | undefined {
  if (!aliases) return undefined;
  for (const alias of aliases) {
    const text = asText(fields.get(normKey(alias)));
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Text of a scalar; undefined for null, empty strings, objects and arrays. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
