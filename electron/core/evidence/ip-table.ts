/**
 * Sorted, disjoint IP range tables as compiled by scripts/build-data.mjs, searched in place
 * (typed-array views over the file bytes, no copies). Pure: the loader hands in the bytes.
 */

export const TABLE_MAGIC = 0x54524257;
export const TABLE_FORMAT_VERSION = 1;
const HEADER_WORDS = 4;

export interface RangeTable {
  readonly family: 4 | 6;
  readonly count: number;
  /** Value index of the range holding the address, or -1. */
  find4(ip: number): number;
  find6(words: Uint32Array): number;
}

/** Thrown when bytes do not hold a table this code can read (older build, other byte order). */
export class TableFormatError extends Error {}

export function openRangeTable(bytes: Uint8Array, name: string): RangeTable {
  // Typed-array views need 4-byte alignment; Buffers from the pool may start unaligned.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  if (aligned.byteLength < HEADER_WORDS * 4) throw new TableFormatError(`${name}: file too short`);
  const header = new Uint32Array(aligned.buffer, aligned.byteOffset, HEADER_WORDS);
  if (header[0] !== TABLE_MAGIC || header[1] !== TABLE_FORMAT_VERSION) {
    throw new TableFormatError(`${name}: unknown table format`);
  }
  const family = header[2];
  const count = header[3] ?? 0;
  if (family !== 4 && family !== 6) throw new TableFormatError(`${name}: bad address family`);
  const w = family === 4 ? 1 : 4;
  const expected = (HEADER_WORDS + count * (2 * w + 1)) * 4;
  if (aligned.byteLength !== expected) throw new TableFormatError(`${name}: size does not match its header`);
  let at = aligned.byteOffset + HEADER_WORDS * 4;
  const starts = new Uint32Array(aligned.buffer, at, count * w);
  at += count * w * 4;
  const ends = new Uint32Array(aligned.buffer, at, count * w);
  at += count * w * 4;
  const values = new Uint32Array(aligned.buffer, at, count);

  // Jump table on the top 16 bits: `upto[p]` is the number of rows starting below prefix p,
  // so a search only spans the rows near the address (a few steps instead of ~19).
  const upto = new Uint32Array(65537);
  for (let p = 0, r = 0; p <= 65536; p++) {
    while (r < count && ((starts[r * w] as number) >>> 16) < p) r++;
    upto[p] = r;
  }

  if (family === 4) {
    return {
      family, count,
      find4(ip: number): number {
        const p = ip >>> 16;
        let lo = upto[p] as number;
        let hi = (upto[p + 1] as number) - 1;
        let found = lo - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          if ((starts[mid] as number) <= ip) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found >= 0 && ip <= (ends[found] as number) ? (values[found] as number) : -1;
      },
      find6: () => -1,
    };
  }

  // Lexicographic compare of the 4-word row `row` in `col` with the key; <0, 0, >0.
  const cmp = (col: Uint32Array, row: number, k: Uint32Array): number => {
    const base = row * 4;
    for (let i = 0; i < 4; i++) {
      const a = col[base + i] as number;
      const b = k[i] as number;
      if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  };
  return {
    family, count,
    find4: () => -1,
    find6(key: Uint32Array): number {
      const p = (key[0] as number) >>> 16;
      let lo = upto[p] as number;
      let hi = (upto[p + 1] as number) - 1;
      let found = lo - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(starts, mid, key) <= 0) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
      }
      return found >= 0 && cmp(ends, found, key) >= 0 ? (values[found] as number) : -1;
    },
  };
}
