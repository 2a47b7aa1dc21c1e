import { createHash } from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/archive/open';
import { guardMember, InflatedBudget } from '../../../electron/core/archive/member-stream';
import { resolveLimits } from '../../../electron/core/archive/limits';
import { expectArchiveError } from './helpers/expect-error';
import { openFdCount, patternStream, readAll, tempDir, writeYazl } from './helpers/fixtures';

const BIG = 50 * 1024 * 1024;
let dir: string;
let bigZip: string;
let bigSha: string;

beforeAll(async () => {
  dir = tempDir();
  bigZip = await writeYazl(nodePath.join(dir, 'big.zip'), [
    { name: 'export/big.json', stream: () => patternStream(BIG), compress: true },
    { name: 'export/big-stored.bin', stream: () => patternStream(8 * 1024 * 1024), compress: false },
    { name: 'export/small.txt', data: 'small member' },
  ]);
  const hash = createHash('sha256');
  for await (const c of patternStream(BIG)) hash.update(c as Buffer);
  bigSha = hash.digest('hex');
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('streaming members', () => {
  it('streams a 50 MB member in bounded chunks with the right bytes', async () => {
    const r = await openArchive([bigZip]);
    try {
      const entry = r.inventory.entries.find((e) => e.path === 'big.json')!;
      expect(entry.bytes).toBe(BIG);
      expect(entry.compressedBytes).toBeLessThan(BIG);
      const stream = await r.open('big.json');
      const hash = createHash('sha256');
      let chunks = 0;
      let largest = 0;
      let total = 0;
      for await (const c of stream) {
        const buf = c as Buffer;
        chunks++;
        largest = Math.max(largest, buf.length);
        total += buf.length;
        hash.update(buf);
      }
      expect(total).toBe(BIG);
      expect(hash.digest('hex')).toBe(bigSha);
      // Consumed as a stream: many small chunks, never the member (or a large slice of it) at once.
      expect(chunks).toBeGreaterThan(100);
      expect(largest).toBeLessThanOrEqual(1024 * 1024);
    } finally {
      await r.close();
    }
  }, 60_000);

  it('peek reads only the first n bytes of deflated and stored members', async () => {
    const r = await openArchive([bigZip]);
    try {
      const head = await r.peek('big.json', 100);
      const expected = (await readAll(patternStream(100))).subarray(0, 100);
      expect(head).toEqual(expected);
      expect((await r.peek('big-stored.bin', 7)).length).toBe(7);
      expect((await r.peek('small.txt', 1000)).toString()).toBe('small member');
      expect((await r.peek('small.txt', 0)).length).toBe(0);
    } finally {
      await r.close();
    }
  });

  it('destroying a stream after its first chunk stops inflating the rest', async () => {
    const r = await openArchive([bigZip]);
    try {
      const stream = await r.open('big.json');
      let seen = 0;
      stream.on('data', (c: Buffer) => (seen += c.length));
      const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
      stream.destroy();
      await new Promise((resolve) => stream.once('close', resolve));
      expect(first.length).toBeGreaterThan(0);
      expect(seen).toBeLessThan(1024 * 1024);
    } finally {
      await r.close();
    }
  });

  it('leaks no file descriptors when streams are destroyed mid-way, several at once, and the reader is closed', async () => {
    const before = openFdCount();
    const r = await openArchive([bigZip]);
    const streams = await Promise.all([r.open('big.json'), r.open('big-stored.bin'), r.open('big.json'), r.open('small.txt'), r.open('big-stored.bin')]);
    // Destroying one stream while another's read is queued on the same fd crashed yauzl's own
    // fd-slicer; this is the cancel-an-import situation.
    await Promise.all(
      streams.map(
        (s, i) =>
          new Promise<void>((resolve) => {
            let n = 0;
            s.on('data', () => {
              if (++n === 2 + i) s.destroy();
            });
            s.on('error', () => resolve());
            s.on('close', () => resolve());
          }),
      ),
    );
    await r.peek('big.json', 10);
    // One more left open on purpose: close() must end it.
    const dangling = await r.open('big.json');
    dangling.resume();
    await r.close();
    expect(dangling.destroyed).toBe(true);
    if (before !== null) expect(openFdCount()).toBe(before);
    await expectArchiveError(r.open('small.txt'), 'io', 'big.zip', 'closed');
    await r.close(); // twice is fine
  });

  it('the streaming guard counts real bytes: a member that inflates past the limits is stopped whatever was declared', async () => {
    const limits = resolveLimits({ maxMemberBytes: 1024 * 1024 });
    const source = Readable.from((function* () {
      for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024);
    })());
    const guarded = guardMember({ stream: source, explain: () => { throw new Error('unused'); } }, [], {
      file: 'x.zip',
      member: 'zeros.bin',
      compressedBytes: 10 * 1024 * 1024,
      budget: new InflatedBudget(limits),
    });
    let got = 0;
    const err = await expectArchiveError(
      (async () => {
        for await (const c of guarded) got += (c as Buffer).length;
      })(),
      'bomb',
      'x.zip',
      'zeros.bin',
    );
    expect(err.member).toBe('zeros.bin');
    expect(got).toBeLessThanOrEqual(1024 * 1024);
    expect(source.destroyed).toBe(true);
  });

  it('the archive-wide total counts each member once, at its largest read', () => {
    const budget = new InflatedBudget(resolveLimits());
    expect(budget.grow('a', 10)).toBe(10);
    expect(budget.grow('a', 5)).toBe(10);
    expect(budget.grow('b', 7)).toBe(17);
    expect(budget.grow('a', 20)).toBe(27);
  });
});
