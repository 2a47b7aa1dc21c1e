import fs from 'node:fs';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/archive/open';
import { splitName } from '../../../electron/core/archive/split';
import { expectArchiveError } from './helpers/expect-error';
import { readAll, tempDir, writeYazl } from './helpers/fixtures';

let dir: string;
let part1: string;
let part2: string;
let part3: string;

beforeAll(async () => {
  dir = tempDir();
  part1 = await writeYazl(nodePath.join(dir, 'takeout-20240301T101010Z-001.zip'), [
    { name: 'Takeout/archive_browser.html', data: '<html>' },
    { name: 'Takeout/My Activity/Search/MyActivity.json', data: '[{"title":"a"}]' },
  ]);
  part2 = await writeYazl(nodePath.join(dir, 'takeout-20240301T101010Z-002.zip'), [
    { name: 'Takeout/Access Log Activity/Activities.csv', data: 'IP Address\n192.0.2.1\n' },
    { name: 'Takeout/archive_browser.html', data: '<html> again' },
  ]);
  part3 = await writeYazl(nodePath.join(dir, 'takeout-20240301T101010Z-003.zip'), [{ name: 'Takeout/Chrome/History.json', data: '{}' }]);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('split zip', () => {
  it('merges the parts of one export in part order, whatever order they were picked in', async () => {
    const r = await openArchive([part3, part1, part2]);
    try {
      const inv = r.inventory;
      expect(inv.kind).toBe('split-zip');
      expect(inv.label).toBe('takeout-20240301T101010Z (3 zip parts)');
      expect(inv.parts.map((p) => nodePath.basename(p.path))).toEqual([
        'takeout-20240301T101010Z-001.zip',
        'takeout-20240301T101010Z-002.zip',
        'takeout-20240301T101010Z-003.zip',
      ]);
      expect(inv.strippedFolder).toBe('Takeout');
      expect(inv.entries.map((e) => [e.path, e.part])).toEqual([
        ['Access Log Activity/Activities.csv', 1],
        ['Chrome/History.json', 2],
        ['My Activity/Search/MyActivity.json', 0],
        ['archive_browser.html', 0],
      ]);
      expect(inv.skipped).toEqual([]);
      expect(inv.problems).toEqual([{
        kind: 'duplicate', path: 'archive_browser.html',
        reason: 'two files share this name; the copy in takeout-20240301T101010Z-001.zip is read, the other (in takeout-20240301T101010Z-002.zip, 12 bytes) is not',
      }]);
      expect(inv.diskBytes).toBe([part1, part2, part3].reduce((s, p) => s + fs.statSync(p).size, 0));
      expect((await readAll(await r.open('Access Log Activity/Activities.csv'))).toString()).toContain('192.0.2.1');
      expect((await readAll(await r.open('archive_browser.html'))).toString()).toBe('<html>');
      expect((await r.peek('Chrome/History.json', 10)).toString()).toBe('{}');
    } finally {
      await r.close();
    }
  });

  it('skips an identical copy in another part quietly, with the reason', async () => {
    const sub = nodePath.join(dir, 'same');
    fs.mkdirSync(sub, { recursive: true });
    const a = await writeYazl(nodePath.join(sub, 'takeout-20240501T000000Z-001.zip'), [{ name: 'Takeout/archive_browser.html', data: '<html>' }, { name: 'Takeout/a.json', data: '[]' }]);
    const b = await writeYazl(nodePath.join(sub, 'takeout-20240501T000000Z-002.zip'), [{ name: 'Takeout/archive_browser.html', data: '<html>' }, { name: 'Takeout/b.json', data: '[]' }]);
    const r = await openArchive([a, b]);
    expect(r.inventory.problems).toEqual([]);
    expect(r.inventory.skipped).toEqual([{ path: 'Takeout/archive_browser.html', reason: expect.stringContaining('identical copy') }]);
    await r.close();
  });

  it('names a part missing between the chosen ones, and a part lying beside them that was not chosen', async () => {
    const sub = nodePath.join(dir, 'gaps');
    fs.mkdirSync(sub, { recursive: true });
    const p1 = await writeYazl(nodePath.join(sub, 'takeout-20240601T000000Z-001.zip'), [{ name: 'Takeout/a.json', data: '[]' }]);
    const p3 = await writeYazl(nodePath.join(sub, 'takeout-20240601T000000Z-003.zip'), [{ name: 'Takeout/c.json', data: '[]' }]);
    await writeYazl(nodePath.join(sub, 'takeout-20240601T000000Z-004.zip'), [{ name: 'Takeout/d.json', data: '[]' }]);
    const r = await openArchive([p1, p3]);
    expect(r.inventory.problems).toEqual([
      { kind: 'missing-part', path: 'takeout-20240601T000000Z-002.zip', reason: 'part 2 of this split export was not chosen (parts 1, 3 were); files in it were not read' },
      { kind: 'missing-part', path: 'takeout-20240601T000000Z-004.zip', reason: 'part 4 of this split export lies beside the chosen parts but was not chosen; files in it were not read' },
    ]);
    await r.close();
    // One part chosen alone, its sibling beside it: still said.
    const one = await openArchive([p3]);
    expect(one.inventory.problems?.map((p) => p.path)).toEqual(['takeout-20240601T000000Z-001.zip', 'takeout-20240601T000000Z-002.zip', 'takeout-20240601T000000Z-004.zip']);
    await one.close();
  });

  it('names the part that is broken', async () => {
    const bad = nodePath.join(dir, 'broken', 'takeout-20240301T101010Z-002.zip');
    fs.mkdirSync(nodePath.dirname(bad), { recursive: true });
    fs.writeFileSync(bad, fs.readFileSync(part2).subarray(0, 100));
    await expectArchiveError(openArchive([part1, bad]), 'truncated', 'takeout-20240301T101010Z-002.zip');
  });

  it('refuses zips of different exports', async () => {
    const other = await writeYazl(nodePath.join(dir, 'takeout-20240401T000000Z-001.zip'), [{ name: 'Takeout/x.json', data: '{}' }]);
    await expectArchiveError(openArchive([part1, other]), 'not-an-archive', 'takeout-20240301T101010Z-001.zip', 'takeout-20240401T000000Z-001.zip', 'different exports');
  });

  it('refuses two whole exports whose names only differ by a timestamp', async () => {
    const a = await writeYazl(nodePath.join(dir, 'TikTok_Data_1700000000.zip'), [{ name: 'user_data.json', data: '{}' }]);
    const b = await writeYazl(nodePath.join(dir, 'TikTok_Data_1710000000.zip'), [{ name: 'user_data.json', data: '{}' }]);
    await expectArchiveError(openArchive([a, b]), 'not-an-archive', 'TikTok_Data_1700000000.zip', 'numbered part');
  });

  it('refuses a folder together with files', async () => {
    await expectArchiveError(openArchive([part1, dir]), 'not-an-archive', 'takeout-20240301T101010Z-001.zip', 'not several folders');
  });

  it('treats the same file picked twice as one zip', async () => {
    const r = await openArchive([part1, part1]);
    expect(r.inventory.kind).toBe('zip');
    await r.close();
  });

  it('reads part numbers from names', () => {
    expect(splitName('takeout-20240301T101010Z-001.zip')).toEqual({ key: 'takeout-20240301t101010z', stem: 'takeout-20240301T101010Z', number: 1 });
    expect(splitName('instagram-jane-2024-03-01-abc-part2.zip')).toMatchObject({ stem: 'instagram-jane-2024-03-01-abc', number: 2 });
    expect(splitName('export part 3.ZIP')).toMatchObject({ stem: 'export', number: 3 });
    expect(splitName('TikTok_Data_1700000000.zip')).toBeNull();
    expect(splitName('export-2024-03-01.zip')).toBeNull();
    expect(splitName('receipt1.zip')).toBeNull();
    expect(splitName('takeout-001.tgz')).toBeNull();
  });
});
