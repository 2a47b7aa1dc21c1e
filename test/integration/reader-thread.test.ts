/**
 * The split import (reading in a second thread, writing in this one) against the in-line one:
 * the same database byte for byte (rows, ledger, coverage, full-text index) for every platform,
 * and the same guarantees: a cancel mid-import changes nothing, a reading error names the file
 * and the member exactly as in-line, a writing error stops the reader and changes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../electron/core/store/db';
import type { ImportOptions } from '../../electron/core/import/run-import';
import { writeGoogleZip } from '../fixtures/generators/google';
import { writeInstagramZip } from '../fixtures/generators/instagram';
import { writeTikTokFolder, writeTikTokZip } from '../fixtures/generators/tiktok';
import { writeXZip } from '../fixtures/generators/x';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { fingerprint, importInto, tempDir } from './helpers';

const NOW = () => new Date('2026-01-02T03:04:05Z');

async function both(paths: string[], extra: Partial<ImportOptions> = {}) {
  const dir = tempDir('wa-split-');
  const inline = openDb(join(dir, 'inline.db'));
  const split = openDb(join(dir, 'split.db'));
  try {
    const a = await importInto(inline, paths, { now: NOW, readerThread: 'never', ...extra });
    const b = await importInto(split, paths, { now: NOW, readerThread: 'always', ...extra });
    return { a, b, same: fingerprint(inline) === fingerprint(split), fa: fingerprint(inline), fb: fingerprint(split) };
  } finally {
    inline.close();
    split.close();
  }
}

describe('split import (reader thread) writes what the in-line import writes', () => {
  const dir = tempDir('wa-split-in-');
  const cases: [string, () => Promise<string[]>][] = [
    ['TikTok JSON 2024, larger than a batch', async () => {
      const p = join(dir, 'tt.zip');
      await writeTikTokZip(p, { variant: 'json-2024', seed: 3, scale: 6, adversarial: true });
      return [p];
    }],
    ['TikTok JSON with unread keys past the ledger cap and undated items', async () => {
      const p = join(dir, 'ledger.zip');
      const item = (i: number) => ({
        Date: i % 17 === 0 ? 'not a date' : '2024-01-01 00:00:00', Link: `https://www.tiktokv.com/share/video/${i}/`,
        // 260 distinct keys, each seen several times: counts are summed and the cap (200) overflows.
        ...(i % 3 === 0 ? { [`Planted key ${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 3) % 10))}`]: `v${i}` } : {}),
      });
      const json = JSON.stringify({ 'Your Activity': { 'Watch History': { VideoList: Array.from({ length: 5000 }, (_, i) => item(i)) } } });
      await writeDeterministicZip(p, [{ path: 'TikTok_Data/user_data_tiktok.json', content: json }]);
      return [p];
    }],
    ['TikTok TXT 2020 (many members)', async () => {
      const p = join(dir, 'txt.zip');
      await writeTikTokZip(p, { variant: 'txt-2020', seed: 4 });
      return [p];
    }],
    ['TikTok JSON 2026 as a folder (hashed while read)', async () => {
      const p = join(dir, 'ttfolder');
      await writeTikTokFolder(p, { variant: 'json-2026', seed: 5 });
      return [p];
    }],
    ['Google Takeout', async () => {
      const p = join(dir, 'takeout.zip');
      await writeGoogleZip(p, { variant: 'de', seed: 6 });
      return [p];
    }],
    ['Instagram', async () => {
      const p = join(dir, 'ig.zip');
      await writeInstagramZip(p, { variant: '2024', seed: 7 });
      return [p];
    }],
    ['X', async () => {
      const p = join(dir, 'x.zip');
      await writeXZip(p, { variant: 'current', seed: 8 });
      return [p];
    }],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const paths = await make();
      // Small commits and a small value cap: staged batches and ledger cuts cross the thread too.
      const { a, b, same } = await both(paths, { batchRecords: 97, valueCapBytes: 64 });
      expect(a.status).toBe('imported');
      expect(b).toEqual(a);
      expect(same).toBe(true);
    }, 60_000);
  }
});

describe('split import keeps the import guarantees', () => {
  const dir = tempDir('wa-split-g-');

  it('a cancel mid-import leaves the database as it was', async () => {
    const zip = join(dir, 'cancel.zip');
    await writeTikTokZip(zip, { variant: 'json-2024', seed: 9, scale: 6 });
    const db = openDb(join(dir, 'cancel.db'));
    const before = fingerprint(db);
    const controller = new AbortController();
    let seen = 0;
    const outcome = await importInto(db, [zip], {
      readerThread: 'always', batchRecords: 50, signal: controller.signal,
      onProgress: (p) => {
        seen = p.records;
        if (p.records > 200) controller.abort();
      },
    });
    expect(seen).toBeGreaterThan(200);
    expect(outcome.status).toBe('cancelled');
    expect(fingerprint(db)).toBe(before);
    db.close();
  }, 60_000);

  it('an error while reading names the file and the member, as in-line', async () => {
    const zip = join(dir, 'broken.zip');
    // A TikTok export whose one JSON member breaks off in the middle.
    const json = JSON.stringify({ 'Your Activity': { 'Watch History': { VideoList: Array.from({ length: 3000 }, (_, i) => ({ Date: '2024-01-01 00:00:00', Link: `https://www.tiktokv.com/share/video/${i}/` })) } } });
    await writeDeterministicZip(zip, [{ path: 'TikTok_Data/user_data_tiktok.json', content: json.slice(0, json.length - 4000) }]);
    const { a, b, same } = await both([zip]);
    expect(a.status).toBe('failed');
    expect(a.message).toContain('broken.zip');
    expect(a.member).toContain('user_data_tiktok.json');
    expect(b).toEqual(a);
    expect(same).toBe(true);
  }, 60_000);

  it('an error while writing stops the reader and changes nothing', async () => {
    const zip = join(dir, 'fail.zip');
    await writeTikTokZip(zip, { variant: 'json-2024', seed: 10, scale: 6 });
    const db = openDb(join(dir, 'fail.db'));
    const before = fingerprint(db);
    const outcome = await importInto(db, [zip], { readerThread: 'always', batchRecords: 40, failAfterRecords: 300 });
    expect(outcome.status).toBe('failed');
    expect(fingerprint(db)).toBe(before);
    // The profile still takes the same export afterwards (nothing half-written, no reader left holding it).
    const again = await importInto(db, [zip], { readerThread: 'always' });
    expect(again.status).toBe('imported');
    db.close();
  }, 60_000);

  it('an export that changes between recognition and reading is refused, not half-read', async () => {
    const folder = join(dir, 'changing');
    await writeTikTokFolder(folder, { variant: 'json-2024', seed: 11 });
    const db = openDb(join(dir, 'changing.db'));
    const before = fingerprint(db);
    const outcome = await importInto(db, [folder], {
      readerThread: 'always',
      onProgress: (p) => {
        // Once recognised, before the reader thread lists the folder: a new file appears.
        if (p.phase === 'recognise') writeFileSync(join(folder, 'late.txt'), 'x');
      },
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/changed on disk/);
    expect(fingerprint(db)).toBe(before);
    db.close();
  }, 60_000);
});
