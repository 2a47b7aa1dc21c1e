/**
 * How much a zip may unpack to before we call it a zip bomb, and the wording of each breach.
 * The same rules run twice: on the sizes the central directory declares (cheap, at open) and on
 * the bytes actually inflated (member-stream.ts), because declared sizes can lie.
 */
import type { ArchiveLimits } from './types';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * Real exports are large: Google Takeout splits at up to 50 GB per part, a single Gmail mbox or
 * video can be tens of GB, and a photo-heavy Takeout holds a few hundred thousand files.
 * - maxMemberBytes 64 GiB: well above the largest single files exports hold (long videos, a
 *   Gmail mbox of tens of GB).
 * - maxTotalBytes 256 GiB: five full 50 GB Takeout parts; beyond that, export fewer products at
 *   a time (callers can raise it for a known-good archive).
 * - maxRatio 200 above ratioFloorBytes 64 MiB: JSON, CSV and HTML deflate 5–20×, very repetitive
 *   logs reach ~100×, deflate's own ceiling is ~1030× and bombs sit near it. Small members may
 *   legitimately compress harder (a file of empty lists) and cannot do much harm, hence the floor.
 * - maxEntries 1,000,000: several times the biggest photo Takeouts; each entry costs a few
 *   hundred bytes of inventory memory, so this also bounds memory.
 */
export const DEFAULT_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxMemberBytes: 64 * GiB,
  maxTotalBytes: 256 * GiB,
  maxRatio: 200,
  ratioFloorBytes: 64 * MiB,
  maxEntries: 1_000_000,
});

export function resolveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ArchiveLimits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    // A bad limit is a programming error, not a problem with the person's file.
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new TypeError(`archive limit ${key} must be a number ≥ 0, got ${String(value)}`);
    limits[key] = value;
  }
  return limits;
}

const BOMB_HINT = 'The zip may be damaged or built to overwhelm the computer (a “zip bomb”), so Whereabouts will not unpack it.';

/** The problem with one member's size, or null. `compressed` is the member's bytes on disk. */
export function memberSizeProblem(limits: ArchiveLimits, uncompressed: number, compressed: number, source: 'declared' | 'found'): string | null {
  const verb = source === 'declared' ? 'would unpack to' : 'unpacks to more than';
  if (uncompressed > limits.maxMemberBytes) {
    return `this file inside the zip ${verb} ${formatBytes(uncompressed)}, more than the ${formatBytes(limits.maxMemberBytes)} Whereabouts accepts for one file. ${BOMB_HINT}`;
  }
  if (uncompressed > limits.ratioFloorBytes && uncompressed > compressed * limits.maxRatio) {
    const ratio = compressed > 0 ? Math.round(uncompressed / compressed) : Infinity;
    const times = Number.isFinite(ratio) ? `${ratio.toLocaleString('en-US')} times` : 'from nothing';
    return `this file inside the zip ${verb} ${formatBytes(uncompressed)} from ${formatBytes(compressed)} (compressed ${times}; real exports stay below ${limits.maxRatio} times). ${BOMB_HINT}`;
  }
  return null;
}

export function totalSizeProblem(limits: ArchiveLimits, total: number, source: 'declared' | 'found'): string | null {
  if (total <= limits.maxTotalBytes) return null;
  const verb = source === 'declared' ? 'would unpack to' : 'unpack to more than';
  return `the files inside ${verb} ${formatBytes(total)} in total, more than the ${formatBytes(limits.maxTotalBytes)} Whereabouts accepts. ${BOMB_HINT}`;
}

/** `count` is exact for a zip (its directory says how many) and "at least" for a folder walk. */
export function entryCountProblem(limits: ArchiveLimits, count: number, what: 'zip' | 'folder'): string | null {
  if (count <= limits.maxEntries) return null;
  const max = limits.maxEntries.toLocaleString('en-US');
  if (what === 'zip') return `this zip lists ${count.toLocaleString('en-US')} files, more than the ${max} Whereabouts accepts. ${BOMB_HINT}`;
  return `this folder holds more than ${max} files, the most Whereabouts accepts. Pick the export’s own folder rather than a folder that contains it.`;
}

/** Binary units with the labels Windows Explorer shows, the ones most people know. */
export function formatBytes(n: number): string {
  if (n < KiB) return `${n} bytes`;
  const units: [number, string][] = [
    [1024 * GiB, 'TB'],
    [GiB, 'GB'],
    [MiB, 'MB'],
    [KiB, 'KB'],
  ];
  for (const [size, label] of units) {
    if (n >= size) {
      const v = n / size;
      return `${v >= 100 ? Math.round(v) : Math.round(v * 10) / 10} ${label}`;
    }
  }
  return `${n} bytes`;
}
