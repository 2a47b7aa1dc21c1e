/** Small time helpers for words and evidence: the export's own UTC timestamps, read and written plainly. */

/** Milliseconds since the epoch, or null for a missing or unreadable time. */
export function toMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** `2024-03-01 10:20 UTC` */
export function formatUtc(iso: string): string {
  const ms = toMs(iso);
  if (ms === null) return iso;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2024-03-01` */
export function formatDay(iso: string): string {
  const ms = toMs(iso);
  return ms === null ? iso : new Date(ms).toISOString().slice(0, 10);
}

/** `0 minutes`, `35 minutes`, `3 h 20 min`, `2 days 4 h`. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days} days${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

export const DAY_MS = 86_400_000;

/**
 * Code-unit order, nulls last: ISO timestamps, country codes and ids sort the same on every
 * machine (localeCompare would depend on the locale and puts punctuation first).
 */
export function byText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
