/**
 * End-to-end check of the compiled tables against the source CSVs: CSV parsing, binary layout,
 * the jump table and the searches must give the same answer as a plain scan of the CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpIntel } from '../../../electron/core/evidence/ip-intel';
import { openRangeTable, TableFormatError } from '../../../electron/core/evidence/ip-table';
import { evidenceKit, ROOT } from './data';

const ASN_DIR = path.join(ROOT, 'node_modules', '@ip-location-db', 'asn');
let intel: IpIntel;
beforeAll(() => { intel = evidenceKit().ip; });

function rows(file: string): { start: bigint; end: bigint; asn: number }[] {
  return fs.readFileSync(path.join(ASN_DIR, file), 'utf8').split('\n').filter(Boolean).map((line) => {
    const [s, e, a] = line.split(',');
    return { start: BigInt(s ?? '0'), end: BigInt(e ?? '0'), asn: Number(a) };
  });
}

const v4Text = (n: bigint): string => [24n, 16n, 8n, 0n].map((sh) => String((n >> sh) & 255n)).join('.');
const v6Text = (n: bigint): string => {
  const groups: string[] = [];
  for (let sh = 112n; sh >= 0n; sh -= 16n) groups.push(((n >> sh) & 0xffffn).toString(16));
  return groups.join(':');
};

/** Deterministic sample: first, last and middle address of every k-th row. */
function sample<T>(list: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_, i) => i % step === 0);
}

describe('compiled ASN tables agree with the source CSV', () => {
  it('IPv4', () => {
    const all = rows('asn-ipv4-num.csv');
    // The one overlapping pair in the 2026-06-17 data (DoD): the earlier row wins there by design.
    const overlap = (x: bigint): boolean => x >= 3607101440n && x <= 3607166975n;
    let checked = 0;
    for (const r of sample(all, 3000)) {
      for (const x of [r.start, r.end, (r.start + r.end) / 2n]) {
        if (overlap(x)) continue;
        const info = intel.lookup(v4Text(x));
        if (info.special) continue;
        expect(info.asn, v4Text(x)).toBe(r.asn);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8000);
  });

  it('IPv6, including ranges narrower than a /64', () => {
    const all = rows('asn-ipv6-num.csv');
    const narrow = all.filter((r) => (r.start & 0xffffffffffffffffn) !== 0n);
    let checked = 0;
    for (const r of [...sample(all, 2000), ...narrow]) {
      for (const x of [r.start, r.end, (r.start + r.end) / 2n]) {
        const info = intel.lookup(v6Text(x));
        if (info.special) continue;
        expect(info.asn, v6Text(x)).toBe(r.asn);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('addresses between ranges have no ASN', () => {
    const all = rows('asn-ipv4-num.csv');
    let gaps = 0;
    for (let i = 1; i < all.length && gaps < 200; i += 97) {
      const prev = all[i - 1];
      const cur = all[i];
      if (!prev || !cur || cur.start <= prev.end + 1n) continue;
      const info = intel.lookup(v4Text(prev.end + 1n));
      if (info.special) continue;
      expect(info.asn, v4Text(prev.end + 1n)).toBeNull();
      gaps++;
    }
    expect(gaps).toBeGreaterThan(50);
  });
});

describe('openRangeTable', () => {
  const table = (family: number, rowsV4: [number, number, number][]): Uint8Array => {
    const n = rowsV4.length;
    const words = new Uint32Array(4 + n * 3);
    words.set([0x54524257, 1, family, n]);
    rowsV4.forEach(([s, e, v], i) => { words[4 + i] = s; words[4 + n + i] = e; words[4 + 2 * n + i] = v; });
    return new Uint8Array(words.buffer);
  };

  it('finds values at range edges and misses gaps, including unaligned buffers', () => {
    const bytes = table(4, [[10, 20, 1], [0x00010000, 0x0001ffff, 2], [0xfffffff0, 0xffffffff, 3]]);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    for (const b of [bytes, unaligned]) {
      const t = openRangeTable(b, 'test');
      expect([9, 10, 15, 20, 21, 0x00010000, 0x0001ffff, 0x00020000, 0xfffffff0, 0xffffffff].map((x) => t.find4(x)))
        .toEqual([-1, 1, 1, 1, -1, 2, 2, -1, 3, 3]);
    }
  });

  it('rejects bytes that are not a table', () => {
    expect(() => openRangeTable(new Uint8Array(8), 'x')).toThrow(TableFormatError);
    const bad = table(4, [[1, 2, 3]]);
    expect(() => openRangeTable(bad.subarray(0, bad.length - 4), 'x')).toThrow(/size/);
  });
});
