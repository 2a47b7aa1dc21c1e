/**
 * Streaming behaviour: results must not depend on where chunks break (inside tokens, inside
 * multi-byte characters), cancellation stops the read, and a large file streams through.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/core/archive/open';
import { tiktokJson } from '../../../../electron/core/importers/tiktok';
import { newTikTokJsonInfo, streamTikTokUnits } from '../../../../electron/core/importers/tiktok/json-layout';
import { JsonSectionReader } from '../../../../electron/core/importers/tiktok/json-units';
import { readLines } from '../../../../electron/core/importers/tiktok/txt-lines';
import { MemberError } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';
import { generateTikTokExport, writeTikTokJsonStream } from '../../../fixtures/generators/tiktok';
import { contextFor } from '../harness';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function recordsOf(bytes: Uint8Array, size: number): Promise<ImportRecord[]> {
  const reader = new JsonSectionReader('user_data_tiktok.json');
  const out: ImportRecord[] = [];
  const units = streamTikTokUnits(chunks(bytes, size), 'user_data_tiktok.json', newTikTokJsonInfo(), { expected: 'a TikTok export' });
  for await (const batch of units) for (const unit of batch) out.push(...reader.read(unit));
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-stream-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('chunk boundaries', () => {
  const doc = Buffer.from(String(generateTikTokExport({ variant: 'json-2024', seed: 21, adversarial: true }).files[0]?.content));

  it('1-, 7- and 64K-byte chunks give the same records (tokens and UTF-8 characters split)', async () => {
    const whole = await recordsOf(doc, 64 * 1024);
    expect(whole.length).toBeGreaterThan(100);
    expect(await recordsOf(doc, 7)).toEqual(whole);
    expect(await recordsOf(doc, 1)).toEqual(whole);
  });

  it('an invalid byte is found at the same offset whatever the chunking', async () => {
    const bad = Buffer.from(doc);
    const at = bad.indexOf(Buffer.from('Grüße')) + 2; // the first byte of ü
    bad[at] = 0xff;
    for (const size of [1, 3, 4096]) {
      const err = await recordsOf(bad, size).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(MemberError);
      expect((err as MemberError).problem).toBe(`not UTF-8 text: invalid byte sequence at byte ${at}`);
    }
  });

  it('a truncated multi-byte character at the very end is invalid UTF-8', async () => {
    const text = Buffer.from('{"Your Activity": {"Searches": {"SearchList": [{"SearchTerm": "ü');
    const err = await recordsOf(text.subarray(0, text.length - 1), 5).then(() => null, (e: unknown) => e);
    expect((err as MemberError).problem).toMatch(/^not UTF-8 text/);
  });

  it('TXT lines survive split CRLF and split characters', async () => {
    const text = Buffer.from('Date: 2023-01-01 10:00:00\r\nComment: Grüße 👍\r\n\r\nDate: 2023-01-02 10:00:00\r\nComment: tack\r\n');
    for (const size of [1, 2, 3, 5]) {
      const lines: string[] = [];
      for await (const batch of readLines(chunks(text, size), 'Comments.txt')) lines.push(...batch);
      expect(lines).toEqual(['Date: 2023-01-01 10:00:00', 'Comment: Grüße 👍', '', 'Date: 2023-01-02 10:00:00', 'Comment: tack']);
    }
  });
});

describe('large files and cancellation', () => {
  it('streams a 50 000-event watch history written in chunks', async () => {
    const folder = join(dir, 'big');
    const written = await writeTikTokJsonStream(join(folder, 'user_data_tiktok.json'), { events: 50_000, seed: 4 });
    const reader = await openArchive([folder]);
    try {
      const sink = { problems: [], parsed: [] as string[], ledger: new LedgerBook() };
      let count = 0;
      let last: ImportRecord | undefined;
      for await (const record of tiktokJson.import(contextFor(reader, 'tiktok-json-2024', sink))) {
        count++;
        last = record;
      }
      expect(count).toBe(written.events);
      expect(last?.pointer).toBe(`/Your Activity/Watch History/VideoList/${written.watch - 1}`);
      expect(sink.parsed).toEqual(['user_data_tiktok.json']);
    } finally {
      await reader.close();
    }
  });

  it('an aborted import stops with the abort reason', async () => {
    const folder = join(dir, 'abort');
    await writeTikTokJsonStream(join(folder, 'user_data_tiktok.json'), { events: 200_000, seed: 5 });
    const reader = await openArchive([folder]);
    const controller = new AbortController();
    try {
      const ctx = { ...contextFor(reader, 'tiktok-json-2024', { problems: [], parsed: [], ledger: new LedgerBook() }), signal: controller.signal };
      let count = 0;
      const run = (async () => {
        for await (const _ of tiktokJson.import(ctx)) if (++count === 1000) controller.abort(new Error('cancelled by the person'));
      })();
      await expect(run).rejects.toThrow('cancelled by the person');
      expect(count).toBeLessThan(200_000);
    } finally {
      await reader.close();
    }
  });
});
