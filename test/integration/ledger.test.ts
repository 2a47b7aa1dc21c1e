/**
 * "Nothing read is dropped silently", end to end: what an importer's ledger reports (items found,
 * dropped items, unread keys) reaches the database (migration 5), the coverage of `analyze
 * --json`, the import's message and the CLI's summary; the walk in common/unread.ts finds every
 * key with data that a mapper did not consume, and placeholders are empty values.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../electron/cli/summary-text';
import { notReadSentence } from '../../electron/core/import/coverage';
import { isEmptyValue, isPlaceholder, LedgerBook, reportUnreadKeys, consumedKeys } from '../../electron/core/importers/common/unread';
import type { Importer } from '../../electron/core/importers/types';
import { analyzeDocument } from '../../electron/core/report/analyze-json';
import { openDb } from '../../electron/core/store/db';
import { listMembers } from '../../electron/core/store/queries/sources';
import type { ImportRecord } from '../../shared/records';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { importInto, realEvidence, tempDir } from './helpers';

/** A test importer that reads `items.json` (a list) with a spec mapping only `time` and `title`. */
const probe: Importer = {
  id: 'probe', platform: 'tiktok', parserVersion: 'probe-1',
  recognise: (inv) => Promise.resolve(inv.entries.some((e) => e.path === 'items.json') ? { confidence: 1, format: 'probe-1', reason: 'test' } : null),
  catalogue: () => [{ name: 'items.json', status: 'parsed', reason: 'test items' }],
  async *import(ctx) {
    const chunks: Buffer[] = [];
    for await (const c of await ctx.open('items.json')) chunks.push(c as Buffer);
    const items = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>[];
    const consumed = consumedKeys(['time', 'title']);
    for (const [i, item] of items.entries()) {
      ctx.ledger.found('items.json');
      reportUnreadKeys(ctx.ledger, 'items.json', item, [i], consumed);
      if (typeof item.time !== 'string') {
        ctx.ledger.dropped('items.json', 'no time field', `/${i}`);
        continue;
      }
      const record: ImportRecord = {
        type: 'event', kind: 'watch', member: 'items.json', pointer: `/${i}`, raw: item,
        time: { utc: item.time, text: item.time, precision: 'ms' }, title: String(item.title),
      };
      yield record;
    }
  },
};

const ITEMS = [
  { time: '2024-01-01T10:00:00.250Z', title: 'a', photo: 'N/A', url: '' },
  { time: '2024-01-02T10:00:00.750Z', title: 'b', Mood: 'happy', photo: null },
  { time: '2024-01-03T10:00:00Z', title: 'c', Mood: 'calm', Extra: { nested: [1] } },
  { title: 'no time here' },
];

describe('the member ledger, end to end', () => {
  it('stores items found, unread keys and dropped items, and every output says so', async () => {
    const dir = tempDir();
    const zip = join(dir, 'probe.zip');
    await writeDeterministicZip(zip, [{ path: 'items.json', content: JSON.stringify(ITEMS) }]);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip], { importers: [probe] });
    expect(outcome.status, outcome.message ?? '').toBe('imported');
    expect(outcome.message).toContain('4 items in 1 file were not read');

    const member = listMembers(db, outcome.sourceIds[0]!).find((m) => m.path === 'items.json');
    expect(member).toMatchObject({ status: 'parsed', records: 3, items: 4 });

    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    const gaps = doc.sources[0]!.coverage.notRead;
    expect(gaps).toEqual([
      { member: 'items.json', kind: 'key', what: '/*/Mood', count: 2, example: '/1/Mood' },
      { member: 'items.json', kind: 'item', what: 'no time field', count: 1, example: '/3' },
      { member: 'items.json', kind: 'key', what: '/*/Extra', count: 1, example: '/2/Extra' },
    ]);
    expect(doc.sources[0]!.coverage.parsed).toEqual([{ member: 'items.json', records: 3, items: 4 }]);
    const text = summaryText(doc, 'p.db');
    expect(text).toContain('4 items in 1 file were not read:');
    expect(text).toContain('items.json  key /*/Mood  ×2  (e.g. /1/Mood)');
    db.close();
  });

  it('writes every time in the analyze document with seconds precision', async () => {
    const dir = tempDir();
    const zip = join(dir, 'probe.zip');
    await writeDeterministicZip(zip, [{ path: 'items.json', content: JSON.stringify(ITEMS) }]);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip], { importers: [probe], now: () => new Date('2026-01-01T00:00:00.123Z') });
    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    const times: string[] = [];
    JSON.stringify(doc, (_k, v: unknown) => {
      if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v)) times.push(v);
      return v;
    });
    expect(times).toHaveLength(2); // the span; platform fixtures check the rest (platforms-analyze.test.ts)
    for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(doc.span).toEqual({ first: '2024-01-01T10:00:00Z', last: '2024-01-03T10:00:00Z' });
    db.close();
  });

  it('a clean import says nothing about unread data', async () => {
    const dir = tempDir();
    const zip = join(dir, 'probe.zip');
    await writeDeterministicZip(zip, [{ path: 'items.json', content: JSON.stringify([{ time: '2024-01-01T00:00:00Z', title: 'x', photo: 'N/A' }]) }]);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip], { importers: [probe] });
    expect(outcome.message).toBeNull();
    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    expect(doc.sources[0]!.coverage.notRead).toEqual([]);
    expect(summaryText(doc, 'p.db')).not.toContain('not read');
    db.close();
  });
});

describe('what the archive layer could not read reaches coverage and the message', () => {
  it('a second file with the same name is counted as not read on the member that was', async () => {
    const dir = tempDir();
    const zip = join(dir, 'dup.zip');
    const one = JSON.stringify([{ time: '2024-01-01T00:00:00Z', title: 'x' }]);
    await writeDeterministicZip(zip, [{ path: 'items.json', content: one }, { path: 'items.json', content: `${one} ` }]);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip], { importers: [probe] });
    expect(outcome.status).toBe('imported');
    expect(outcome.message).toContain('1 item in 1 file was not read');
    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    expect(doc.sources[0]!.coverage.notRead).toEqual([
      { member: 'items.json', kind: 'item', what: expect.stringMatching(/^two files share this name; the first copy in the archive is read, the other \(\d+ bytes\) is not$/), count: 1, example: '' },
    ]);
    db.close();
  });

  it('a split export with a part not chosen imports what it has and names the part', async () => {
    const dir = tempDir();
    const p1 = join(dir, 'probe-001.zip');
    const p3 = join(dir, 'probe-003.zip');
    await writeDeterministicZip(p1, [{ path: 'items.json', content: JSON.stringify([{ time: '2024-01-01T00:00:00Z', title: 'x' }]) }]);
    await writeDeterministicZip(p3, [{ path: 'other.json', content: '[]' }]);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [p1, p3], { importers: [probe] });
    expect(outcome.status, outcome.message ?? '').toBe('imported');
    expect(outcome.message).toContain('a part of this split export was not chosen: probe-002.zip');
    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    expect(doc.sources[0]!.coverage.missing).toEqual([{ member: 'probe-002.zip', reason: expect.stringContaining('part 2 of this split export was not chosen') }]);
    db.close();
  });
});

describe('placeholders and the unread walk', () => {
  it('treats placeholders and empty containers as no data, numbers and booleans as data', () => {
    for (const v of ['', ' ', 'N/A', 'n/a', 'null', 'None', null, undefined, [], {}, [''], { a: 'N/A', b: [] }]) expect(isEmptyValue(v), JSON.stringify(v)).toBe(true);
    for (const v of ['x', 0, false, [0], { a: 'b' }, 'N/A but more']) expect(isEmptyValue(v), JSON.stringify(v)).toBe(false);
    expect(isPlaceholder('N/A')).toBe(true);
    expect(isPlaceholder('Nairobi')).toBe(false);
  });

  it('matches consumed keys the way spec aliases are matched, and names each unread key once per item', () => {
    const book = new LedgerBook();
    const n = reportUnreadKeys(book, 'm', { 'Device Model': 'x', deviceSystem: 'y', ip_address: '1.2.3.4', Other: 'z' }, ['List', 3], consumedKeys(['DeviceModel', 'Device System', 'IP Address']));
    expect(n).toBe(1);
    expect(book.gapsOf('m')).toEqual([{ kind: 'key', what: '/List/*/Other', count: 1, example: '/List/3/Other' }]);
  });

  it('reduces keys that are data, as shape does: one line per kind of key, no one\'s name in it', () => {
    const book = new LedgerBook();
    book.unread('m', '/Direct Message/ChatHistory/Chat History with alice.b:/*/Mood', '/Direct Message/ChatHistory/Chat History with alice.b:/0/Mood');
    book.unread('m', '/Direct Message/ChatHistory/Chat History with bob:/*/Mood', '/Direct Message/ChatHistory/Chat History with bob:/3/Mood');
    book.unread('m', '/Live/123456789/Extra', '/Live/123456789/Extra');
    expect(book.gapsOf('m')).toEqual([
      { kind: 'key', what: '/Direct Message/ChatHistory/Chat History with <name>:/*/Mood', count: 2, example: '/Direct Message/ChatHistory/Chat History with alice.b:/0/Mood' },
      { kind: 'key', what: '/Live/*/Extra', count: 1, example: '/Live/123456789/Extra' },
    ]);
  });

  it('keeps memory bounded when a member has thousands of distinct unread keys', () => {
    const book = new LedgerBook();
    for (let i = 0; i < 5000; i++) book.unread('m', `/k${i}`, `/k${i}`);
    const gaps = book.gapsOf('m');
    expect(gaps.length).toBe(LedgerBook.MAX_GAPS_PER_MEMBER + 1);
    expect(gaps.reduce((s, g) => s + g.count, 0)).toBe(5000);
  });

  it('words the sentence in the singular and plural', () => {
    expect(notReadSentence([])).toBeNull();
    expect(notReadSentence([{ member: 'a', kind: 'key', what: '/x', count: 1, example: '/x' }])).toBe('1 item in 1 file was not read');
    expect(notReadSentence([
      { member: 'a', kind: 'key', what: '/x', count: 1200, example: '/x' },
      { member: 'b', kind: 'item', what: 'no time field', count: 3, example: '/0' },
    ])).toBe('1,203 items in 2 files were not read');
  });
});
