/**
 * Structure comparison of shape texts: every real layout reads back and equals itself; a missing
 * key, an extra key, a changed type, a changed optionality and a changed member path are each
 * caught with a readable line; what is not structure (lengths, counts, sizes, person-specific
 * folders) is ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareShapeTexts } from '../../../electron/core/shape/compare';
import { parseShapeText } from '../../../electron/core/shape/parse';

const LAYOUTS = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'real-layouts');

const BASE = `
### user_data_tiktok.json (1530030 bytes)
{
  "Activity": {
    "Comments": {
      "App": <int>,
      "CommentsList": [  // up to 216 items
        {
          "date": "<YYYY-MM-DD hh:mm:ss>",
          "comment": "<string len 26>" | "<string len 12>" | "<string len 19>",
          "photo": "N/A",
          "url": ""
        }
      ]
    },
    "Favorite Effects": {
      "FavoriteEffectsList": null
    }
  }
}
`;

const edit = (from: string, to: string): string => {
  expect(BASE).toContain(from);
  return BASE.replace(from, to);
};

describe('structure comparison', () => {
  it('every real layout file parses and is structure-equal to itself', () => {
    const files = readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(12);
    for (const f of files) {
      const text = readFileSync(join(LAYOUTS, f), 'utf8');
      const members = parseShapeText(text);
      expect(members.length, f).toBe((text.match(/^### /gm) ?? []).length);
      expect(compareShapeTexts(text, text), f).toEqual({ equal: true, differences: [] });
    }
  });

  it('catches a missing key', () => {
    expect(compareShapeTexts(BASE, edit('          "photo": "N/A",\n', '')).differences).toEqual([
      'user_data_tiktok.json/Activity/Comments/CommentsList/*/photo: key missing from shape',
    ]);
  });

  it('catches an extra key', () => {
    expect(compareShapeTexts(BASE, edit('          "url": ""', '          "likes": <int>,\n          "url": ""')).differences).toEqual([
      'user_data_tiktok.json/Activity/Comments/CommentsList/*/likes: extra key in shape (not in layout)',
    ]);
  });

  it('catches a changed value type', () => {
    expect(compareShapeTexts(BASE, edit('"date": "<YYYY-MM-DD hh:mm:ss>"', '"date": "<ISO-8601 Z>"')).differences).toEqual([
      'user_data_tiktok.json/Activity/Comments/CommentsList/*/date: value types differ: layout {"<YYYY-MM-DD hh:mm:ss>"}, shape {"<ISO-8601 Z>"}',
    ]);
    expect(compareShapeTexts(BASE, edit('"App": <int>', '"App": "<number-string>"')).equal).toBe(false);
    expect(compareShapeTexts(BASE, edit('"FavoriteEffectsList": null', '"FavoriteEffectsList": []')).differences).toEqual([
      'user_data_tiktok.json/Activity/Favorite Effects/FavoriteEffectsList: value types differ: layout {null}, shape {}',
      'user_data_tiktok.json/Activity/Favorite Effects/FavoriteEffectsList: shape has a list here, layout has none',
    ]);
  });

  it('catches a key that became optional', () => {
    expect(compareShapeTexts(BASE, edit('"comment":', '"comment"?:')).differences).toEqual([
      'user_data_tiktok.json/Activity/Comments/CommentsList/*/comment: required in layout, optional in shape',
    ]);
  });

  it('catches a changed member path', () => {
    expect(compareShapeTexts(BASE, edit('### user_data_tiktok.json', '### Activity/user_data_tiktok.json')).differences).toEqual([
      'user_data_tiktok.json: member missing from shape',
      'Activity/user_data_tiktok.json: extra member in shape (not in layout)',
    ]);
  });

  it('says why a member could not be read', () => {
    const broken = BASE.replace(/\{[\s\S]*\}\n$/, 'unreadable: not valid JSON\n');
    expect(compareShapeTexts(BASE, broken).differences).toEqual([
      'user_data_tiktok.json: read as {json} in layout, {unreadable} in shape (unreadable: not valid JSON)',
      'user_data_tiktok.json: layout has a JSON tree, shape has none',
    ]);
  });

  it('ignores string lengths, item counts, byte sizes and the kept literal itself', () => {
    const other = BASE.replace('(1530030 bytes)', '(99 bytes)').replace('up to 216 items', 'up to 3 items')
      .replace('"<string len 26>" | "<string len 12>" | "<string len 19>"', '"<string len 5>"').replace('"N/A"', '"None"');
    expect(compareShapeTexts(BASE, other)).toEqual({ equal: true, differences: [] });
  });

  it('three alternatives may hide others; fewer are the whole story', () => {
    // The layout showed three string lengths: a shape that also has "" is still the same structure.
    expect(compareShapeTexts(BASE, edit('"<string len 26>" | "<string len 12>" | "<string len 19>"', '"<string len 3>" | ""')).equal).toBe(true);
    // The layout showed "" among two alternatives: a shape without it differs.
    const layout = edit('"<string len 26>" | "<string len 12>" | "<string len 19>"', '"<string len 3>" | ""');
    expect(compareShapeTexts(layout, BASE.replace('"<string len 26>" | "<string len 12>" | "<string len 19>"', '"<string len 3>"')).differences).toEqual([
      'user_data_tiktok.json/Activity/Comments/CommentsList/*/comment: value types differ: layout {empty, string}, shape {string}',
    ]);
  });

  it('normalises person-specific folders and merges what they held', () => {
    const layout = `
### TikTok_Data_aidan/Activity/Like List.txt (10 bytes)
lines: 3
labels: Date: "<YYYY-MM-DD hh:mm:ss>" | Link: "<url host=www.tiktokv.com path-segments=3>"

### your_instagram_activity/messages/inbox/someone_123/message_1.json (5 bytes)
{
  "title": "<string len 5>"
}

### your_instagram_activity/messages/inbox/another_456/message_1.json (5 bytes)
{
  "title": "<string len 7>",
  "is_pending": <boolean>
}
`;
    const shape = `
### TikTok_Data_<name>/Activity/Like List.txt (12 bytes)
lines: 9
labels: Date: "<YYYY-MM-DD hh:mm:ss>" | Link: "<url host=www.tiktokv.com path-segments=2>"

### your_instagram_activity/messages/inbox/<thread>/message_1.json (5 bytes)
{
  "title": "<string len 5>",
  "is_pending"?: <boolean>
}

### your_instagram_activity/media/*.jpg (100 bytes)
files: 4
`;
    expect(compareShapeTexts(layout, shape)).toEqual({ equal: true, differences: [] });
    expect(compareShapeTexts(layout, shape.replace('Link: "<url', 'Video Link: "<url')).differences).toEqual([
      'TikTok_Data_<name>/Activity/Like List.txt: label "Link" missing from shape',
      'TikTok_Data_<name>/Activity/Like List.txt: extra label "Video Link" in shape',
    ]);
  });

  it('the layouts folder is where the tests expect it', () => {
    expect(existsSync(join(LAYOUTS, 'README.md'))).toBe(true);
  });
});
