/**
 * Compact events (schema 12, issue 15: the database ≤ 2.5× its JSON): raw records and URL texts
 * in deflated blocks, pointers beside a per-member base, derivable time texts as a format code.
 * Whatever is stored, what is read back is exactly what the importer handed over; rows written
 * before the migration (inline raw, whole pointer, time text) read back as before.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord, ImportRecord } from '../../../shared/records';
import { splitPointer, storedTimeText, timeCodeByFormats, timeTextOf } from '../../../electron/core/store/compact';
import { isoOf, msOfIso } from '../../../electron/core/store/iso-time';
import { openDb, type Db } from '../../../electron/core/store/db';
import { NO_ENRICHMENT, type Enricher } from '../../../electron/core/store/enrichment';
import { eventRecord, eventsCitedAs, sourceRecords } from '../../../electron/core/store/event-records';
import { BLOCK_RECORDS, INLINE_RAW_CHARS } from '../../../electron/core/store/raw-blocks';
import { BlockPacker } from '../../../electron/core/store/block-packer';
import { deflateRawSync } from 'node:zlib';
import { eventDetail } from '../../../electron/core/store/queries/timeline';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';

const tmpDb = (): string => join(mkdtempSync(join(tmpdir(), 'wa-raw-')), 'p.db');
const time = { utc: '2024-01-02T03:04:05Z', text: '2024-01-02 03:04:05', precision: 'second' as const };

/** Path hints for URLs whose path holds `/hint/`: those keep their text in the urls row. */
const HINTING: Enricher = {
  ...NO_ENRICHMENT,
  pathHint: (url) => (url.includes('/hint/') ? {
    key: 'r|hint|Somewhere', token: 'hint', ruleId: 'r', grade: 'C', statement: 's', basis: null,
    location: { label: 'Somewhere', kind: 'storage-region', country: null, lat: null, lon: null },
  } : null),
};

function writeAll(db: Db, records: ImportRecord[], opts: { batch?: number; enricher?: Enricher; packed?: 'before' | 'after' | 'along' } = {}): number {
  let sourceId = 0;
  db.transaction(() => {
    sourceId = insertSource(db, {
      platform: 'tiktok', format: 'f', importer: 'i', file: 'a.zip', path: '/a.zip', bytes: 1, sha256: `s${Math.random()}`, parts: [],
      parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
    });
    const w = new RecordWriter(db, sourceId, 'tiktok', opts.enricher ?? NO_ENRICHMENT);
    w.addMembers([{ path: 'm.json', bytes: 1 }, { path: 'n.txt', bytes: 1 }]);
    // Packed: the blocks are built apart (as the reader thread does) and come before, along, or after their events.
    const packer = opts.packed === undefined ? null : new BlockPacker();
    let held: ReturnType<BlockPacker['end']> = [];
    if (packer !== null && opts.packed !== 'along') {
      for (const r of records) packer.push(r);
      held = packer.end();
    }
    if (opts.packed === 'before') w.addPackedBlocks(held);
    records.forEach((r, i) => {
      if (packer !== null && opts.packed === 'along') {
        packer.push(r);
        w.addPackedBlocks(packer.take());
      }
      w.write(r);
      if (opts.batch !== undefined && (i + 1) % opts.batch === 0) w.endBatch();
    });
    if (packer !== null && opts.packed === 'along') w.addPackedBlocks(packer.end());
    if (opts.packed === 'after') w.addPackedBlocks(held);
    w.finish();
  })();
  return sourceId;
}

const watch = (i: number, extra: Partial<EventRecord> = {}): EventRecord => ({
  type: 'event', kind: 'watch', time, title: 'Watched a video', member: 'm.json', pointer: `/Activity/VideoList/${i}`,
  urls: [`https://v.example.com/video/${i}/`], raw: { Date: time.text, Link: `https://v.example.com/video/${i}/` }, ...extra,
});

describe('compact events', () => {
  it('store raw records compressed and give them back exactly, indented in the detail', () => {
    const db = openDb(tmpDb());
    const raw = { Date: '2024-01-02 03:04:05', Link: 'https://example.com/a', nested: { list: [1, 'two', null], empty: {} }, odd: 'é\u2028\ud800' };
    const line = 'Date: 2024-01-02 03:04:05  {not json\nsecond line';
    writeAll(db, [watch(0, { raw }), watch(1, { raw: line })]);
    expect(db.prepare(`SELECT raw FROM events ORDER BY id`).pluck().all()).toEqual(['', '']);
    expect(db.prepare(`SELECT count(*) FROM raw_blocks`).pluck().get()).toBe(1);
    expect(eventRecord(db, 1)!.raw).toBe(JSON.stringify(raw));
    expect(eventDetail(db, 1)!.raw).toBe(JSON.stringify(raw, null, 2));
    expect(eventDetail(db, 2)!.raw).toBe(line);
    db.close();
  });

  it('keep a raw record longer than a block entry in its row', () => {
    const db = openDb(tmpDb());
    const big = { Text: 'x'.repeat(INLINE_RAW_CHARS + 1) };
    writeAll(db, [watch(0), watch(1, { raw: big, urls: ['https://v.example.com/big'] }), watch(2)]);
    expect(db.prepare(`SELECT raw FROM events WHERE id = 2`).pluck().get()).toBe(JSON.stringify(big));
    expect(db.prepare(`SELECT url FROM urls WHERE event_id = 2`).pluck().get()).toBe('https://v.example.com/big');
    // The events around it are in two blocks: a block holds consecutive events only.
    expect(db.prepare(`SELECT first_id, last_id FROM raw_blocks ORDER BY first_id`).all()).toEqual([{ first_id: 1, last_id: 1 }, { first_id: 3, last_id: 3 }]);
    for (const id of [1, 2, 3]) expect(JSON.parse(eventDetail(db, id)!.raw)).toEqual(id === 2 ? big : watch(id - 1).raw);
    db.close();
  });

  it('give back every URL in order, its text from the block unless a path hint needs it in SQL', () => {
    const db = openDb(tmpDb());
    const urls = ['https://a.example.com/x', 'not a url', 'https://cdn.example.com/hint/y.mp4', 'https://b.example.com/z'];
    writeAll(db, [watch(0, { urls })], { enricher: HINTING });
    expect(db.prepare(`SELECT url FROM urls ORDER BY id`).pluck().all()).toEqual(['', 'https://cdn.example.com/hint/y.mp4', '']);
    const d = eventDetail(db, 1)!;
    expect(d.urls.map((u) => [u.url, u.host])).toEqual([
      ['https://a.example.com/x', 'a.example.com'], ['https://cdn.example.com/hint/y.mp4', 'cdn.example.com'], ['https://b.example.com/z', 'b.example.com'],
    ]);
    expect(eventRecord(db, 1)!.urls).toEqual(['https://a.example.com/x', 'https://cdn.example.com/hint/y.mp4', 'https://b.example.com/z']);
    db.close();
  });

  it('read back every event of a source across blocks and batches', () => {
    const db = openDb(tmpDb());
    const n = BLOCK_RECORDS * 3 + 5;
    const recs = Array.from({ length: n }, (_, i) => watch(i));
    const sourceId = writeAll(db, recs, { batch: 50 });
    const blocks = db.prepare(`SELECT first_id, last_id FROM raw_blocks ORDER BY first_id`).all() as { first_id: number; last_id: number }[];
    // Blocks are cut at every batch end and every BLOCK_RECORDS events, and cover every event once.
    expect(blocks.every((b, i) => i === 0 || b.first_id === blocks[i - 1]!.last_id + 1)).toBe(true);
    expect(blocks.every((b) => b.last_id - b.first_id + 1 <= BLOCK_RECORDS && Math.floor((b.first_id - 1) / 50) === Math.floor((b.last_id - 1) / 50))).toBe(true);
    const back = [...sourceRecords(db, sourceId)];
    expect(back.map((r) => [r.member, r.pointer, JSON.parse(r.raw) as unknown, r.urls])).toEqual(recs.map((r) => [r.member, r.pointer, r.raw, r.urls]));
    db.close();
  });

  it('give back raws and URLs with line breaks, tabs and the escape mark exactly (layout 2 lines)', () => {
    const db = openDb(tmpDb());
    const raws = ['a\tb', 'line one\nline two', '\u0001starts with the mark', '\u0001', '', '{"k":"tab\\t and \\n"}', 'x\r\ny'];
    const urls = ['https://a.example.com/p\tq', 'https://b.example.com/"quoted"'];
    writeAll(db, raws.map((raw, i) => watch(i, { raw, urls })));
    expect(db.prepare(`SELECT count(*) FROM raw_blocks`).pluck().get()).toBe(1);
    raws.forEach((raw, i) => {
      expect(eventRecord(db, i + 1)).toMatchObject({ raw, urls });
    });
    db.close();
  });

  it('read blocks written before 2026-12-07 (layout 1: a JSON array, the URLs of rows storing \'\' in turn)', () => {
    const db = openDb(tmpDb());
    const urls = ['https://a.example.com/x', 'https://cdn.example.com/hint/y.mp4', 'https://b.example.com/z'];
    const recs = [watch(0, { urls }), watch(1)];
    const sourceId = writeAll(db, recs, { enricher: HINTING });
    const layout1 = recs.map((r) => [JSON.stringify(r.raw), ...(r.urls ?? []).filter((u) => !u.includes('/hint/'))]);
    db.prepare(`UPDATE raw_blocks SET data = ? WHERE first_id = 1`).run(deflateRawSync(Buffer.from(JSON.stringify(layout1))));
    expect(eventRecord(db, 1)!.urls).toEqual(urls);
    expect([...sourceRecords(db, sourceId)].map((r) => [JSON.parse(r.raw) as unknown, r.urls])).toEqual(recs.map((r) => [r.raw, r.urls]));
    db.close();
  });

  it('packed blocks (built where records are read) store what the writer\'s own blocks store, whenever they come', () => {
    const big = { Text: 'x'.repeat(INLINE_RAW_CHARS + 1) };
    const undated = { ...watch(5), time: { utc: null, text: 'soon', precision: 'day' as const } };
    const recs: ImportRecord[] = Array.from({ length: BLOCK_RECORDS * 2 + 9 }, (_, i) => (i === 70 ? watch(i, { raw: big }) : i === 100 ? undated : watch(i, { urls: [`https://v.example.com/${i}`, 'not a url'] })));
    const dump = (db: Db, sourceId: number): unknown[] => [...sourceRecords(db, sourceId)].map((r) => [r.pointer, r.raw, r.urls]);
    const plain = openDb(tmpDb());
    const want = dump(plain, writeAll(plain, recs, { batch: 50 }));
    for (const packed of ['before', 'along', 'after'] as const) {
      const db = openDb(tmpDb());
      const sourceId = writeAll(db, recs.map((r) => ({ ...r })), { batch: 50, packed });
      expect(dump(db, sourceId), packed).toEqual(want);
      // Cut by BLOCK_RECORDS and at the inline event (id 71), not at batch ends; the undated one is a fact.
      expect(db.prepare(`SELECT first_id, last_id FROM raw_blocks ORDER BY first_id`).raw().all(), packed).toEqual([[1, 64], [65, 70], [72, 135], [136, 136]]);
      expect(db.prepare(`SELECT raw FROM events WHERE id = 71`).pluck().get()).toBe(JSON.stringify(big));
      db.close();
    }
    plain.close();
  });

  it('a packed event whose block never comes is an internal error, not a silent loss', () => {
    const db = openDb(tmpDb());
    const rec = watch(0);
    new BlockPacker().push(rec); // marked, its block dropped
    expect(() => writeAll(db, [rec])).toThrow(/internal: 0 packed raw blocks and 1 packed events were left unmatched/);
    expect(db.prepare(`SELECT count(*) FROM events`).pluck().get()).toBe(0);
    db.close();
  });

  it('store a pointer as base + digits and give the whole pointer back, also finding the event by it', () => {
    const db = openDb(tmpDb());
    const pointers = ['/Activity/VideoList/0', '/Activity/VideoList/12345', '/a/007/b', 'line:42', '/no digits', '', '/Activity/VideoList/7/Link'];
    writeAll(db, pointers.map((p, i) => watch(i, { pointer: p, member: i === 3 ? 'n.txt' : 'm.json' })));
    expect(db.prepare(`SELECT pointer FROM events ORDER BY id`).pluck().all()).toEqual(['0', '12345', '007', '42', '/no digits', '', '7']);
    expect(db.prepare(`SELECT count(*) FROM pointer_bases`).pluck().get()).toBe(4);
    pointers.forEach((p, i) => {
      expect(eventDetail(db, i + 1)!.citation.pointer).toBe(p);
      expect(eventsCitedAs(db, i === 3 ? 'n.txt' : 'm.json', p)).toEqual([i + 1]);
    });
    expect(eventsCitedAs(db, 'n.txt', '/Activity/VideoList/0')).toEqual([]);
    expect(splitPointer('/x/12/y')).toEqual({ head: '/x/', tail: '12', rest: '/y' });
    db.close();
  });

  it('format ISO-8601 exactly as Date does, on every day and edge', () => {
    const expected = (t: number): string | null => (Number.isNaN(new Date(t).getTime()) ? null : new Date(t).toISOString());
    const edges = [0, -1, 1, 86_399_999, 86_400_000, -86_400_000, -62_135_596_800_000, -62_167_219_200_000, -62_167_219_200_001,
      253_402_300_799_999, 253_402_300_800_000, 8.64e15, 8.64e15 + 1, -8.64e15, 1.5, -0.5, Number.NaN, Date.parse('2024-02-29T23:59:59.999Z')];
    for (const t of edges) expect(isoOf(t), String(t)).toBe(expected(t));
    // Seeded walk: neighbours on one day (the cache), jumps across years, before 1970.
    let x = 1;
    const next = (): number => ((x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let t = Date.parse('1969-06-01T00:00:00Z');
    for (let i = 0; i < 20_000; i++) {
      t = next() < 0.9 ? t + Math.floor(next() * 600_000) - 300_000 : Math.floor((next() - 0.3) * 4e12);
      expect(isoOf(t)).toBe(expected(t));
    }
  });

  it('read ISO-8601 times exactly as Date.parse does, including what it refuses', () => {
    const texts = ['2025-06-27T22:00:00Z', '2025-06-27T22:00:00.123Z', '2024-02-29T23:59:59.999Z', '2023-02-29T10:00:00Z',
      '2023-02-30T10:00:00Z', '2023-13-01T10:00:00Z', '2023-01-01T24:00:00Z', '2023-01-01T23:60:00Z', '2023-01-01T23:00:60Z',
      '0000-01-01T00:00:00Z', '0099-12-31T23:59:59Z', '1969-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z',
      '2025-06-27 22:00:00', '2025-06-27T22:00:00', '2025-06-27T22:00:00+01:00', '2025-06-27T22:00Z', '2025-06-27T2a:00:00Z',
      '2025-06-27T22:00:00.12Z', '2025-06-27T22:00:00,123Z', '2025-6-27T22:00:00.000Z', 'x025-06-27T22:00:00Z', '', 'Z'];
    for (const t of texts) expect(msOfIso(t), t).toBe(Date.parse(t));
    let x = 3;
    const next = (): number => ((x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let t = Date.parse('1969-12-30T00:00:00Z');
    for (let i = 0; i < 20_000; i++) {
      t = next() < 0.9 ? t + Math.floor(next() * 600_000) - 300_000 : Math.floor((next() - 0.3) * 4e12);
      const iso = new Date(t).toISOString();
      for (const text of [iso, `${iso.slice(0, 19)}Z`]) expect(msOfIso(text), text).toBe(Date.parse(text));
    }
  });

  it('choose the same code comparing characters as formatting ts in every format', () => {
    let x = 7;
    const next = (): number => ((x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const texts = (t: number): string[] => {
      const iso = new Date(t).toISOString();
      const near = new Date(t + (next() < 0.5 ? 1000 : 1)).toISOString();
      return [iso, `${iso.slice(0, 10)} ${iso.slice(11, 19)}`, `${iso.slice(0, 19)}Z`, String(t / 1000), String(Math.trunc(t / 1000)),
        `${near.slice(0, 10)} ${near.slice(11, 19)}`, near, `${iso.slice(0, 10)}T${iso.slice(11, 19)}`, `${iso.slice(0, 19)}+00:00`,
        iso.replace('T', ' '), `${iso.slice(0, 10)}x${iso.slice(11, 19)}`, '', 'yesterday'];
    };
    let coded = 0;
    for (let i = 0; i < 5000; i++) {
      const whole = next() < 0.5;
      const t = Math.floor((next() - 0.2) * 5e12 / (whole ? 1000 : 1)) * (whole ? 1000 : 1);
      for (const text of texts(t)) {
        const got = storedTimeText(t, text);
        expect(got, `${t} ${JSON.stringify(text)}`).toBe(timeCodeByFormats(t, text));
        if (got.length === 1 && text.length > 1) coded++;
      }
    }
    for (const t of [-62_167_219_200_000, 253_402_300_800_000, 1.5, 8.64e15]) {
      for (const text of [String(t / 1000), '+010000-01-01T00:00:00.000Z']) expect(storedTimeText(t, text)).toBe(timeCodeByFormats(t, text));
    }
    expect(coded).toBeGreaterThan(5000); // the formats that should match did
  });

  it('store a time text as a format code only when the format gives the very text back', () => {
    const ts = Date.parse('2024-01-02T03:04:05Z');
    const cases: [number, string, boolean][] = [
      [ts, '2024-01-02 03:04:05', true],
      [ts, '2024-01-02T03:04:05.000Z', true],
      [ts, '2024-01-02T03:04:05Z', true],
      [ts, '1704164645', true],
      [ts + 120, '2024-01-02T03:04:05.120Z', true],
      [ts + 120, '2024-01-02 03:04:05', false],
      [ts, '2024-01-02 03:04:05 UTC', false],
      [ts, 'Jan 2, 2024 3:04:05 AM', false],
      [ts, '2024-01-02T04:04:05+01:00', false],
    ];
    for (const [t, text, coded] of cases) {
      const stored = storedTimeText(t, text);
      expect(stored.length === 1, text).toBe(coded);
      expect(timeTextOf(t, stored)).toBe(text);
    }
    const db = openDb(tmpDb());
    writeAll(db, [watch(0), watch(1, { time: { utc: '2024-01-02T03:04:05Z', text: '2 Jan 2024', precision: 'day' } })]);
    expect(db.prepare(`SELECT time_text FROM events ORDER BY id`).pluck().all()).toEqual(['\u0001', '2 Jan 2024']);
    expect(eventDetail(db, 1)!.timeText).toBe('2024-01-02 03:04:05');
    expect(eventDetail(db, 2)!.timeText).toBe('2 Jan 2024');
    db.close();
  });

  it('read rows written before schema 12 as they were, beside compact ones after the upgrade', () => {
    const path = tmpDb();
    const old = openDb(path, { upTo: 10 });
    old.exec(`INSERT INTO sources (platform, format, importer, file, path, bytes, sha256, parts, parser_version, imported_at)
              VALUES ('tiktok', 'f', 'i', 'old.zip', '/old.zip', 1, 'old', '[]', '1', '2026-01-01T00:00:00Z');
              INSERT INTO members (source_id, path, bytes, status) VALUES (1, 'm.json', 1, 'parsed');
              INSERT INTO hosts (name) VALUES ('v.example.com');
              INSERT INTO events (source_id, member_id, pointer, platform, kind, ts, time_text, precision, title, raw)
                VALUES (1, 1, '/Activity/VideoList/0', 'tiktok', 'watch', ${Date.parse(time.utc)}, '2024-01-02 03:04:05', 'second', 'Watched', '{"Date":"2024-01-02 03:04:05"}');
              INSERT INTO urls (host_id, event_id, url) VALUES (1, 1, 'https://v.example.com/video/0/');`);
    old.close();
    const db = openDb(path);
    writeAll(db, [watch(1)]);
    const before = eventDetail(db, 1)!;
    expect([before.citation.pointer, before.timeText, before.raw, before.urls.map((u) => u.url)])
      .toEqual(['/Activity/VideoList/0', '2024-01-02 03:04:05', JSON.stringify({ Date: '2024-01-02 03:04:05' }, null, 2), ['https://v.example.com/video/0/']]);
    const after = eventDetail(db, 2)!;
    expect([after.citation.pointer, after.timeText, after.raw, after.urls.map((u) => u.url)])
      .toEqual(['/Activity/VideoList/1', time.text, JSON.stringify(watch(1).raw, null, 2), ['https://v.example.com/video/1/']]);
    expect(eventsCitedAs(db, 'm.json', '/Activity/VideoList/0')).toEqual([1]);
    db.close();
  });
});
