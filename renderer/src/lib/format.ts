/** Number and size formatting. Sizes are decimal (1 MB = 1,000,000 bytes), as file managers on macOS and Linux show them. */

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** Always in megabytes, for the import progress line ("12.3 of 80.0 MB"). */
export function formatMegabytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  return (bytes / 1_000_000).toFixed(1);
}

/**
 * "12.3 of 80.0 MB", in the unit that suits the total ("512 of 900 KB", "1.2 of 3.4 GB"); with
 * no known total (0 or less, e.g. a folder still being listed) only what was read: "12.3 MB read".
 */
export function formatProgressBytes(done: number, total: number): string {
  if (!Number.isFinite(done) || done < 0) return '–';
  if (!Number.isFinite(total) || total <= 0) return `${formatBytes(done)} read`;
  let unit = 0;
  let scale = 1;
  while (total / scale >= 1000 && unit < UNITS.length - 1) {
    scale *= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${(done / scale).toFixed(digits)} of ${(total / scale).toFixed(digits)} ${UNITS[unit]}`;
}

/** Whole percent of done/total, clamped to 0–100; null when the total is unknown. */
export function percent(done: number, total: number): number | null {
  if (!Number.isFinite(total) || total <= 0) return null;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

const counter = new Intl.NumberFormat('en');

export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  return counter.format(n);
}

/** "1 login" / "3 logins". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** First characters of a hash for tight places; the full value stays in the title and copy. */
export function shortHash(sha: string, length = 12): string {
  return sha.length > length ? `${sha.slice(0, length)}…` : sha;
}

/** "AS16509 Amazon.com, Inc." or whichever part is known. */
export function networkOwner(org: string | null, asn: number | null): string {
  if (org && asn !== null) return `${org} (AS${asn})`;
  if (org) return org;
  if (asn !== null) return `AS${asn}`;
  return 'Unknown network';
}
