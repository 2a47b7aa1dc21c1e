/**
 * A record's raw copy is the export's own text when the file is compact (the JSON engine hands
 * over the record as written; no re-serialising): escapes and number spellings stay as the
 * platform wrote them, in-line and in the reader thread alike. A pretty-printed file's records are
 * stored compact, as JSON.stringify writes them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../electron/core/store/db';
import { eventRecord } from '../../electron/core/store/event-records';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { importInto, tempDir } from './helpers';

const ITEMS = [
  '{"Date":"2024-03-01 10:00:00","Link":"https:\\/\\/www.tiktokv.com\\/share\\/video\\/7300000000000000001\\/"}',
  '{"Date":"2024-03-01 10:05:00","Link":"https://www.tiktokv.com/share/video/7300000000000000002/","Note":"caf\\u00e9 1.0"}',
];

async function importDoc(doc: string, readerThread: 'never' | 'always'): Promise<string[]> {
  const dir = tempDir('wa-rawtext-');
  const zip = join(dir, 'tt.zip');
  await writeDeterministicZip(zip, [{ path: 'TikTok_Data/user_data_tiktok.json', content: doc }]);
  const db = openDb(join(dir, 'p.db'));
  try {
    const r = await importInto(db, [zip], { readerThread });
    expect(r.status).toBe('imported');
    const ids = db.prepare(`SELECT id FROM events ORDER BY id`).pluck().all() as number[];
    return ids.map((id) => eventRecord(db, id)!.raw);
  } finally {
    db.close();
  }
}

describe('raw copies as the export wrote them', () => {
  const compact = `{"Your Activity":{"Watch History":{"VideoList":[${ITEMS.join(',')}]}}}`;

  for (const readerThread of ['never', 'always'] as const) {
    it(`keeps a compact file's records character for character (reader thread: ${readerThread})`, async () => {
      expect(await importDoc(compact, readerThread)).toEqual(ITEMS);
    });
  }

  it('stores a pretty-printed file\'s records compact', async () => {
    const pretty = JSON.stringify(JSON.parse(compact), null, 2);
    expect(await importDoc(pretty, 'never')).toEqual(ITEMS.map((t) => JSON.stringify(JSON.parse(t))));
  });
});
