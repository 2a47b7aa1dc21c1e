import fs from 'node:fs';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/archive/open';
import type { ArchiveReader } from '../../../electron/core/archive/types';
import { buildZip } from './helpers/zip-writer';
import { readAll, tempDir, writeYazl } from './helpers/fixtures';

let dir: string;
const readers: ArchiveReader[] = [];

beforeAll(() => {
  dir = tempDir();
});
afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(...paths: string[]): Promise<ArchiveReader> {
  const r = await openArchive(paths);
  readers.push(r);
  return r;
}

function writeHand(name: string, zip: Buffer): string {
  const p = nodePath.join(dir, name);
  fs.writeFileSync(p, zip);
  return p;
}

describe('inventory of a zip', () => {
  it('lists files sorted with sizes, leaves folders out with a reason, and reads members back', async () => {
    const p = await writeYazl(nodePath.join(dir, 'TikTok_Data_1700000000.zip'), [
      { name: 'user_data.json', data: '{"Activity":{}}' },
      { name: 'Activity/Login History.txt', data: 'Date: 2024-01-01 10:00:00\nIP: 192.0.2.1\n'.repeat(50) },
      { name: 'Activity/', directory: true },
      { name: 'Comments/Comments.txt', data: 'hello', compress: false },
    ]);
    const r = await open(p);
    const inv = r.inventory;
    expect(inv.kind).toBe('zip');
    expect(inv.label).toBe('TikTok_Data_1700000000.zip');
    expect(inv.strippedFolder).toBeUndefined();
    expect(inv.entries.map((e) => e.path)).toEqual(['Activity/Login History.txt', 'Comments/Comments.txt', 'user_data.json']);
    const login = inv.entries[0]!;
    expect(login.bytes).toBe('Date: 2024-01-01 10:00:00\nIP: 192.0.2.1\n'.length * 50);
    expect(login.compressedBytes).toBeLessThan(login.bytes);
    expect(login.part).toBe(0);
    expect(inv.entries[1]!.compressedBytes).toBe(5);
    expect(inv.skipped).toEqual([{ path: 'Activity/', reason: expect.stringContaining('folder') }]);
    expect(inv.parts).toEqual([{ path: p, bytes: fs.statSync(p).size }]);
    expect(inv.diskBytes).toBe(fs.statSync(p).size);
    expect(inv.totalBytes).toBe(inv.entries.reduce((s, e) => s + e.bytes, 0));

    expect((await readAll(await r.open('user_data.json'))).toString()).toBe('{"Activity":{}}');
    expect((await readAll(await r.open('Comments/Comments.txt'))).toString()).toBe('hello');
  });

  it('strips one wrapping top folder shared by every file, and keeps rawPath', async () => {
    const p = await writeYazl(nodePath.join(dir, 'wrapped.zip'), [
      { name: 'Takeout/archive_browser.html', data: '<html>' },
      { name: 'Takeout/My Activity/Search/MyActivity.json', data: '[]' },
    ]);
    const inv = (await open(p)).inventory;
    expect(inv.strippedFolder).toBe('Takeout');
    expect(inv.entries.map((e) => [e.path, e.rawPath])).toEqual([
      ['My Activity/Search/MyActivity.json', 'Takeout/My Activity/Search/MyActivity.json'],
      ['archive_browser.html', 'Takeout/archive_browser.html'],
    ]);
  });

  it('strips only one level, and nothing when files sit at the top or in two top folders', async () => {
    const nested = (await open(await writeYazl(nodePath.join(dir, 'nested.zip'), [{ name: 'a/b/c.txt', data: 'x' }, { name: 'a/b/d.txt', data: 'y' }]))).inventory;
    expect(nested.entries.map((e) => e.path)).toEqual(['b/c.txt', 'b/d.txt']);
    const two = (await open(await writeYazl(nodePath.join(dir, 'two.zip'), [{ name: 'a/c.txt', data: 'x' }, { name: 'b/d.txt', data: 'y' }]))).inventory;
    expect(two.entries.map((e) => e.path)).toEqual(['a/c.txt', 'b/d.txt']);
    expect(two.strippedFolder).toBeUndefined();
    const top = (await open(await writeYazl(nodePath.join(dir, 'top.zip'), [{ name: 'a/c.txt', data: 'x' }, { name: 'root.txt', data: 'y' }]))).inventory;
    expect(top.entries.map((e) => e.path)).toEqual(['a/c.txt', 'root.txt']);
  });

  it('skips __MACOSX/, .DS_Store and Thumbs.db with reasons, and still strips the wrapper', async () => {
    const p = await writeYazl(nodePath.join(dir, 'mac.zip'), [
      { name: 'export/user_data.json', data: '{}' },
      { name: 'export/.DS_Store', data: 'junk' },
      { name: 'export/media/Thumbs.db', data: 'junk' },
      { name: '__MACOSX/export/._user_data.json', data: 'junk' },
      { name: '__MACOSX/._export', data: 'junk' },
    ]);
    const inv = (await open(p)).inventory;
    expect(inv.entries.map((e) => e.path)).toEqual(['user_data.json']);
    expect(inv.strippedFolder).toBe('export');
    expect(inv.skipped.map((s) => s.path)).toEqual(['__MACOSX/._export', '__MACOSX/export/._user_data.json', 'export/.DS_Store', 'export/media/Thumbs.db']);
    expect(inv.skipped[0]!.reason).toContain('__MACOSX');
    expect(inv.skipped[2]!.reason).toContain('.DS_Store');
    expect(inv.skipped[3]!.reason).toContain('Thumbs.db');
  });

  it('decodes names: CP437 without the UTF-8 flag, UTF-8 without the flag, UTF-8 with the flag', async () => {
    // "Café.txt" and "Résumé ½.txt" in CP437 (é = 0x82, ½ = 0xAB): not valid UTF-8.
    const cp437 = Buffer.from([0x43, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74]);
    const cp437b = Buffer.concat([Buffer.from('R'), Buffer.from([0x82]), Buffer.from('sum'), Buffer.from([0x82]), Buffer.from(' '), Buffer.from([0xab]), Buffer.from('.txt')]);
    const p = writeHand('names.zip', buildZip([
      { name: cp437, data: Buffer.from('1') },
      { name: cp437b, data: Buffer.from('2') },
      { name: Buffer.from('Журнал входа.txt', 'utf8'), data: Buffer.from('3') }, // no flag
      { name: Buffer.from('日本語/ログイン履歴.json', 'utf8'), data: Buffer.from('4'), flags: 0x800 },
      { name: Buffer.from('Mon activité\\Recherche.json', 'utf8'), data: Buffer.from('5') }, // backslash separator
    ]));
    const r = await open(p);
    const byPath = new Map(r.inventory.entries.map((e) => [e.path, e]));
    expect([...byPath.keys()].sort()).toEqual(['Café.txt', 'Mon activité/Recherche.json', 'Résumé ½.txt', 'Журнал входа.txt', '日本語/ログイン履歴.json'].sort());
    expect(byPath.get('Mon activité/Recherche.json')!.rawPath).toBe('Mon activité\\Recherche.json');
    expect((await readAll(await r.open('Café.txt'))).toString()).toBe('1');
    expect((await readAll(await r.open('日本語/ログイン履歴.json'))).toString()).toBe('4');
  });

  it('sorts by code point (= UTF-8 byte order), not by UTF-16 units', async () => {
    const p = writeHand('order.zip', buildZip([
      { name: '\u{1F600}.txt', data: Buffer.from('a') }, // astral: after U+FFxx in code point order
      { name: '\uFF21.txt', data: Buffer.from('b') },
      { name: 'b.txt', data: Buffer.from('c') },
      { name: 'B.txt', data: Buffer.from('d') },
    ]));
    const inv = (await open(p)).inventory;
    expect(inv.entries.map((e) => e.path)).toEqual(['B.txt', 'b.txt', '\uFF21.txt', '\u{1F600}.txt']);
  });

  it('skips symbolic-link members and keeps the first of two members with the same name', async () => {
    const p = writeHand('links.zip', buildZip([
      { name: 'data.json', data: Buffer.from('first') },
      { name: 'link.json', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 },
      { name: './data.json', data: Buffer.from('second') },
    ]));
    const r = await open(p);
    expect(r.inventory.entries.map((e) => e.path)).toEqual(['data.json']);
    expect(r.inventory.skipped).toEqual([{ path: 'link.json', reason: expect.stringContaining('symbolic link') }]);
    // The second copy is a problem the import reports (not a quiet skip), with the choice explained.
    expect(r.inventory.problems).toEqual([
      { kind: 'duplicate', path: 'data.json', reason: 'two files share this name; the first copy in the archive is read, the other (6 bytes) is not' },
    ]);
    expect((await readAll(await r.open('data.json'))).toString()).toBe('first');
  });

  it('opens an empty zip as an empty inventory', async () => {
    const inv = (await open(writeHand('empty-zip.zip', buildZip([])))).inventory;
    expect(inv.entries).toEqual([]);
    expect(inv.totalBytes).toBe(0);
  });
});
