import fs from 'node:fs';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/archive/open';
import type { ArchiveLimits } from '../../../electron/core/archive/types';
import { expectArchiveError } from './helpers/expect-error';
import { dataOffset, flipByte, openFdCount, readAll, setCentralUncompressedSize, tempDir, writeYazl } from './helpers/fixtures';
import { buildZip, type HandEntry } from './helpers/zip-writer';

let dir: string;
let fdsBefore: number | null;

beforeAll(() => {
  dir = tempDir();
  fdsBefore = openFdCount();
});
afterAll(() => {
  // Every refused archive must have released its fd.
  if (fdsBefore !== null) expect(openFdCount()).toBe(fdsBefore);
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Buffer): string {
  const p = nodePath.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function hand(name: string, entries: HandEntry[]): string {
  return file(name, buildZip(entries));
}

async function yazlZip(name: string): Promise<Buffer> {
  const p = await writeYazl(nodePath.join(dir, `src-${name}`), [
    { name: 'export/user_data.json', data: JSON.stringify({ Activity: { Logins: Array.from({ length: 200 }, (_, i) => ({ IP: `192.0.2.${i % 255}` })) } }) },
    { name: 'export/notes.txt', data: 'plain stored text '.repeat(100), compress: false },
  ]);
  return fs.readFileSync(p);
}

/** Read a member completely; reject with whatever the stream emits. */
async function consume(paths: string[], member: string, limits?: Partial<ArchiveLimits>): Promise<Buffer> {
  const r = await openArchive(paths, limits);
  try {
    return await readAll(await r.open(member));
  } finally {
    await r.close();
  }
}

describe('not a zip', () => {
  it('random bytes', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
    const err = await expectArchiveError(openArchive([file('random.zip', bytes)]), 'not-an-archive', 'random.zip', 'not a zip archive or a folder', 'it starts with the bytes');
    expect(err.file).toBe('random.zip');
  });

  it('a PDF', async () => {
    await expectArchiveError(openArchive([file('TikTok_Data_1.zip', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))]), 'not-an-archive', "TikTok_Data_1.zip: this file is not a zip archive or a folder (it starts with '%PDF')");
  });

  it('an empty file', async () => {
    await expectArchiveError(openArchive([file('empty.zip', Buffer.alloc(0))]), 'not-an-archive', 'empty.zip', 'empty');
  });

  it('a .tgz Takeout', async () => {
    await expectArchiveError(openArchive([file('takeout.tgz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))]), 'not-an-archive', 'takeout.tgz', '.tgz');
  });

  it('a path that does not exist', async () => {
    await expectArchiveError(openArchive([nodePath.join(dir, 'gone.zip')]), 'not-found', 'gone.zip', 'does not exist');
  });
});

describe('truncated', () => {
  it('cut in half', async () => {
    const zip = await yazlZip('half.zip');
    await expectArchiveError(openArchive([file('half.zip', zip.subarray(0, zip.length >> 1))]), 'truncated', 'half.zip', 'incomplete');
  });

  it('last 10 bytes cut off', async () => {
    const zip = await yazlZip('short.zip');
    await expectArchiveError(openArchive([file('short.zip', zip.subarray(0, zip.length - 10))]), 'truncated', 'short.zip', 'incomplete');
  });

  it('central directory said to lie past the end', async () => {
    const zip = await yazlZip('cd-past-end.zip');
    zip.writeUInt32LE(zip.length + 1000, zip.length - 22 + 16); // EOCD: offset of the central directory
    await expectArchiveError(openArchive([file('cd-past-end.zip', zip)]), 'truncated', 'cd-past-end.zip');
  });

  it('a member whose data lies past the end', async () => {
    const zip = buildZip([{ name: 'a.txt', data: Buffer.from('aaaa') }, { name: 'b.txt', data: Buffer.from('b'.repeat(5000)) }]);
    // Keep the central directory, drop b.txt's data by pointing its local header far away.
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 1);
    zip.writeUInt32LE(zip.length + 10, cd + 42);
    const p = file('member-past-end.zip', zip);
    await expectArchiveError(consume([p], 'b.txt'), 'truncated', 'member-past-end.zip', 'b.txt', 'incomplete');
  });
});

describe('corrupt', () => {
  it('bad CRC in a stored member surfaces as an ArchiveError on the stream', async () => {
    const zip = await yazlZip('crc.zip');
    flipByte(zip, dataOffset(zip, 'export/notes.txt') + 5);
    const p = file('crc.zip', zip);
    const err = await expectArchiveError(consume([p], 'notes.txt'), 'corrupt', 'crc.zip: notes.txt:', 'checksum');
    expect(err.member).toBe('notes.txt');
  });

  it('damaged deflate data', async () => {
    const zip = await yazlZip('deflate.zip');
    const at = dataOffset(zip, 'export/user_data.json');
    for (let i = 0; i < 16; i++) flipByte(zip, at + 10 + i, 0x5a);
    await expectArchiveError(consume([file('deflate.zip', zip)], 'user_data.json'), 'corrupt', 'deflate.zip', 'user_data.json', 'damaged');
  });

  it('a member that ends before its declared size', async () => {
    const zip = await yazlZip('short-member.zip');
    setCentralUncompressedSize(zip, 'export/user_data.json', 10_000_000);
    await expectArchiveError(consume([file('short-member.zip', zip)], 'user_data.json'), 'corrupt', 'short-member.zip', 'user_data.json', 'ends after');
  });
});

describe('encrypted and unsupported', () => {
  it('a password-protected member refuses the archive', async () => {
    const p = hand('locked.zip', [{ name: 'open.txt', data: Buffer.from('x') }, { name: 'secret.json', data: Buffer.from('{"a":1}'), method: 8, flags: 0x1 }]);
    await expectArchiveError(openArchive([p]), 'encrypted', 'locked.zip', 'secret.json', 'password');
  });

  it('strong encryption (bit 6) too', async () => {
    const p = hand('strong.zip', [{ name: 'secret.json', data: Buffer.from('{}'), method: 8, flags: 0x41 }]);
    await expectArchiveError(openArchive([p]), 'encrypted', 'strong.zip', 'password');
  });

  it('an unsupported compression method fails that member only', async () => {
    const zip = buildZip([{ name: 'fine.txt', data: Buffer.from('ok') }, { name: 'big.mbox', data: Buffer.from('whatever'), method: 8 }]);
    // Rewrite big.mbox's method to Deflate64 (9) in both headers.
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(9, cd + 10);
    zip.writeUInt16LE(9, zip.readUInt32LE(cd + 42) + 8);
    const r = await openArchive([file('deflate64.zip', zip)]);
    try {
      expect(r.inventory.entries.map((e) => e.path)).toEqual(['big.mbox', 'fine.txt']);
      expect((await readAll(await r.open('fine.txt'))).toString()).toBe('ok');
      await expectArchiveError(r.open('big.mbox'), 'unsupported', 'deflate64.zip', 'big.mbox', 'Deflate64');
      await expectArchiveError(r.peek('big.mbox', 4), 'unsupported', 'big.mbox');
    } finally {
      await r.close();
    }
  });
});

describe('zip bombs', () => {
  const zeros = 4 * 1024 * 1024;
  const small: Partial<ArchiveLimits> = { ratioFloorBytes: 1024 * 1024, maxRatio: 50 };

  it('compression ratio above the limit, from the central directory', async () => {
    const p = await writeYazl(nodePath.join(dir, 'ratio.zip'), [{ name: 'data/zeros.bin', data: Buffer.alloc(zeros) }]);
    await expectArchiveError(openArchive([p], small), 'bomb', 'ratio.zip', 'data/zeros.bin', 'zip bomb');
  });

  it('declared size lies: small in the central directory, large when inflated → stopped while streaming', async () => {
    const src = await writeYazl(nodePath.join(dir, 'src-liar.zip'), [{ name: 'zeros.bin', data: Buffer.alloc(zeros) }]);
    const zip = fs.readFileSync(src);
    setCentralUncompressedSize(zip, 'zeros.bin', 1000);
    const p = file('liar.zip', zip);
    const r = await openArchive([p], small);
    try {
      expect(r.inventory.entries[0]!.bytes).toBe(1000);
      const stream = await r.open('zeros.bin');
      let got = 0;
      stream.on('data', (c: Buffer) => (got += c.length));
      await expectArchiveError(new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject)), 'bomb', 'liar.zip', 'zeros.bin', 'more data than');
      expect(got).toBeLessThanOrEqual(1000);
    } finally {
      await r.close();
    }
  });

  it('a member above the per-member limit', async () => {
    const p = await writeYazl(nodePath.join(dir, 'member.zip'), [{ name: 'a.bin', data: Buffer.alloc(2048) }]);
    await expectArchiveError(openArchive([p], { maxMemberBytes: 1024 }), 'bomb', 'member.zip', 'a.bin');
  });

  it('a total above the limit', async () => {
    const p = await writeYazl(nodePath.join(dir, 'total.zip'), [{ name: 'a.bin', data: Buffer.alloc(800) }, { name: 'b.bin', data: Buffer.alloc(800) }]);
    await expectArchiveError(openArchive([p], { maxTotalBytes: 1000 }), 'bomb', 'total.zip', 'in total');
  });

  it('too many entries', async () => {
    const p = await writeYazl(nodePath.join(dir, 'many.zip'), Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    await expectArchiveError(openArchive([p], { maxEntries: 3 }), 'bomb', 'many.zip', 'lists 5 files');
    const ok = await openArchive([p], { maxEntries: 5 });
    await ok.close();
  });

  it('overlapping members (one stored block listed twice)', async () => {
    const p = hand('overlap.zip', [{ name: 'a.bin', data: Buffer.alloc(1000), method: 8 }, { name: 'b.bin', data: Buffer.alloc(1000), method: 8, sameDataAs: 0 }]);
    await expectArchiveError(openArchive([p]), 'bomb', 'overlap.zip', 'same stored data');
  });
});

describe('unsafe member names', () => {
  it.each([
    ['../evil.txt', 'climbs out'],
    ['export/../../evil.txt', 'climbs out'],
    ['/etc/passwd', 'absolute'],
    ['C:\\Windows\\evil.dll', 'drive letter'],
    ['..\\evil.txt', 'climbs out'],
  ])('%s refuses the whole archive', async (name, why) => {
    const p = hand('evil.zip', [{ name: 'fine.txt', data: Buffer.from('ok') }, { name, data: Buffer.from('pwned') }]);
    const err = await expectArchiveError(openArchive([p]), 'unsafe-path', 'evil.zip', name, why);
    expect(err.member).toBe(name);
  });
});
