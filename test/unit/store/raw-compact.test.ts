/**
 * Raw records are stored compact (issue 15: the database ≤ 2.5× its JSON) and shown indented
 * in the event detail; a raw that is not JSON (a text line) is stored and shown as it came.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { eventDetail } from '../../../electron/core/store/queries/timeline';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';

describe('raw records', () => {
  it('are stored without whitespace and pretty-printed on read', () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), 'wa-raw-')), 'p.db'));
    const raw = { Date: '2024-01-02 03:04:05', Link: 'https://example.com/a', nested: { list: [1, 'two', null], empty: {} } };
    const line = 'Date: 2024-01-02 03:04:05  {not json';
    db.transaction(() => {
      const id = insertSource(db, {
        platform: 'tiktok', format: 'f', importer: 'i', file: 'a.zip', path: '/a.zip', bytes: 1, sha256: 's', parts: [],
        parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
      });
      const w = new RecordWriter(db, id, 'tiktok', NO_ENRICHMENT);
      w.addMembers([{ path: 'm.json', bytes: 1 }]);
      const time = { utc: '2024-01-02T03:04:05Z', text: '2024-01-02 03:04:05', precision: 'second' as const };
      w.write({ type: 'event', kind: 'watch', time, title: 'a', member: 'm.json', pointer: '/0', raw });
      w.write({ type: 'event', kind: 'watch', time, title: 'b', member: 'm.json', pointer: '/1', raw: line });
      w.finish();
    })();
    const stored = db.prepare(`SELECT raw FROM events ORDER BY id`).pluck().all() as string[];
    expect(stored).toEqual([
      '{"Date":"2024-01-02 03:04:05","Link":"https://example.com/a","nested":{"list":[1,"two",null],"empty":{}}}',
      line,
    ]);
    expect(eventDetail(db, 1)!.raw).toBe(JSON.stringify(raw, null, 2));
    expect(eventDetail(db, 2)!.raw).toBe(line);
    db.close();
  });
});
