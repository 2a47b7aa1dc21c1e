/**
 * tweets.js can be hundreds of MB: the preface is stripped while the file streams, posts flow
 * out before the file has been read to the end, and the result does not depend on chunking.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import { xArchive } from '../../../../electron/core/importers/x';
import type { ImportContext } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';

const MEMBER = 'data/tweets.js';
const POSTS = 10_000;

function tweetsFile(counter: { pulled: number }, pieceSize: number, posts: number): Readable {
  const parts: string[] = ['window.YTD.tweets.part0 = [ '];
  for (let i = 0; i < posts; i++) {
    const created = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 +0000 $4');
    parts.push(`${i ? ', ' : ''}{ "tweet" : { "id_str" : "${1e18 + i}", "created_at" : "${created}", "full_text" : "post ${i} Grüße", ` +
      `"entities" : { "media" : [ { "media_url_https" : "https://pbs.twimg.com/media/P${i}.jpg" } ] } } }`);
  }
  parts.push(' ]');
  const bytes = Buffer.from(parts.join(''));
  return Readable.from((function* () {
    for (let i = 0; i < bytes.length; i += pieceSize) {
      counter.pulled++;
      yield bytes.subarray(i, i + pieceSize);
    }
  })(), { highWaterMark: 1 });
}

function context(open: () => Readable): ImportContext & { problems: string[] } {
  const inventory: Inventory = {
    label: 'stream', kind: 'folder', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
    entries: [{ path: MEMBER, rawPath: MEMBER, bytes: 5_000_000, compressedBytes: 5_000_000, part: 0 }],
  };
  const problems: string[] = [];
  return { inventory, format: 'x-archive-2024', open: async () => open(), problem: (m, msg) => problems.push(`${m}: ${msg}`), parsed: () => undefined, ledger: new LedgerBook(), signal: new AbortController().signal, problems };
}

async function importAll(pieceSize: number, posts = POSTS): Promise<{ records: ImportRecord[]; firstAt: number; pieces: number; problems: string[] }> {
  const counter = { pulled: 0 };
  const ctx = context(() => tweetsFile(counter, pieceSize, posts));
  const records: ImportRecord[] = [];
  let firstAt = -1;
  for await (const r of xArchive.import(ctx)) {
    if (firstAt < 0) firstAt = counter.pulled;
    records.push(r);
  }
  return { records, firstAt, pieces: counter.pulled, problems: ctx.problems };
}

describe('tweets.js streaming', () => {
  it('posts flow out long before the file has been read, with pointers into the array after the preface', async () => {
    const { records, firstAt, pieces, problems } = await importAll(16 * 1024);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(POSTS);
    expect(records[POSTS - 1]?.pointer).toBe(`/${POSTS - 1}`);
    expect(records[0]?.type === 'event' && records[0].time.utc).toBe('2023-01-01T00:00:00Z');
    expect(firstAt).toBeLessThan(pieces / 4);
  });

  it('the same records whatever the chunk size (preface, tokens and characters split)', async () => {
    const big = await importAll(64 * 1024, 800);
    for (const size of [1, 7]) expect((await importAll(size, 800)).records).toEqual(big.records);
    expect(big.records).toHaveLength(800);
  });
});
