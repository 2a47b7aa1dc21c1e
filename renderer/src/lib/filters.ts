/** Timeline filter helpers: a stable key for caching, and ranges derived from flags. */
import type { Flag, TimelineFilter } from '../../../shared/api';

/** Same filter → same key, whatever the property order or empty arrays. */
export function filterKey(filter: TimelineFilter): string {
  const entries = Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

/** How many filters narrow the list (search and time range included). */
export function activeFilterCount(filter: TimelineFilter): number {
  return (JSON.parse(filterKey(filter)) as unknown[]).length;
}

/** One hour either side of a flag's records, so its events sit in context. */
export const FLAG_MARGIN_MS = 60 * 60 * 1000;

export function rangeAround(first: string | null, last: string | null, marginMs = FLAG_MARGIN_MS): { from?: string; to?: string } {
  const a = first ? Date.parse(first) : NaN;
  const b = last ? Date.parse(last) : NaN;
  const lo = Number.isFinite(a) ? a : b;
  const hi = Number.isFinite(b) ? b : a;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return {};
  const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { from: iso(Math.min(lo, hi) - marginMs), to: iso(Math.max(lo, hi) + marginMs) };
}

/** The timeline filter that shows a flag's sign-ins in context. */
export function filterForFlag(flag: Flag): TimelineFilter {
  return { ...rangeAround(flag.first, flag.last), kinds: ['login'] };
}
