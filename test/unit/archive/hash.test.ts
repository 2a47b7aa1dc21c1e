import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveSha256, folderManifest, hashingTap, hashParts, sha256File } from '../../../electron/core/archive/hash';
import { openArchive } from '../../../electron/core/archive/open';
import type { ArchiveReader } from '../../../electron/core/archive/types';
import { expectArchiveError } from './helpers/expect-error';
import { patternStream, tempDir, writeYazl } from './helpers/fixtures';

let dir: string;
const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every member's SHA-256 through hashingTap, the way an import computes them. */
async function memberHashes(r: ArchiveReader): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of r.inventory.entries) {
    const tap = hashingTap();
    await pipeline(await r.open(e.path), tap, new Writable({ write: (_c, _e, cb) => cb() }));
    expect(tap.bytes).toBe(e.bytes);
    out.set(e.path, tap.digest());
  }
  return out;
}

describe('hashing', () => {
  it('sha256File equals crypto over the file bytes, and reports progress', async () => {
    const p = nodePath.join(dir, 'file.bin');
    await pipeline(patternStream(3 * 1024 * 1024 + 17), fs.createWriteStream(p));
    let seen = 0;
    expect(await sha256File(p, { onBytes: (n) => (seen += n) })).toBe(sha(fs.readFileSync(p)));
    expect(seen).toBe(3 * 1024 * 1024 + 17);
  });

  it('sha256File on a missing file is an ArchiveError', async () => {
    await expectArchiveError(sha256File(nodePath.join(dir, 'nope.zip')), 'not-found', 'nope.zip');
  });

  it('hashingTap passes bytes through unchanged and digests them', async () => {
    const tap = hashingTap();
    expect(() => tap.digest()).toThrow(/before the stream ended/);
    const out: Buffer[] = [];
    tap.on('data', (c: Buffer) => out.push(c));
    const ended = new Promise((resolve) => tap.on('end', resolve));
    tap.write(Buffer.from('hello '));
    tap.end(Buffer.from('world'));
    await ended;
    expect(Buffer.concat(out).toString()).toBe('hello world');
    expect(tap.digest()).toBe(sha('hello world'));
    expect(tap.bytes).toBe(11);
  });

  it('archiveSha256 of a zip is the file’s SHA-256', async () => {
    const p = await writeYazl(nodePath.join(dir, 'one.zip'), [{ name: 'a.txt', data: 'a' }]);
    const r = await openArchive([p]);
    try {
      expect(await archiveSha256(r.inventory)).toBe(sha(fs.readFileSync(p)));
    } finally {
      await r.close();
    }
  });

  it('archiveSha256 of a split zip is the SHA-256 of the parts concatenated in part order', async () => {
    const p1 = await writeYazl(nodePath.join(dir, 'x-part1.zip'), [{ name: 'a.txt', data: 'a'.repeat(1000) }]);
    const p2 = await writeYazl(nodePath.join(dir, 'x-part2.zip'), [{ name: 'b.txt', data: 'b'.repeat(2000) }]);
    const r = await openArchive([p2, p1]);
    try {
      const concatenated = Buffer.concat([fs.readFileSync(p1), fs.readFileSync(p2)]);
      expect(await archiveSha256(r.inventory)).toBe(sha(concatenated));
      const both = await hashParts(r.inventory.parts.map((p) => p.path));
      expect(both.sha256).toBe(sha(concatenated));
      expect(both.parts.map((p) => p.sha256)).toEqual([sha(fs.readFileSync(p1)), sha(fs.readFileSync(p2))]);
      expect(both.parts.map((p) => p.bytes)).toEqual([fs.statSync(p1).size, fs.statSync(p2).size]);
    } finally {
      await r.close();
    }
  });

  it('archiveSha256 of a folder is the SHA-256 of its sha256sum-style manifest', async () => {
    const root = nodePath.join(dir, 'folder');
    fs.mkdirSync(nodePath.join(root, 'Activity'), { recursive: true });
    fs.writeFileSync(nodePath.join(root, 'user_data.json'), '{}');
    fs.writeFileSync(nodePath.join(root, 'Activity', 'Login History.txt'), 'Date: 2024\n');
    fs.writeFileSync(nodePath.join(root, 'Zeta.txt'), 'z');
    fs.writeFileSync(nodePath.join(root, 'Été.txt'), 'é');
    fs.writeFileSync(nodePath.join(root, '.DS_Store'), 'junk');
    const r = await openArchive([root]);
    try {
      const hashes = await memberHashes(r);
      const manifest = folderManifest(r.inventory, hashes);
      expect(manifest).toBe(
        [
          `${sha('Date: 2024\n')}  Activity/Login History.txt\n`,
          `${sha('z')}  Zeta.txt\n`,
          `${sha('{}')}  user_data.json\n`,
          `${sha('é')}  Été.txt\n`,
        ].join(''),
      );
      expect(await archiveSha256(r.inventory, hashes)).toBe(sha(manifest));
      await expect(archiveSha256(r.inventory)).rejects.toThrow(/every member/);

      if (hasTool('sha256sum') && hasTool('find')) {
        // The recipe documented in hash.ts, as a journalist would run it.
        const recipe = `find . -type f ! -name .DS_Store ! -iname Thumbs.db ! -path './__MACOSX/*' -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`;
        const out = execFileSync('sh', ['-c', recipe], { cwd: root }).toString().split(' ')[0];
        expect(out).toBe(await archiveSha256(r.inventory, hashes));
      }
    } finally {
      await r.close();
    }
  });
});
