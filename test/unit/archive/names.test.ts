import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCp437 } from '../../../electron/core/archive/cp437';
import { DEFAULT_LIMITS, resolveLimits } from '../../../electron/core/archive/limits';
import { comparePaths, decodeMemberName, junkReason, normaliseMemberName } from '../../../electron/core/archive/names';
import { sniff } from '../../../electron/core/archive/sniff';

describe('member names', () => {
  it('decodes CP437, unflagged UTF-8, flagged UTF-8', () => {
    expect(decodeCp437(Buffer.from([0x80, 0x81, 0x82, 0xe1, 0xff, 0x41]))).toBe('Çüéß\u00a0A');
    expect(decodeMemberName(Buffer.from([0x43, 0x61, 0x66, 0x82]), 0)).toBe('Café');
    expect(decodeMemberName(Buffer.from('Café', 'utf8'), 0)).toBe('Café');
    expect(decodeMemberName(Buffer.from('Café', 'utf8'), 0x800)).toBe('Café');
    expect(decodeMemberName(Buffer.from('plain.txt'), 0)).toBe('plain.txt');
  });

  it('prefers a matching Info-ZIP Unicode Path extra field, ignores a stale one', () => {
    const legacy = Buffer.from([0x43, 0x61, 0x66, 0x82]);
    const field = (crc: number): { id: number; data: Buffer } => {
      const head = Buffer.alloc(5);
      head.writeUInt8(1, 0);
      head.writeUInt32LE(crc >>> 0, 1);
      return { id: 0x7075, data: Buffer.concat([head, Buffer.from('Café ☕', 'utf8')]) };
    };
    expect(decodeMemberName(legacy, 0, [field(crc32(legacy))])).toBe('Café ☕');
    expect(decodeMemberName(legacy, 0, [field(crc32(legacy) ^ 1)])).toBe('Café');
  });

  it('normalises separators and dot segments, and flags unsafe names', () => {
    expect(normaliseMemberName('a\\b\\c.txt')).toEqual({ kind: 'file', path: 'a/b/c.txt' });
    expect(normaliseMemberName('./a//b/./c.txt')).toEqual({ kind: 'file', path: 'a/b/c.txt' });
    expect(normaliseMemberName('Activity/')).toEqual({ kind: 'folder', path: 'Activity' });
    expect(normaliseMemberName('./')).toEqual({ kind: 'empty' });
    expect(normaliseMemberName('a/../../b').kind).toBe('unsafe');
    expect(normaliseMemberName('/abs').kind).toBe('unsafe');
    expect(normaliseMemberName('\\\\server\\share').kind).toBe('unsafe');
    expect(normaliseMemberName('c:evil').kind).toBe('unsafe');
    expect(normaliseMemberName('a..b/c...txt')).toEqual({ kind: 'file', path: 'a..b/c...txt' });
  });

  it('recognises junk only by whole names', () => {
    expect(junkReason('__MACOSX/a/._b')).not.toBeNull();
    expect(junkReason('x/.DS_Store')).not.toBeNull();
    expect(junkReason('media/THUMBS.DB')).not.toBeNull();
    expect(junkReason('not__MACOSX/a')).toBeNull();
    expect(junkReason('a/.DS_Store.json')).toBeNull();
  });

  it('compares in code-point order', () => {
    const list = ['\u{1F600}', '\uFFFD', 'a', 'B', 'é', 'a/b', 'a b'];
    expect([...list].sort(comparePaths)).toEqual(['B', 'a', 'a b', 'a/b', 'é', '\uFFFD', '\u{1F600}']);
    const bytes = [...list].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...list].sort(comparePaths)).toEqual(bytes);
  });
});

describe('limits and sniffing', () => {
  it('has the documented defaults and validates overrides', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxMemberBytes: 64 * 2 ** 30, maxTotalBytes: 256 * 2 ** 30, maxRatio: 200, ratioFloorBytes: 64 * 2 ** 20, maxEntries: 1_000_000 });
    expect(resolveLimits({ maxEntries: 5 })).toEqual({ ...DEFAULT_LIMITS, maxEntries: 5 });
    expect(() => resolveLimits({ maxRatio: Number.NaN })).toThrow(TypeError);
    expect(() => resolveLimits({ maxEntries: -1 })).toThrow(TypeError);
  });

  it('tells zips from other things by their first bytes', () => {
    expect(sniff(Buffer.from('PK\x03\x04rest', 'latin1')).kind).toBe('zip');
    expect(sniff(Buffer.from('PK\x05\x06', 'latin1')).kind).toBe('zip');
    expect(sniff(Buffer.from('PK\x01\x02', 'latin1')).kind).toBe('unknown');
    expect(sniff(Buffer.from('Rar!\x1a\x07', 'latin1'))).toMatchObject({ kind: 'other-archive', name: expect.stringContaining('RAR') });
    const tar = Buffer.alloc(300);
    tar.write('ustar', 257, 'latin1');
    expect(sniff(tar)).toMatchObject({ kind: 'other-archive', name: expect.stringContaining('tar') });
  });
});
