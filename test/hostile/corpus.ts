/**
 * The hostile corpus: archives and folders built to break an importer — not zips, truncation,
 * CRC, encryption, unsupported methods, bombs, overlapping entries, unsafe names, duplicates,
 * odd name encodings, tens of thousands of members, bad JSON of every kind, huge values,
 * impossible dates, injection text, odd text encodings, empty members, unsupported platforms,
 * unreadable files, split exports with a part missing. Each case says what must happen:
 * `refused` (one message naming the file and the problem; the database unchanged) or `imported`
 * (possibly partly, with what was skipped named in the message).
 *
 * Everything is generated at test time from a seed (no binary fixtures in the repository); the
 * big cases stay small on disk (they compress) but large when unpacked.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildZip, type HandEntry } from '../unit/archive/helpers/zip-writer';
import { writeDeterministicZip } from '../fixtures/generators/zip';

export type Expectation =
  | { outcome: 'refused'; mentions: string[] }
  | { outcome: 'imported'; mentions?: string[]; notMentions?: string[]; events?: number };

export interface HostileCase {
  id: string;
  what: string;
  build(dir: string): Promise<string[]>;
  expect: Expectation;
}

// ---------------------------------------------------------------- building blocks

const LOGIN = (i: number, date = '2024-01-01 10:00:00') => ({ Date: date, IP: `192.0.2.${(i % 250) + 1}`, DeviceModel: 'Pixel 8', DeviceSystem: 'Android 14', NetworkType: 'wifi', Carrier: 'Example' });

function tiktok(logins: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ 'Your Activity': { 'Login History': { LoginHistoryList: logins }, ...extra } });
}

const VALID = tiktok([LOGIN(1), LOGIN(2, '2024-01-02 11:00:00')]);

function write(dir: string, name: string, bytes: Buffer | string): string {
  const p = nodePath.join(dir, name);
  fs.mkdirSync(nodePath.dirname(p), { recursive: true });
  fs.writeFileSync(p, bytes);
  return p;
}

function hand(dir: string, name: string, entries: HandEntry[]): string {
  return write(dir, name, buildZip(entries));
}

async function zip(dir: string, name: string, files: { path: string; content: string | Buffer }[]): Promise<string> {
  const p = nodePath.join(dir, name);
  await writeDeterministicZip(p, files);
  return p;
}

/** A seeded generator of bytes (xorshift): reproducible "random" content. */
function seeded(seed: number, n: number): Buffer {
  let x = seed >>> 0 || 1;
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const TIKTOK_ZIP = 'TikTok_Data_1700000000.zip';

// ---------------------------------------------------------------- the cases

export const CORPUS: HostileCase[] = [
  // -- not a zip at all
  { id: 'random-bytes', what: 'random bytes named .zip', build: async (d) => [write(d, 'random.zip', seeded(1, 4096))], expect: { outcome: 'refused', mentions: ['random.zip', 'not a zip'] } },
  { id: 'pdf', what: 'a PDF named .zip', build: async (d) => [write(d, 'statement.zip', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))], expect: { outcome: 'refused', mentions: ['statement.zip', 'PDF'] } },
  { id: 'empty-file', what: 'a 0-byte file', build: async (d) => [write(d, 'empty.zip', Buffer.alloc(0))], expect: { outcome: 'refused', mentions: ['empty.zip', 'empty'] } },
  { id: 'tgz', what: 'a gzip-compressed tar (Takeout .tgz)', build: async (d) => [write(d, 'takeout-20240101T000000Z-001.tgz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), seeded(2, 512)]))], expect: { outcome: 'refused', mentions: ['takeout-20240101T000000Z-001.tgz', 'tgz'] } },

  // -- truncated and corrupt
  {
    id: 'truncated-half', what: 'a zip cut in half',
    build: async (d) => {
      const p = await zip(d, 'src.zip', [{ path: 'user_data_tiktok.json', content: tiktok(Array.from({ length: 300 }, (_, i) => LOGIN(i))) }]);
      const b = fs.readFileSync(p);
      return [write(d, TIKTOK_ZIP, b.subarray(0, b.length >> 1))];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'incomplete'] },
  },
  {
    id: 'truncated-tail', what: 'a zip missing its last 10 bytes',
    build: async (d) => {
      const p = await zip(d, 'src.zip', [{ path: 'user_data_tiktok.json', content: VALID }]);
      const b = fs.readFileSync(p);
      return [write(d, TIKTOK_ZIP, b.subarray(0, b.length - 10))];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'incomplete'] },
  },
  {
    id: 'bad-crc', what: 'a stored member whose bytes do not match its CRC-32',
    build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID), crc: 0x12345678 }])],
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json', 'damaged'] },
  },
  {
    id: 'bad-deflate', what: 'a deflated member with damaged compressed data',
    build: async (d) => {
      const b = buildZip([{ name: 'user_data_tiktok.json', data: Buffer.from(tiktok(Array.from({ length: 200 }, (_, i) => LOGIN(i)))), method: 8 }]);
      for (let i = 40; i < 80; i++) b[i] = 0xff;
      return [write(d, TIKTOK_ZIP, b)];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] },
  },
  { id: 'encrypted', what: 'a password-protected member (ZipCrypto flag)', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID), flags: 1 }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'password'] } },
  { id: 'strong-encryption', what: 'strong encryption (flag bit 6)', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID), flags: 1 | 64 }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'password'] } },
  {
    id: 'deflate64', what: 'a member compressed with Deflate64 (method 9)',
    build: async (d) => {
      const b = buildZip([{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }]);
      setMethod(b, 9);
      return [write(d, TIKTOK_ZIP, b)];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json', 'Deflate64'] },
  },
  { id: 'trailing-garbage', what: 'a zip with a damaged end record (comment length lies)', build: async (d) => {
    const b = buildZip([{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }]);
    b.writeUInt16LE(500, b.length - 2);
    return [write(d, TIKTOK_ZIP, b)];
  }, expect: { outcome: 'refused', mentions: [TIKTOK_ZIP] } },

  // -- bombs
  {
    id: 'bomb-ratio', what: '100 MB of zeros deflated to ~100 KB (ratio ~1000)',
    build: async (d) => {
      const data = Buffer.alloc(100 * 1024 * 1024);
      const deflated = deflateRawSync(data, { level: 9 });
      return [write(d, TIKTOK_ZIP, buildRaw('user_data_tiktok.json', deflated, data.length, 8))];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'zip bomb'] },
  },
  {
    id: 'bomb-lying-size', what: 'declares 1 KB, inflates to 80 MB',
    build: async (d) => {
      const data = Buffer.alloc(80 * 1024 * 1024, 0x20);
      const deflated = deflateRawSync(data, { level: 9 });
      return [write(d, TIKTOK_ZIP, buildRaw('user_data_tiktok.json', deflated, 1024, 8))];
    },
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] },
  },
  {
    id: 'overlapping', what: 'two members pointing at the same stored data',
    build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID), method: 8 }, { name: 'user_data.json', data: Buffer.from(VALID), method: 8, sameDataAs: 0 }])],
    expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'same stored data'] },
  },
  {
    id: 'nested-zip', what: 'an export zipped inside another zip',
    build: async (d) => {
      const inner = await zip(d, 'inner.zip', [{ path: 'user_data_tiktok.json', content: VALID }]);
      return [await zip(d, 'outer.zip', [{ path: 'TikTok_Data_1700000000.zip', content: fs.readFileSync(inner) }])];
    },
    expect: { outcome: 'refused', mentions: ['outer.zip', 'TikTok_Data_1700000000.zip'] },
  },

  // -- unsafe and odd names
  { id: 'traversal', what: 'a member named ../evil.json', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: '../evil.json', data: Buffer.from('{}') }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, '../evil.json', 'climbs out'] } },
  { id: 'absolute', what: 'a member named /etc/passwd', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: '/etc/passwd', data: Buffer.from('x') }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, '/etc/passwd', 'absolute'] } },
  { id: 'drive-letter', what: 'a member named C:\\Windows\\evil.dll', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: 'C:\\Windows\\evil.dll', data: Buffer.from('x') }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'drive letter'] } },
  { id: 'symlink', what: 'a symbolic-link member beside the real file', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: 'link.json', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }])], expect: { outcome: 'imported', events: 2 } },
  {
    id: 'duplicate-names', what: 'two members with the same name and different content',
    build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: 'user_data_tiktok.json', data: Buffer.from(tiktok([LOGIN(9)])) }])],
    expect: { outcome: 'imported', events: 2, mentions: ['1 item in 1 file was not read'] },
  },
  { id: 'cp437-name', what: 'a member name in CP437 (no UTF-8 flag) beside the export', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: Buffer.from([0x52, 0x82, 0x73, 0x75, 0x6d, 0x82, 0x2e, 0x74, 0x78, 0x74]), data: Buffer.from('x') }])], expect: { outcome: 'imported', events: 2 } },
  { id: 'nul-in-name', what: 'a member name with a NUL byte beside the export (listed as unknown, never used as a path)', build: async (d) => [hand(d, TIKTOK_ZIP, [{ name: 'user_data_tiktok.json', data: Buffer.from(VALID) }, { name: Buffer.from('evil\u0000.json', 'utf8'), data: Buffer.from('{}') }])], expect: { outcome: 'imported', events: 2 } },
  {
    id: 'many-members', what: '70,000 members beside the export',
    build: async (d) => {
      const names = ['user_data_tiktok.json', ...Array.from({ length: 70_000 }, (_, i) => `cache/${i}.bin`)];
      return [write(d, TIKTOK_ZIP, storedZip64(names.map((n, i) => ({ name: n, data: i === 0 ? Buffer.from(VALID) : Buffer.alloc(0) }))))];
    },
    expect: { outcome: 'imported', events: 2 },
  },

  // -- bad JSON
  { id: 'invalid-json', what: 'JSON with a syntax error', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: VALID.replace('"Login History"', '"Login History" "') }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] } },
  { id: 'truncated-json', what: 'JSON that stops halfway', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: VALID.slice(0, VALID.length >> 1) }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] } },
  { id: 'deep-json', what: 'JSON nested 200,000 levels deep', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: `{"Your Activity":${'['.repeat(200_000)}${']'.repeat(200_000)}}` }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] } },
  { id: 'wrong-root', what: 'JSON whose root is a number', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: '42' }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json'] } },
  { id: 'wrong-shape', what: 'a section that is a string instead of a list', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: JSON.stringify({ 'Your Activity': { 'Login History': { LoginHistoryList: 'nope' }, Searches: { SearchList: [{ Date: '2024-01-01 10:00:00', SearchTerm: 'x' }] } } }) }])], expect: { outcome: 'imported', events: 1 } },
  { id: 'empty-member', what: 'a 0-byte user_data_tiktok.json', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: '' }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json', 'empty'] } },
  {
    id: 'huge-string', what: 'one 8 MB search term',
    build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: JSON.stringify({ 'Your Activity': { Searches: { SearchList: [{ Date: '2024-01-01 10:00:00', SearchTerm: seeded(3, 8 * 1024 * 1024).toString('hex').slice(0, 8 * 1024 * 1024) }] } } }) }])],
    expect: { outcome: 'imported', events: 1, mentions: ['1 item in 1 file was not read'] },
  },
  { id: 'impossible-dates', what: 'dates that do not exist (30 February, year 99999, hour 25)', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: tiktok([LOGIN(1, '2024-02-30 10:00:00'), LOGIN(2, '99999-01-01 10:00:00'), LOGIN(3, '2024-01-01 25:00:00'), LOGIN(4)]) }])], expect: { outcome: 'imported' } },
  { id: 'sql-injection-text', what: "SQL and FTS operators in text ('); DROP TABLE events;--, NEAR, \"*)", build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: JSON.stringify({ 'Your Activity': { Searches: { SearchList: [{ Date: '2024-01-01 10:00:00', SearchTerm: "'); DROP TABLE events;-- NEAR(a b) \"*) OR 1=1" }] } } }) }])], expect: { outcome: 'imported', events: 1 } },
  { id: 'xss-text', what: 'script tags and javascript: links in text', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: JSON.stringify({ 'Your Activity': { Searches: { SearchList: [{ Date: '2024-01-01 10:00:00', SearchTerm: '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3)' }] } } }) }])], expect: { outcome: 'imported', events: 1 } },
  { id: 'bom', what: 'UTF-8 with a byte-order mark', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]) }])], expect: { outcome: 'imported', events: 2 } },
  { id: 'utf16', what: 'UTF-16 LE with a byte-order mark', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]) }])], expect: { outcome: 'imported', events: 2 } },
  { id: 'latin1', what: 'Latin-1 bytes where UTF-8 is expected', build: async (d) => [await zip(d, TIKTOK_ZIP, [{ path: 'user_data_tiktok.json', content: Buffer.from(tiktok([{ ...LOGIN(1), DeviceModel: 'Caf\u00e9' }]), 'latin1') }])], expect: { outcome: 'refused', mentions: [TIKTOK_ZIP, 'user_data_tiktok.json', 'UTF-8'] } },

  // -- not an export, or only part of one
  { id: 'unsupported-platform', what: 'a zip of documents, not an export', build: async (d) => [await zip(d, 'holiday.zip', [{ path: 'notes.txt', content: 'hello' }, { path: 'photo.jpg', content: seeded(4, 1000) }])], expect: { outcome: 'refused', mentions: ['holiday.zip', 'not an export'] } },
  { id: 'html-export', what: 'an Instagram export in HTML instead of JSON', build: async (d) => [await zip(d, 'instagram-someone-2024-01-01-abc.zip', [{ path: 'your_instagram_activity/likes/liked_posts.html', content: '<html></html>' }, { path: 'personal_information/personal_information/personal_information.html', content: '<html></html>' }, { path: 'index.html', content: '<html></html>' }])], expect: { outcome: 'refused', mentions: ['instagram-someone-2024-01-01-abc.zip', 'JSON'] } },
  {
    id: 'unreadable-file', what: 'a folder export holding a FIFO (not a regular file) beside the export',
    build: async (d) => {
      const root = nodePath.join(d, 'TikTok_Data_folder');
      write(root, 'user_data_tiktok.json', VALID);
      if (process.platform !== 'win32') {
        const { spawnSync } = await import('node:child_process');
        spawnSync('mkfifo', [nodePath.join(root, 'pipe.json')]);
      }
      return [root];
    },
    expect: { outcome: 'imported', events: 2 },
  },
  {
    id: 'split-missing-part', what: 'a split Takeout with part 002 missing',
    build: async (d) => {
      const a = await zip(d, 'takeout-20240101T000000Z-001.zip', [{ path: 'Takeout/My Activity/Search/MyActivity.json', content: JSON.stringify([{ header: 'Search', title: 'Searched for cats', time: '2024-01-01T10:00:00.000Z', products: ['Search'] }]) }, { path: 'Takeout/archive_browser.html', content: '<html>' }]);
      const c = await zip(d, 'takeout-20240101T000000Z-003.zip', [{ path: 'Takeout/My Activity/YouTube/MyActivity.json', content: JSON.stringify([{ header: 'YouTube', title: 'Watched a video', time: '2024-01-02T10:00:00.000Z', products: ['YouTube'] }]) }]);
      return [a, c];
    },
    expect: { outcome: 'imported', mentions: ['takeout-20240101T000000Z-002.zip', 'not chosen'] },
  },
  {
    id: 'split-different-exports', what: 'parts of two different Takeouts',
    build: async (d) => [
      await zip(d, 'takeout-20240101T000000Z-001.zip', [{ path: 'Takeout/archive_browser.html', content: '<html>' }]),
      await zip(d, 'takeout-20240202T000000Z-001.zip', [{ path: 'Takeout/archive_browser.html', content: '<html>' }]),
    ],
    expect: { outcome: 'refused', mentions: ['different exports'] },
  },
  {
    id: 'takeout-one-bad-member', what: 'a Takeout where one of two files is truncated JSON',
    build: async (d) => [await zip(d, 'takeout-20240101T000000Z-001.zip', [
      { path: 'Takeout/My Activity/Search/MyActivity.json', content: JSON.stringify([{ header: 'Search', title: 'Searched for cats', time: '2024-01-01T10:00:00.000Z', products: ['Search'] }]) },
      { path: 'Takeout/My Activity/YouTube/MyActivity.json', content: '[{"header":"YouTube","title":"Watched' },
    ])],
    expect: { outcome: 'imported', mentions: ['My Activity/YouTube/MyActivity.json', 'could not be read completely'] },
  },
  {
    id: 'x-missing-preface', what: 'an X archive whose data file lacks its window.YTD preface',
    build: async (d) => [await zip(d, 'twitter-2024-01-01-abc.zip', [
      { path: 'data/manifest.js', content: 'window.__THAR_CONFIG = {"userInfo":{"accountId":"1","userName":"someone"}}' },
      { path: 'data/ip-audit.js', content: '[{"ipAudit":{"accountId":"1","createdAt":"2024-01-01T10:00:00.000Z","loginIp":"192.0.2.1"}}]' },
      { path: 'data/account.js', content: 'window.YTD.account.part0 = [{"account":{"accountId":"1","username":"someone","createdAt":"2020-01-01T00:00:00.000Z"}}]' },
    ])],
    expect: { outcome: 'imported', mentions: ['ip-audit.js', 'window.YTD'] },
  },
];

/**
 * Stored entries with a zip64 end record, for more than 65,535 members (the hand writer stops
 * there and yazl takes minutes for 70,000 entries).
 */
function storedZip64(entries: { name: string; data: Buffer }[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(entries.length), 24);
  z64.writeBigUInt64LE(BigInt(entries.length), 32);
  z64.writeBigUInt64LE(BigInt(cd.length), 40);
  z64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, z64, locator, end]);
}

/** Sets the compression method of every entry (local and central headers) of a hand-built zip. */
function setMethod(b: Buffer, method: number): void {
  for (let i = 0; i + 4 <= b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50) b.writeUInt16LE(method, i + 8);
    else if (sig === 0x02014b50) b.writeUInt16LE(method, i + 10);
  }
}

/** One member with its compressed bytes given and any declared size (for bombs). */
function buildRaw(name: string, compressed: Buffer, declared: number, method: 0 | 8): Buffer {
  const n = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(0, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + n.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, compressed, central, n, end]);
}
