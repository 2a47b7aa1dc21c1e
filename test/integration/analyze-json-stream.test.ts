/**
 * `analyze --json` is written piece by piece (writeAnalyzeJson) so a finding citing every event
 * of an export is never held in memory; the text must be exactly the document's JSON
 * (JSON.stringify(analyzeDocument(…), null, 2)), for one source, several, and none.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, writeAnalyzeJson } from '../../electron/core/report/analyze-json';
import { openDb, type Db } from '../../electron/core/store/db';
import { writeInstagramZip } from '../fixtures/generators/instagram';
import { writeTikTokJsonStream, writeTikTokZip } from '../fixtures/generators/tiktok';
import { importInto, realEvidence, tempDir } from './helpers';

describe('analyze --json written in pieces', () => {
  const dir = tempDir('wa-stream-');
  let db: Db;
  let tiktok: number;
  let instagram: number;

  beforeAll(async () => {
    db = openDb(join(dir, 'p.db'));
    const tt = join(dir, 'tt.zip');
    const ig = join(dir, 'ig.zip');
    await writeTikTokZip(tt, { variant: 'json-2024', seed: 21, scale: 8 });
    await writeInstagramZip(ig, { variant: '2024', seed: 22 });
    tiktok = (await importInto(db, [tt])).sourceIds[0]!;
    instagram = (await importInto(db, [ig])).sourceIds[0]!;
  }, 120_000);

  async function streamed(ids: number[]): Promise<{ text: string; sizes: number[] }> {
    const parts: string[] = [];
    await writeAnalyzeJson(db, ids, realEvidence().datasets, [{ path: 'x', status: 'imported', message: null }], async (t) => {
      parts.push(t);
      await Promise.resolve();
    });
    return { text: parts.join(''), sizes: parts.map((p) => p.length) };
  }

  it.each([
    ['one source', () => [tiktok]],
    ['two sources', () => [tiktok, instagram]],
    ['the other source', () => [instagram]],
    ['no source', () => []],
  ])('%s: the same text as the whole document', async (_name, ids) => {
    const whole = JSON.stringify(analyzeDocument(db, ids(), realEvidence().datasets, [{ path: 'x', status: 'imported', message: null }]), null, 2);
    const { text } = await streamed(ids());
    expect(text).toBe(whole);
  });

  it('a finding citing 30,000 events goes out in pieces of bounded size', async () => {
    const big = join(dir, 'big');
    await writeTikTokJsonStream(join(big, 'user_data_tiktok.json'), { events: 30_000, seed: 23 });
    const id = (await importInto(db, [big])).sourceIds[0]!;
    const doc = analyzeDocument(db, [id], realEvidence().datasets, []);
    expect(Math.max(...doc.findings.map((f) => f.eventIds.length))).toBeGreaterThanOrEqual(30_000);
    const { text, sizes } = await streamed([id]);
    expect(text).toBe(JSON.stringify({ ...doc, imports: [{ path: 'x', status: 'imported', message: null }] }, null, 2));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThan(70_000);
  }, 120_000);
});
