/**
 * The TikTok JSON importer hands its records over a batch at a time (Importer.importBatches),
 * which the import pipeline prefers: the batches must hold exactly the records `import` yields,
 * in the same order, with the same reports, and each batch must be non-empty.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/core/archive/open';
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { tiktokJson } from '../../../../electron/core/importers/tiktok';
import type { ImportRecord } from '../../../../shared/records';
import { writeTikTokJsonStream, writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { contextFor, type Reports } from '../harness';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-batches-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function both(paths: string[]): Promise<{ flat: ImportRecord[]; batched: ImportRecord[][]; flatReports: Reports; batchReports: Reports }> {
  const run = async <T>(f: (ctx: ReturnType<typeof contextFor>) => Promise<T>): Promise<{ out: T; reports: Reports }> => {
    const reader = await openArchive(paths);
    const reports: Reports = { problems: [], parsed: [], ledger: new LedgerBook() };
    try {
      return { out: await f(contextFor(reader, 'tiktok-json-2024', reports)), reports };
    } finally {
      await reader.close();
    }
  };
  const flat = await run(async (ctx) => {
    const out: ImportRecord[] = [];
    for await (const r of tiktokJson.import(ctx)) out.push(r);
    return out;
  });
  const batched = await run(async (ctx) => {
    const out: ImportRecord[][] = [];
    for await (const b of tiktokJson.importBatches!(ctx)) out.push(b);
    return out;
  });
  return { flat: flat.out, batched: batched.out, flatReports: flat.reports, batchReports: batched.reports };
}

describe('TikTok records in batches', () => {
  it('are the records import() yields, in order, for a whole export', async () => {
    const zip = join(dir, 'export.zip');
    await writeTikTokZip(zip, { variant: 'json-2024', seed: 21 });
    const r = await both([zip]);
    expect(r.flat.length).toBeGreaterThan(50);
    expect(r.batched.every((b) => b.length > 0)).toBe(true);
    expect(r.batched.flat()).toEqual(r.flat);
    expect(r.batchReports.problems).toEqual(r.flatReports.problems);
    expect(r.batchReports.parsed).toEqual(r.flatReports.parsed);
    expect(JSON.stringify(r.batchReports.ledger)).toBe(JSON.stringify(r.flatReports.ledger));
  });

  it('come in more than one batch for a large member', async () => {
    const folder = join(dir, 'large');
    const written = await writeTikTokJsonStream(join(folder, 'user_data_tiktok.json'), { events: 30_000, seed: 4 });
    const r = await both([folder]);
    expect(r.flat.length).toBe(written.events);
    expect(r.batched.length).toBeGreaterThan(1);
    expect(r.batched.flat()).toEqual(r.flat);
  });
});
