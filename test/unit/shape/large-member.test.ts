/**
 * A large member streams: a TikTok JSON file with 200 000 watch-history items (written in chunks
 * by the generator, ~20 MB) is shaped with the exact item counts the generator reports, while the
 * heap grows by less than the file's size (sampled every 5 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shapeExports } from '../../../electron/core/shape/shape-export';
import { writeTikTokJsonStream } from '../../fixtures/generators/tiktok';

const tmp = mkdtempSync(join(tmpdir(), 'shape-large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a large member', () => {
  it('is shaped with exact counts', async () => {
    const dir = join(tmp, 'export');
    const made = await writeTikTokJsonStream(join(dir, 'user_data_tiktok.json'), { events: 200_000, seed: 3 });
    expect(made.bytes).toBeGreaterThan(15_000_000);
    const blocks: string[] = [];
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    try {
      await shapeExports([[dir]], (b) => blocks.push(b));
    } finally {
      clearInterval(sampler);
    }
    // Parsing the file whole would take more than its size in strings alone (measured: ~5 MB here).
    expect(peak - base).toBeLessThan(made.bytes);
    expect(blocks.join('')).toBe(`
### user_data_tiktok.json (${made.bytes} bytes)
{
  "Your Activity": {
    "Login History": {
      "LoginHistoryList": [  // up to ${made.logins} items
        {
          "Carrier": "<string len 10>",
          "Date": "<YYYY-MM-DD hh:mm:ss>",
          "DeviceModel": "<string len 10>",
          "DeviceSystem": "<string len 10>",
          "IP": "<ipv4>" | "<ipv6>",
          "NetworkType": "<string len 5>"
        }
      ]
    },
    "Watch History": {
      "VideoList": [  // up to ${made.watch} items
        {
          "Date": "<YYYY-MM-DD hh:mm:ss>",
          "Link": "<url host=www.tiktokv.com path-segments=3>"
        }
      ]
    }
  }
}
`);
  }, 60_000);
});
