import fs from 'node:fs';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/archive/open';
import { expectArchiveError } from './helpers/expect-error';
import { openFdCount, readAll, tempDir } from './helpers/fixtures';

let dir: string;

function put(rel: string, content: string | Buffer): void {
  const p = nodePath.join(dir, rel);
  fs.mkdirSync(nodePath.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

beforeAll(() => {
  dir = tempDir();
  put('outside/secret.txt', 'not part of the export');
  put('export/TikTok_Data/user_data.json', '{"Activity":{}}');
  put('export/TikTok_Data/Activity/Login History.txt', 'Date: 2024-01-01\n');
  put('export/TikTok_Data/.DS_Store', 'junk');
  put('export/TikTok_Data/media/Thumbs.db', 'junk');
  put('export/TikTok_Data/big.bin', Buffer.alloc(3 * 1024 * 1024, 7));
  fs.mkdirSync(nodePath.join(dir, 'export/TikTok_Data/empty-folder'));
  fs.symlinkSync(nodePath.join(dir, 'outside/secret.txt'), nodePath.join(dir, 'export/TikTok_Data/leak.txt'));
  fs.symlinkSync('user_data.json', nodePath.join(dir, 'export/TikTok_Data/alias.json'));
  fs.symlinkSync('Activity', nodePath.join(dir, 'export/TikTok_Data/activity-link'));
  fs.symlinkSync('nowhere.txt', nodePath.join(dir, 'export/TikTok_Data/broken.txt'));
  put('flat/a.txt', 'a');
  put('flat/__MACOSX/._a.txt', 'junk');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('folder input', () => {
  it('inventories files, strips the single top folder, skips junk and unsafe links with reasons', async () => {
    const r = await openArchive([nodePath.join(dir, 'export')]);
    try {
      const inv = r.inventory;
      expect(inv.kind).toBe('folder');
      expect(inv.label).toBe('export');
      expect(inv.strippedFolder).toBe('TikTok_Data');
      expect(inv.entries.map((e) => e.path)).toEqual(['Activity/Login History.txt', 'alias.json', 'big.bin', 'user_data.json']);
      const login = inv.entries[0]!;
      expect(login.rawPath).toBe(nodePath.join('TikTok_Data', 'Activity', 'Login History.txt'));
      expect(login.bytes).toBe(17);
      expect(login.compressedBytes).toBe(17);
      const reasons = Object.fromEntries(inv.skipped.map((s) => [s.path, s.reason]));
      expect(Object.keys(reasons).sort()).toEqual([
        'TikTok_Data/.DS_Store',
        'TikTok_Data/activity-link',
        'TikTok_Data/broken.txt',
        'TikTok_Data/leak.txt',
        'TikTok_Data/media/Thumbs.db',
      ]);
      expect(reasons['TikTok_Data/leak.txt']).toContain('outside the chosen folder');
      expect(reasons['TikTok_Data/activity-link']).toContain('link to a folder');
      expect(reasons['TikTok_Data/broken.txt']).toContain('does not exist');
      expect(inv.parts).toEqual([{ path: nodePath.join(dir, 'export'), bytes: inv.diskBytes }]);

      expect((await readAll(await r.open('user_data.json'))).toString()).toBe('{"Activity":{}}');
      expect((await readAll(await r.open('alias.json'))).toString()).toBe('{"Activity":{}}');
      expect((await r.peek('Activity/Login History.txt', 4)).toString()).toBe('Date');
      await expectArchiveError(r.open('leak.txt'), 'not-found', 'export', 'leak.txt');
    } finally {
      await r.close();
    }
  });

  it('skips a __MACOSX folder as a whole', async () => {
    const r = await openArchive([nodePath.join(dir, 'flat')]);
    try {
      expect(r.inventory.entries.map((e) => e.path)).toEqual(['a.txt']);
      expect(r.inventory.skipped).toEqual([{ path: '__MACOSX/', reason: expect.stringContaining('__MACOSX') }]);
    } finally {
      await r.close();
    }
  });

  it('refuses a folder with too many files', async () => {
    await expectArchiveError(openArchive([nodePath.join(dir, 'export')], { maxEntries: 3 }), 'bomb', 'export', 'more than 3 files');
  });

  it('leaks no file descriptors when a stream is destroyed mid-way or left open at close', async () => {
    const before = openFdCount();
    const r = await openArchive([nodePath.join(dir, 'export')]);
    const s = await r.open('big.bin');
    await new Promise<void>((resolve) => {
      s.once('data', () => {
        s.destroy();
        resolve();
      });
    });
    await r.peek('big.bin', 10);
    const dangling = await r.open('big.bin');
    await r.close();
    expect(dangling.destroyed).toBe(true);
    if (before !== null) expect(openFdCount()).toBe(before);
  });

  it('a member deleted after the walk gives a clear error', async () => {
    put('vanish/a.txt', 'a');
    put('vanish/b.txt', 'b');
    const r = await openArchive([nodePath.join(dir, 'vanish')]);
    try {
      fs.rmSync(nodePath.join(dir, 'vanish/b.txt'));
      await expectArchiveError(r.open('b.txt'), 'not-found', 'vanish', 'b.txt', 'disappeared');
    } finally {
      await r.close();
    }
  });
});
