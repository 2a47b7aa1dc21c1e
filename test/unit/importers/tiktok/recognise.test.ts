/**
 * Format detection (from names and the first 64 KB), the catalogue, and the spec table's
 * internal consistency.
 */
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import {
  catalogue, decideJsonFormat, decideTxtFormat, recogniseJson, recogniseTxt, scanJsonHead, SECTIONS, tiktokImporters,
} from '../../../../electron/core/importers/tiktok';
import { normKey } from '../../../../electron/core/importers/common/keys';
import { jsonSection } from '../../../../electron/core/importers/tiktok/sections';
import { EVENT_KINDS } from '../../../../shared/domain';
import { computeCoverage } from '../../../../electron/core/import/coverage';

function inventory(paths: [string, number][]): Inventory {
  const entries = paths.map(([path, bytes]) => ({ path, rawPath: path, bytes, compressedBytes: bytes, part: 0 }));
  return { label: 'x.zip', kind: 'zip', parts: [], entries, skipped: [], diskBytes: 0, totalBytes: 0 };
}

const head = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('JSON head scan', () => {
  it('collects top-level, section and item keys from a cut-off head', () => {
    const s = scanJsonHead(head('{"Activity": {"Like List": {"ItemFavoriteList": [{"Date": "2021-01-01 00:00:00", "VideoLink": "https://www.tiktokv.com/share/vid'));
    expect(s).toEqual({ topKeys: ['Activity'], sectionKeys: ['Like List'], itemKeys: ['Date', 'VideoLink'], root: 'object' });
  });

  it('sees the root of an array or a broken file', () => {
    expect(scanJsonHead(head('[1, 2')).root).toBe('array');
    expect(scanJsonHead(head('hello')).root).toBe('none');
    expect(scanJsonHead(head('')).root).toBe('none');
  });

  it('reads UTF-16 heads', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"Your Activity": {', 'utf16le')]);
    expect(scanJsonHead(bytes).topKeys).toEqual(['Your Activity']);
  });
});

describe('JSON format decision', () => {
  const sig = (topKeys: string[], itemKeys: string[] = []) => ({ topKeys, sectionKeys: [], itemKeys, root: 'object' as const });
  it.each([
    [sig(['Activity'], ['Date', 'VideoLink']), 'user_data.json', 'tiktok-json-2022'],
    [sig(['Activity'], ['Date', 'Link']), 'user_data.json', 'tiktok-json-2023'],
    [sig(['Activity'], ['Date', 'Link', 'VideoLink']), 'user_data.json', 'tiktok-json-2022'],
    [sig(['Activity']), 'user_data.json', 'tiktok-json-2023'],
    [sig(['Ads and data', 'Direct Message']), 'user_data_tiktok.json', 'tiktok-json-2024'],
    [sig(['Your Activity']), 'user_data.json', 'tiktok-json-2024'],
    [sig(['Ads and data', 'Likes and Favorites', 'Your Activity']), 'user_data_tiktok.json', 'tiktok-json-2026'],
    [sig(['Profile And Settings']), 'user_data_tiktok.json', 'tiktok-json-2026'],
    [sig([]), 'user_data_tiktok.json', 'tiktok-json-2024'],
    [sig([]), 'user_data.json', 'tiktok-json-2023'],
  ])('%j in %s → %s', (signals, name, format) => {
    expect(decideJsonFormat(signals, name).format).toBe(format);
  });
});

describe('recognition', () => {
  it('finds user_data*.json by name anywhere, never a lookalike', async () => {
    const peek = async () => Buffer.from('{"Your Activity": {}}');
    expect(await recogniseJson(inventory([['TikTok_Data_1700000000/user_data_tiktok.json', 10]]), peek)).toMatchObject({ confidence: 0.95, format: 'tiktok-json-2024' });
    expect(await recogniseJson(inventory([['not_user_data.json', 10], ['user_data.json.bak', 10]]), peek)).toBeNull();
  });

  it('claims an unreadable user_data.json weakly, so the import can explain', async () => {
    const r = await recogniseJson(inventory([['user_data.json', 0]]), async () => Buffer.alloc(0));
    expect(r).toMatchObject({ confidence: 0.5, format: 'tiktok-json-2023' });
  });

  it('TXT: needs TikTok-specific names; 2020 layout by its file names', async () => {
    const peek = async () => Buffer.from('Date: 2020-08-16 23:51:07\n');
    expect(await recogniseTxt(inventory([['Comments.txt', 5], ['Settings.txt', 5], ['Status.txt', 5]]), peek)).toBeNull();
    expect(await recogniseTxt(inventory([['Activity/Login History.txt', 5], ['Activity/Video Browsing History.txt', 5]]), peek))
      .toMatchObject({ confidence: 0.95, format: 'tiktok-txt-2020' });
    expect(await recogniseTxt(inventory([['Login History.txt', 5], ['Watch History.txt', 5]]), peek))
      .toMatchObject({ format: 'tiktok-txt-2023' });
    expect(decideTxtFormat(['Inloggeschiedenis.txt', 'Kijkgeschiedenis.txt'])).toBe('tiktok-txt-2023');
  });

  it('exports one JSON and one TXT importer', () => {
    expect(tiktokImporters.map((i) => [i.id, i.platform])).toEqual([['tiktok-json', 'tiktok'], ['tiktok-txt', 'tiktok']]);
  });
});

describe('catalogue', () => {
  it('JSON formats expect one member of either name (a 2023-schema export can be user_data_tiktok.json)', () => {
    for (const format of ['tiktok-json-2022', 'tiktok-json-2023', 'tiktok-json-2024', 'tiktok-json-2026']) {
      const expected = catalogue(format).filter((f) => f.expected);
      expect(expected).toHaveLength(1);
      const missing = (members: string[]) => computeCoverage({ members, catalogue: catalogue(format), parsed: new Set(members), records: new Map(), problems: new Map() }).missing;
      expect(missing(['TikTok_Data_x/user_data_tiktok.json'])).toEqual([]);
      expect(missing(['user_data.json'])).toEqual([]);
      expect(missing(['notes.txt'])).toHaveLength(1);
    }
  });

  it('TXT: a single TikTok-specific file is recognised by its first record; a lone generic or foreign one is not', async () => {
    const only = inventory([['TikTok_Data_x/Activity/Video Browsing History.txt', 50]]);
    const peekText = (text: string) => async () => Buffer.from(text);
    expect(await recogniseTxt(only, peekText('Date: 2020-08-16 23:51:07\nVideo Link: https://www.tiktokv.com/share/video/1/\n')))
      .toMatchObject({ confidence: 0.6, format: 'tiktok-txt-2020' });
    expect(await recogniseTxt(only, peekText('my notes about videos\n'))).toBeNull();
    expect(await recogniseTxt(inventory([['Comments.txt', 50]]), peekText('Date: 2020-08-16 23:51:07\n'))).toBeNull();
  });

  it('TXT 2020 names the folder layout but expects no file (real 2020 exports can hold one file); ignored files say why', () => {
    const files = catalogue('tiktok-txt-2020');
    expect(files.filter((f) => f.expected)).toHaveLength(0);
    expect(files.filter((f) => typeof f.name === 'string' && f.name.includes('/'))).toHaveLength(19);
    expect(files.find((f) => f.name === 'App Settings/Settings.txt')).toMatchObject({ status: 'ignored' });
    expect(catalogue('tiktok-txt-2023').some((f) => f.expected)).toBe(false);
    expect(files.every((f) => f.reason.length > 0)).toBe(true);
  });
});

describe('spec table', () => {
  it('no JSON path or TXT name belongs to two sections', () => {
    // Within a section, spelling variants of one TXT name are kept on purpose (the catalogue lists each).
    const paths = SECTIONS.flatMap((s) => s.json.map((p) => p.map(normKey).join('>')));
    const names = SECTIONS.flatMap((s) => [...new Set(s.txt.map((n) => n.toLowerCase()))]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('event sections name real event kinds and have a time alias; templates use known roles', () => {
    for (const s of SECTIONS) {
      if (s.map.type !== 'event') continue;
      expect(EVENT_KINDS).toContain(s.map.kind);
      expect(s.fields.time?.length, s.id).toBeGreaterThan(0);
      for (const t of s.map.title) for (const [, role] of t.matchAll(/\{(\w+)\}/g)) expect(Object.keys(s.fields).concat('counterpart'), `${s.id}: ${t}`).toContain(role);
    }
  });
});

describe('section lookup', () => {
  const id = (top: string, section: string, list: string) => jsonSection(top, section, list)?.id;

  it('finds a section by its exact path, by Section > List under any top key, or by a list key only one row uses', () => {
    expect(id('Comment', 'Comments', 'CommentsList')).toBe('comments');
    expect(id('Activity', 'Comments', 'CommentsList')).toBe('comments');
    expect(id('Interactions', 'Comments', 'CommentsList')).toBe('comments');
    expect(id('Your Activity', 'Remarks', 'CommentsList')).toBe('comments');
    expect(id('Activity', 'Go Live Settings', 'SettingsMap')).toBe('live-settings');
  });

  it('never matches an ambiguous name: VideoList is both watch history and posts, SettingsMap two settings rows', () => {
    expect(id('Activity', 'Clips', 'VideoList')).toBeUndefined();
    expect(id('Activity', 'Videos', 'VideoList')).toBe('posts'); // the pair Videos > VideoList is the 2022 posts section's
    expect(id('Your Activity', 'Some Settings', 'SettingsMap')).toBeUndefined();
    expect(id('Your Activity', 'Reposts', 'RepostList')).toBeUndefined();
  });

  it('every nested list names an existing row; skipped keys never shadow a mapped alias', () => {
    const ids = new Set(SECTIONS.map((s) => s.id));
    for (const s of SECTIONS) {
      for (const n of s.nested ?? []) expect(ids, `${s.id} → ${n.section}`).toContain(n.section);
      const mapped = new Set(Object.values(s.fields).flat().map((k) => normKey(k ?? '')));
      for (const skip of s.skip ?? []) for (const k of skip.keys) expect(mapped.has(normKey(k)), `${s.id}: ${k}`).toBe(false);
    }
  });
});
