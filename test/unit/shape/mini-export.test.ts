/**
 * `shape` of a small hand-made export, written to mirror the real layouts (X .js with preface,
 * Meta label_values, an Instagram thread, Google My Activity, TikTok TXT, a CSV, a UTF-16 JSON,
 * photos, a viewer script), must be
 * exactly the hand-written layout text below — and structure-equal to it by the comparison.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareShapeTexts } from '../../../electron/core/shape/compare';
import { shapeExports } from '../../../electron/core/shape/shape-export';
import { writeDeterministicZip } from '../../fixtures/generators/zip';

const tmp = mkdtempSync(join(tmpdir(), 'shape-mini-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function shapeOf(paths: string[]): Promise<string> {
  const blocks: string[] = [];
  await shapeExports([paths], (b) => blocks.push(b));
  return blocks.join('');
}

const bytes = (s: string | Buffer): number => (typeof s === 'string' ? Buffer.byteLength(s) : s.length);

const FOLDER_FILES: Record<string, string | Buffer> = {
  'README.txt': 'This archive contains:\nNOTE: keep this safe\n',
  'Your archive.html': '<html><body>Archive of Canary Person</body></html>',
  'data/account.js': `window.YTD.account.part0 = [
  { "account": { "email": "a@example.com", "accountId": "1234567890123456789", "createdAt": "2020-01-02T03:04:05.000Z" } },
  { "account": { "email": "b@example.com", "accountId": "123", "createdAt": "2021-01-02T03:04:05.000Z", "timeZone": "Berlin" } }
]`,
  'logins.csv': 'Date,IP Address,Device\n2024-01-01 10:00:00,,Pixel 7\n2024-01-02 10:00:00,203.0.113.5,iPhone\n',
  'assets/js/viewer.js': '!function(e){var t={};e.canary=t}([]);',
  'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"name": "Mara"}', 'utf16le')]),
  'media/a.jpg': Buffer.alloc(10, 1),
  'media/b.jpg': Buffer.alloc(20, 2),
  'security/profile_activity.json': JSON.stringify([{ timestamp: 1700000000, label_values: [
    { label: 'IP address', value: '198.51.100.7' }, { label: 'Last login', timestamp_value: 1700000000 }, { label: 'Port number', value: '443' },
  ] }]),
  'Takeout/My Activity/Ads/MyActivity.json': JSON.stringify(['Ads', 'Search', 'Maps', 'YouTube', 'Shopping', 'News', 'Play'].map((header, i) => ({
    header, title: 'Viewed ad', time: `2024-01-0${i + 1}T00:00:00.000Z`, products: ['Ads'],
    ...(i % 2 === 0 ? { titleUrl: 'https://www.google.com/url?q=https://canary.example/secret' } : {}),
  }))),
  'your_instagram_activity/messages/inbox/canaryfriend_1234567/message_1.json': JSON.stringify({
    participants: [{ name: 'Canary Friend' }, { name: 'Me' }],
    messages: [
      { sender_name: 'Canary Friend', timestamp_ms: 1700000000000, content: 'secret canary text' },
      { sender_name: 'Me', timestamp_ms: 1700000001000, share: { link: 'https://www.instagram.com/p/CANARYPATH/' } },
    ],
    title: 'Canary Friend',
  }),
};

function folderLayout(): string {
  const b = (p: string): number => bytes(FOLDER_FILES[p]!);
  return `
### README.txt (${b('README.txt')} bytes)
lines: 2
labels: This archive contains: "" | NOTE: "<string len 14>"

### Takeout/My Activity/Ads/MyActivity.json (${b('Takeout/My Activity/Ads/MyActivity.json')} bytes)
[  // up to 7 items
  {
    "header": "Ads" | "Search" | "Maps" | "YouTube" | "Shopping" | "News" | … (7 distinct),
    "title": "<string len 9>",
    "time": "<ISO-8601 Z>",
    "products": [  // up to 1 items
      "Ads"
    ],
    "titleUrl"?: "<url host=www.google.com path-segments=1>"
  }
]

### Your archive.html (${b('Your archive.html')} bytes)

### data/account.js (${b('data/account.js')} bytes)
preface: window.YTD.account.part0 =
[  // up to 2 items
  {
    "account": {
      "email": "<string len 13>",
      "accountId": "<number-string>",
      "createdAt": "<ISO-8601 Z>",
      "timeZone"?: "<string len 6>"
    }
  }
]

### logins.csv (${b('logins.csv')} bytes)
rows: 2
columns: Date: "<YYYY-MM-DD hh:mm:ss>" | IP Address: "<ipv4>" | Device: "<string len 7>"

### security/profile_activity.json (${b('security/profile_activity.json')} bytes)
[  // up to 1 items
  {
    "timestamp": <epoch s>,
    "label_values": [  // up to 3 items
      {
        "label": "IP address" | "Last login" | "Port number",
        "value"?: "<ipv4>" | "<number-string>",
        "timestamp_value"?: <epoch s>
      }
    ]
  }
]

### utf16.json (${b('utf16.json')} bytes)
{
  "name": "<string len 4>"
}

### your_instagram_activity/messages/inbox/<thread>/message_1.json (${b('your_instagram_activity/messages/inbox/canaryfriend_1234567/message_1.json')} bytes)
{
  "participants": [  // up to 2 items
    {
      "name": "<string len 13>" | "<string len 2>"
    }
  ],
  "messages": [  // up to 2 items
    {
      "sender_name": "<string len 13>" | "<string len 2>",
      "timestamp_ms": <epoch ms>,
      "content"?: "<string len 18>",
      "share"?: {
        "link": "<url host=www.instagram.com path-segments=2>"
      }
    }
  ],
  "title": "<string len 13>"
}

### assets/js/*.js (${b('assets/js/viewer.js')} bytes)
files: 1

### media/*.jpg (30 bytes)
files: 2
`;
}

const LOGINS = 'Date: 2024-01-02 10:11:12\nIP: 203.0.113.9\nDevice Model: iPhone14,2\nDevice System: iOS 17.1\nNetwork Type: Wi-Fi\nCarrier: \n\n'
  + 'Date: 2024-01-03 10:11:12\nIP: 2001:db8::7\nDevice Model: Pixel 7 Pro\nDevice System: Android\nNetwork Type: 4G\nCarrier: Vodafone\n';
const SEARCHES = 'Date: 2024-01-02 10:11:12 UTC\nSearch Term: where is mara\n';

describe('shape of a hand-made mini export', () => {
  it('a folder export prints exactly the hand-written layout', async () => {
    const dir = join(tmp, 'folder');
    for (const [p, content] of Object.entries(FOLDER_FILES)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), content);
    }
    const text = await shapeOf([dir]);
    expect(text).toBe(folderLayout());
    expect(compareShapeTexts(folderLayout(), text)).toEqual({ equal: true, differences: [] });
  });

  it('a TikTok TXT zip keeps its wrapper folder, with the person reduced to <name>', async () => {
    const zip = join(tmp, 'tiktok.zip');
    await writeDeterministicZip(zip, [
      { path: 'TikTok_Data_mara.lindqvist/Activity/Login History.txt', content: LOGINS },
      { path: 'TikTok_Data_mara.lindqvist/Activity/Searches.txt', content: SEARCHES },
    ]);
    const text = await shapeOf([zip]);
    expect(text).toBe(`
### TikTok_Data_<name>/Activity/Login History.txt (${bytes(LOGINS)} bytes)
lines: 13
labels: Date: "<YYYY-MM-DD hh:mm:ss>" | IP: "<ipv4>" | Device Model: "<string len 10>" | Device System: "<string len 8>" | Network Type: "<string len 5>" | Carrier: "<string len 8>"

### TikTok_Data_<name>/Activity/Searches.txt (${bytes(SEARCHES)} bytes)
lines: 2
labels: Date: "<YYYY-MM-DD hh:mm:ss UTC>" | Search Term: "<string len 13>"
`);
    // A layout that shows another person's wrapper folder is the same structure.
    const other = text.replaceAll('TikTok_Data_<name>', 'TikTok_Data_someone').replace('<string len 13>"\n', '<string len 40>"\n');
    expect(compareShapeTexts(other, text).equal).toBe(true);
  });

  it('a member that is not valid JSON is marked unreadable, and the rest still shaped', async () => {
    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), '{"name": "Canary Person", "x": [1, 2');
    writeFileSync(join(dir, 'b.json'), '{"ok": true}');
    writeFileSync(join(dir, 'c.json'), '');
    const text = await shapeOf([dir]);
    expect(text).toBe(`
### a.json (${bytes('{"name": "Canary Person", "x": [1, 2')} bytes)
unreadable: the JSON text ends before it is complete

### b.json (12 bytes)
{
  "ok": <boolean>
}

### c.json (0 bytes)
unreadable: the file is empty (0 bytes)
`);
  });
});
