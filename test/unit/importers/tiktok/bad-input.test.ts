/**
 * Inputs an importer must refuse clearly (MemberError naming the member) or survive (problems,
 * empty sections), each written as a real zip and read through the real archive layer.
 */
import { describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import { MemberError } from '../../../../electron/core/importers/types';
import { generateTikTokExport } from '../../../fixtures/generators/tiktok';
import type { ZipInput } from '../../../fixtures/generators/zip';
import { importError, runImport } from '../harness';
import { zipCases } from '../zip-cases';
import { summarise } from './summarise';

const zipOf = zipCases('tiktok-bad-');

const base = generateTikTokExport({ variant: 'json-2024', seed: 11 });
const baseJson = String(base.files[0]?.content);
const NAME = 'user_data_tiktok.json';

async function expectMemberError(files: ZipInput[], message: RegExp): Promise<MemberError> {
  const { error: err } = await importError([await zipOf(files)], tiktokImporters);
  expect(err).toBeInstanceOf(MemberError);
  const memberError = err as MemberError;
  expect(memberError.member).toBe(files[0]?.path);
  expect(memberError.message.startsWith(`${files[0]?.path}: `)).toBe(true);
  expect(memberError.problem).toMatch(message);
  return memberError;
}

describe('JSON that cannot be read', () => {
  it('truncated mid-file: says where the file ends', async () => {
    const cut = Buffer.from(baseJson).subarray(0, Math.floor(baseJson.length * 0.6));
    const err = await expectMemberError([{ path: NAME, content: cut }], /^invalid JSON at byte \d+: the file ends before the JSON is complete/);
    expect(err.problem).toContain(`at byte ${cut.length}:`);
  });

  it('a syntax error: names the exact byte and character', async () => {
    const at = baseJson.indexOf('"Watch History"') - 1; // the comma before a key, after multibyte text
    const broken = `${baseJson.slice(0, at)};${baseJson.slice(at + 1)}`;
    expect(baseJson[at]).toMatch(/[\s,]/);
    const byte = Buffer.byteLength(baseJson.slice(0, at));
    await expectMemberError([{ path: NAME, content: broken }], new RegExp(`^invalid JSON at byte ${byte}: unexpected ";"`));
  });

  it('a misplaced token: names the byte of the token', async () => {
    const broken = '{"Your Activity": {"Login History": {"LoginHistoryList": [}}}';
    const byte = broken.indexOf('[}') + 1;
    await expectMemberError([{ path: NAME, content: broken }], new RegExp(`^invalid JSON at byte ${byte}: unexpected "}"`));
  });

  it('content after the JSON value', async () => {
    await expectMemberError([{ path: NAME, content: `${baseJson}x` }], /unexpected "x" after the end of the JSON value/);
  });

  it('a top-level array', async () => {
    await expectMemberError([{ path: NAME, content: '[{"Your Activity": {}}]' }], /^expected a JSON object with TikTok sections .*; found an array at the top level$/);
  });

  it('unrelated JSON: says what was expected and what was seen', async () => {
    await expectMemberError([{ path: 'user_data.json', content: '{"name": "left-pad", "version": "1.3.0"}' }],
      /^expected a JSON object with TikTok sections such as "Activity", "Your Activity", "Likes and Favorites"; found top-level keys "name", "version"$/);
  });

  it('an empty object', async () => {
    await expectMemberError([{ path: NAME, content: '{}' }], /found an empty object$/);
  });

  it('a 0-byte file', async () => {
    await expectMemberError([{ path: 'user_data.json', content: '' }], /^the file is empty$/);
  });

  it('whitespace only', async () => {
    await expectMemberError([{ path: NAME, content: ' \n\t\n' }], /^the file holds no JSON, only whitespace$/);
  });

  it('invalid UTF-8: names the byte', async () => {
    const head = Buffer.from('{"Your Activity": {"Searches": {"SearchList": [{"Date": "2024-01-01 10:00:00", "SearchTerm": "caf');
    const bytes = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('"}]}}}')]); // Latin-1 é
    await expectMemberError([{ path: NAME, content: bytes }], new RegExp(`^not UTF-8 text: invalid byte sequence at byte ${head.length}$`));
  });
});

describe('JSON in other encodings', () => {
  const want = (() => {
    const { variant: _v, sections: _s, ...rest } = base.expected;
    return rest;
  })();

  it('UTF-16LE with a BOM is decoded', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(baseJson, 'utf16le')]);
    const run = await runImport([await zipOf([{ path: NAME, content: bytes }])], tiktokImporters);
    expect(run.recognition.format).toBe('tiktok-json-2024');
    expect(summarise(run.records)).toEqual(want);
  });

  it('UTF-16BE without a BOM is decoded', async () => {
    const le = Buffer.from(baseJson, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] ?? 0;
      be[i + 1] = le[i] ?? 0;
    }
    const run = await runImport([await zipOf([{ path: NAME, content: be }])], tiktokImporters);
    expect(summarise(run.records)).toEqual(want);
  });

  it('UTF-8 with a BOM is read', async () => {
    const run = await runImport([await zipOf([{ path: NAME, content: `\uFEFF${baseJson}` }])], tiktokImporters);
    expect(summarise(run.records)).toEqual(want);
  });

  it('errors in UTF-16 input still name a byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"Your Activity": [1 2]}', 'utf16le')]);
    await expectMemberError([{ path: NAME, content: bytes }], /^invalid JSON at byte \d+ \(counted in UTF-8 after decoding UTF-16\)/);
  });
});

describe('JSON that is read, with gaps', () => {
  it('null lists and {} sections are empty, not errors', async () => {
    const doc = {
      'Your Activity': {
        'Login History': { LoginHistoryList: null },
        'Watch History': {},
        Searches: { SearchList: [] },
        'Like List': { ItemFavoriteList: [{ date: '2024-05-01 10:00:00', link: 'https://www.tiktokv.com/share/video/7312345678901234567/' }] },
      },
      'Ads and data': { 'Ad Interests': { AdInterestCategories: '' } },
      Comment: {},
    };
    const run = await runImport([await zipOf([{ path: NAME, content: JSON.stringify(doc) }])], tiktokImporters);
    expect(run.problems).toEqual([]);
    expect(run.records).toHaveLength(1);
    expect(run.records[0]).toMatchObject({ type: 'event', kind: 'like', pointer: '/Your Activity/Like List/ItemFavoriteList/0' });
    expect(run.parsed).toEqual([NAME]);
  });

  it('a known section of the wrong shape is a problem; the rest is read', async () => {
    const doc = {
      'Your Activity': {
        'Watch History': { VideoList: 'not a list' },
        Searches: { SearchList: ['bare string', { Date: '2024-05-01 10:00:00', SearchTerm: 'fika' }] },
        'Share History': { ShareHistoryList: [{ Date: 'yesterday', SharedContent: 'video', Link: 'https://www.tiktokv.com/share/video/7312345678901234567/', Method: 'copy_link' }] },
        Status: 'oops',
      },
    };
    const run = await runImport([await zipOf([{ path: NAME, content: JSON.stringify(doc) }])], tiktokImporters);
    expect(run.records.map((r) => (r.type === 'event' ? r.kind : r.fact))).toEqual(['search', 'share']);
    const share = run.records[1];
    expect(share?.type === 'event' && share.time).toEqual({ utc: null, text: 'yesterday', precision: 'second' });
    const messages = run.problems.map((p) => p.message);
    expect(run.problems.every((p) => p.member === NAME)).toBe(true);
    expect(messages).toEqual(expect.arrayContaining([
      '"Your Activity > Watch History > VideoList" should be a list, found a string; skipped',
      '"Your Activity > Status" should be an object, found a string',
      '"Your Activity > Searches > SearchList": 1 item(s) skipped (an item is a string, not an object)',
      '"Your Activity > Share History > ShareHistoryList": 1 record(s) with a date that could not be read (e.g. "yesterday")',
    ]));
  });
});

describe('TXT that cannot be read', () => {
  it('invalid UTF-8 in a TXT member', async () => {
    const files: ZipInput[] = [
      { path: 'Login History.txt', content: Buffer.concat([Buffer.from('Date: 2023-01-01 10:00:00\nIP: 84.157.23.41\nDevice Model: iPhone\xff', 'latin1')]) },
      { path: 'Watch History.txt', content: 'Date: 2023-01-01 10:00:00\nLink: https://www.tiktokv.com/share/video/7312345678901234567/\n' },
    ];
    const { error: err } = await importError([await zipOf(files)], tiktokImporters);
    expect(err).toBeInstanceOf(MemberError);
    expect((err as MemberError).member).toBe('Login History.txt');
    expect((err as MemberError).problem).toMatch(/^not UTF-8 text: invalid byte sequence at byte \d+$/);
  });
});
