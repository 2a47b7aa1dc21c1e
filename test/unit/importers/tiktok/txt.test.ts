/**
 * The TXT export: block grouping rules, localised (Dutch) file names and labels, sentinels,
 * 0-byte files, CRLF, and records from the 2020 and 2023 layouts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import { txtBlocks, splitField, type TxtBlock } from '../../../../electron/core/importers/tiktok/txt-blocks';
import { readLines } from '../../../../electron/core/importers/tiktok/txt-lines';
import type { EventRecord, FactRecord } from '../../../../shared/records';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { writeDeterministicZip, type ZipInput } from '../../../fixtures/generators/zip';
import { runImport } from '../harness';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function blocksOf(text: string, groupHeader?: RegExp): Promise<TxtBlock[]> {
  const out: TxtBlock[] = [];
  for await (const batch of txtBlocks(readLines(from([Buffer.from(text)]), 'x.txt'), groupHeader ? { groupHeader } : {})) out.push(...batch);
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-txt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('txt blocks', () => {
  it('splits on one or more blank lines and numbers lines from 1', async () => {
    const blocks = await blocksOf('Date: 2020-01-01 10:00:00\nIP: 1.2.3.4\n\n\nDate: 2020-01-02 10:00:00\nIP: 5.6.7.8\n');
    expect(blocks.map((b) => [b.startLine, b.fields.map((f) => `${f.key}=${f.value}@${f.line}`)])).toEqual([
      [1, ['Date=2020-01-01 10:00:00@1', 'IP=1.2.3.4@2']],
      [5, ['Date=2020-01-02 10:00:00@5', 'IP=5.6.7.8@6']],
    ]);
  });

  it('handles CRLF, a UTF-8 BOM, ----- separators and >> prefixes', async () => {
    const blocks = await blocksOf('\uFEFFTime: 2023-01-01 10:00:00\r\n>> Product: socks\r\n-----\r\nTime: 2023-01-02 10:00:00\r\n>>Product: mug\r\n');
    expect(blocks.map((b) => b.fields.map((f) => [f.key, f.value]))).toEqual([
      [['Time', '2023-01-01 10:00:00'], ['Product', 'socks']],
      [['Time', '2023-01-02 10:00:00'], ['Product', 'mug']],
    ]);
  });

  it('joins continuation lines (several URLs in one Link) and keeps raw lines', async () => {
    const [b] = await blocksOf('Date: 2023-05-01 10:00:00\nLink: https://a.example/1\nhttps://a.example/2\nLike(s): 3\n');
    expect(b?.fields.find((f) => f.key === 'Link')?.value).toBe('https://a.example/1\nhttps://a.example/2');
    expect(b?.lines).toEqual(['Date: 2023-05-01 10:00:00', 'Link: https://a.example/1', 'https://a.example/2', 'Like(s): 3']);
  });

  it('skips the "no data" sentinel and reads group headers', async () => {
    expect(await blocksOf('You have no data in this section\n')).toEqual([]);
    const blocks = await blocksOf('Chat History with alice:\nDate: 2020-01-01 10:00:00\nFrom: alice\nContent: hi\n\nChat History with bob:\nDate: 2020-01-02 10:00:00\nFrom: me\nContent: yo\n', /^Chat History with (.+?):?\s*$/i);
    expect(blocks.map((b) => [b.group, b.startLine])).toEqual([['alice', 2], ['bob', 7]]);
  });

  it('a URL line is not a key; an empty value is a field', () => {
    expect(splitField('https://x.example/a:b')).toBeNull();
    expect(splitField('Carrier:')).toEqual(['Carrier', '']);
    expect(splitField('Date: 2020-01-01 10:00:00')).toEqual(['Date', '2020-01-01 10:00:00']);
  });
});

describe('txt import', () => {
  it('Dutch file names and labels are read', async () => {
    const files: ZipInput[] = [
      { path: 'Inloggeschiedenis.txt', content: 'Datum: 2023-03-01 08:00:00\nIP: 84.157.23.41\nApparaatmodel: iPhone14,2\nApparaatsysteem: iOS 16.6\nNetwerktype: Wi-Fi\nProvider: Telekom.de\n\n\nDatum: 2023-03-02 08:00:00\nIP: 80.187.104.22\nApparaatmodel: iPhone14,2\nApparaatsysteem: iOS 16.6\nNetwerktype: 4G\nProvider: Telekom.de\n' },
      { path: 'Kijkgeschiedenis.txt', content: 'Datum: 2023-03-01 09:00:00\nLink: https://www.tiktokv.com/share/video/7212345678901234567/\n' },
      { path: 'Zoekopdrachten.txt', content: 'Datum: 2023-03-01 09:30:00\nZoekterm: stroopwafel\n' },
      { path: 'Likelijst.txt', content: 'Dit gedeelte bevat geen gegevens\n' },
    ];
    const zip = join(dir, 'nl.zip');
    await writeDeterministicZip(zip, files);
    const run = await runImport([zip], tiktokImporters);
    expect(run.recognition.format).toBe('tiktok-txt-2023');
    const events = run.records as EventRecord[];
    expect(events.map((e) => e.kind)).toEqual(['login', 'login', 'watch', 'search']); // members in path order
    expect(events[1]).toMatchObject({ ip: '80.187.104.22', device: { model: 'iPhone14,2', system: 'iOS 16.6' }, network: { type: '4G', carrier: 'Telekom.de' }, pointer: 'line:9' });
    expect(events[3]?.text).toBe('stroopwafel');
    expect([...run.parsed].sort()).toEqual(['Inloggeschiedenis.txt', 'Kijkgeschiedenis.txt', 'Likelijst.txt', 'Zoekopdrachten.txt']);
  });

  it('a block of placeholders is an empty value: no record, no problem, nothing found; a drop and loose text are counted', async () => {
    const zip = join(dir, 'placeholders.zip');
    await writeDeterministicZip(zip, [
      { path: 'Login History.txt', content: 'Date: 2024-05-01 08:00:00\nIP: 84.157.23.41\n' },
      { path: 'Watch History.txt', content: 'Date: 2024-05-01 09:00:00\nLink: https://www.tiktokv.com/share/video/7212345678901234567/\n\njust some words\n' },
      { path: 'Most Recent Location Data.txt', content: 'Date: N/A\nGPS Data: N/A\nLast Region: N/A\n' },
    ]);
    const run = await runImport([zip], tiktokImporters);
    expect(run.problems).toEqual([]);
    expect(run.records.map((r) => (r.type === 'event' ? r.kind : r.fact))).toEqual(['login', 'watch']);
    expect(run.ledger.items.get('Most Recent Location Data.txt')).toBeUndefined();
    expect(run.ledger.gapsOf('Most Recent Location Data.txt')).toEqual([]);
    expect(run.ledger.items.get('Watch History.txt')).toBe(2);
    expect(run.ledger.gapsOf('Watch History.txt')).toEqual([{ kind: 'item', what: 'lines without a key', count: 1, example: 'line:4' }]);
  });

  it('0-byte files are parsed sections with no records', async () => {
    const zip = join(dir, 'zero.zip');
    await writeDeterministicZip(zip, [
      { path: 'Activity/Login History.txt', content: '' },
      { path: 'Activity/Video Browsing History.txt', content: '' },
      { path: 'Comments/Comments.txt', content: '' },
    ]);
    const run = await runImport([zip], tiktokImporters);
    expect(run.recognition.format).toBe('tiktok-txt-2020');
    expect(run.records).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(run.parsed.sort()).toEqual(['Activity/Login History.txt', 'Activity/Video Browsing History.txt', 'Comments/Comments.txt']);
  });

  it('2023 records: slideshow URLs, DMs by header, profile facts, line pointers', async () => {
    const zip = join(dir, 'txt2023.zip');
    await writeTikTokZip(zip, { variant: 'txt-2023', seed: 5 });
    const run = await runImport([zip], tiktokImporters);
    const events = run.records.filter((r): r is EventRecord => r.type === 'event');
    const slideshow = events.find((e) => e.kind === 'post' && (e.urls?.length ?? 0) === 3);
    expect(slideshow?.member).toBe('Posts.txt');
    const messages = events.filter((e) => e.kind === 'message');
    expect(new Set(messages.map((m) => m.counterpart))).toEqual(new Set(['jonas.becker.92', 'linnea_lund']));
    const login = events.find((e) => e.kind === 'login');
    expect(login?.pointer).toBe('line:1');
    expect((login?.raw as string[])[0]).toMatch(/^Date: /);
    expect(login?.raw).toHaveLength(6);
    const profile = run.records.filter((r): r is FactRecord => r.type === 'fact' && r.fact === 'profile');
    expect(profile.map((f) => f.name)).toEqual(['Profile Photo', 'Username', 'Telephone Number', 'Email Address', 'Bio Description', 'Birthdate', 'Likes Received']);
    expect(profile.find((f) => f.name === 'Birthdate')?.value).toBe('14/03/1994');
    expect(profile[0]?.urls).toHaveLength(1);
    const off = events.find((e) => e.kind === 'off_platform');
    expect(off?.offPlatform?.source).toBeTruthy();
  });
});
