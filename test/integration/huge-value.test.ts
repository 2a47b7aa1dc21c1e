/**
 * One hostile value: a TikTok export whose search term is a single 64 MB string. The import must
 * keep memory bounded (the value is cut while streaming, before the parser holds it), store at
 * most the cap, and say that a value was cut. Generated at test time (about 32 MB zipped).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { DEFAULT_VALUE_CAP_BYTES } from '../../electron/core/import/value-cap';
import { tempDir } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const HUGE = 64 * 1024 * 1024;

function* hugeExport(): Generator<Buffer> {
  yield Buffer.from('{"Your Activity":{"Searches":{"SearchList":[{"Date":"2024-01-01 10:00:00","SearchTerm":"');
  // Random letters in blocks larger than deflate's window: the zip is not a "bomb" by ratio (~2x).
  let seed = 12345;
  const block = Buffer.alloc(64 * 1024);
  for (let i = 0; i < HUGE / block.length; i++) {
    for (let j = 0; j < block.length; j++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      block[j] = 0x61 + (seed >>> 28);
    }
    yield Buffer.from(block);
  }
  yield Buffer.from('"},{"Date":"2024-01-02 10:00:00","SearchTerm":"after"}]}}}');
}

describe('a single huge value', () => {
  it('is cut while streaming: memory stays bounded, the database holds at most the cap, and the cut is reported', async () => {
    const dir = tempDir();
    const zipPath = join(dir, 'TikTok_Data_1700000000.zip');
    const zip = new ZipFile();
    zip.addReadStream(Readable.from(hugeExport()), 'user_data_tiktok.json', { mtime: new Date(2025, 0, 1) });
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(zipPath));

    const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'helpers', 'import-child.ts'), zipPath, join(dir, 'p.db')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { status: string; message: string | null; maxRssMb: number; longest: number };
    expect(out.status, out.message ?? '').toBe('imported');
    expect(out.message).toContain('1 item in 1 file was not read');
    expect(out.longest).toBeLessThan(DEFAULT_VALUE_CAP_BYTES + 200);
    expect(out.longest).toBeGreaterThan(DEFAULT_VALUE_CAP_BYTES);
    // Held whole (WA_VALUE_CAP_BYTES raised), the same import peaks above 500 MB on this machine.
    expect(out.maxRssMb).toBeLessThan(300);
  }, 300_000);
});
