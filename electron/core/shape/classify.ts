/**
 * What a value, a key or a member path becomes in a shape dump (docs/shape.md): a category token
 * such as `<int>`, `"<ipv4>"`, `"<string len 12>"` or `"<url host=www.tiktokv.com path-segments=3>"`
 * — never the value itself. The only texts kept verbatim are placeholders ("N/A", "None", "-",
 * "") and the structural strings importers key on (Meta `label`, Google `header`/`products`,
 * enumerations like `type`/`category`/`action`), and those only when they do not look like data.
 * The tokens are the ones the real-layout files in ../shared/reference/real-layouts/ use.
 */
import { findIp } from '../importers/common/ip';

/** One scalar, reduced: `token` is what is printed; `category` is what structure comparison sees. */
export interface ScalarClass {
  token: string;
  category: string;
  /** Set when the token is a kept literal (counted for `… (N distinct)`). */
  literal?: string;
}

/**
 * Keys whose string values are structure, not data: the real layouts keep them (Meta `label`,
 * Google `header` and `products`, Facebook `category`/`type`, X `action`). Exact, case-sensitive.
 */
const LITERAL_KEYS = new Set(['label', 'header', 'products', 'category', 'type', 'action']);
/** A kept literal longer than this is more likely a sentence someone wrote than an enumeration. */
const LITERAL_MAX = 60;
/** Texts exports write where a value is absent; kept verbatim because they carry no data. */
const PLACEHOLDERS = new Set(['N/A', 'n/a', 'None', 'none', 'null', 'NULL', '-', 'undefined']);

// Epoch ranges: 2000-01-01 up to 2050-01-01. Outside them a number is just a number.
const EPOCH_S_MIN = 946_684_800;
const EPOCH_S_MAX = 2_524_608_000;

const DATE_PATTERNS: readonly [RegExp, string][] = [
  [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'YYYY-MM-DD hh:mm:ss'],
  [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/, 'YYYY-MM-DD hh:mm:ss UTC'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/, 'ISO-8601 Z'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:?\d{2}$/, 'ISO-8601 offset'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/, 'ISO-8601 local'],
  [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  [/^\d{4}\.\d{2}\.\d{2}$/, 'YYYY.MM.DD'],
  [/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/,
    'Twitter date (Www Mmm dd hh:mm:ss +zzzz yyyy)'],
];

/**
 * Hosts kept in `<url host=…>`: the platforms' own and their CDNs, which say where data was
 * served from. Every other host is `other` (it could name a person's site).
 */
const PLATFORM_SUFFIXES = [
  'tiktok.com', 'tiktokv.com', 'tiktokcdn.com', 'tiktokcdn-us.com', 'tiktokcdn-eu.com', 'tiktokv.us', 'tiktokv.eu',
  'ibyteimg.com', 'ibytedtos.com', 'byteoversea.com', 'bytedance.com', 'muscdn.com', 'musical.ly',
  'instagram.com', 'cdninstagram.com', 'facebook.com', 'fb.com', 'fb.me', 'fbcdn.net', 'fbsbx.com',
  'messenger.com', 'meta.com', 'threads.net', 'whatsapp.com', 'whatsapp.net',
  'youtube.com', 'youtu.be', 'ytimg.com', 'googleusercontent.com', 'gstatic.com', 'googleapis.com',
  'ggpht.com', 'googlevideo.com', 'twitter.com', 'x.com', 't.co', 'twimg.com', 'periscope.tv', 'pscp.tv',
];
const GOOGLE_HOST = /(^|\.)google\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

export function isPlatformHost(host: string): boolean {
  const h = host.toLowerCase();
  return GOOGLE_HOST.test(h) || PLATFORM_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** `"<url host=… path-segments=N>"` for an absolute http(s) URL without spaces, else undefined. */
function urlToken(s: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return undefined;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  const host = isPlatformHost(url.hostname) ? url.hostname.toLowerCase() : 'other';
  const segments = url.pathname.split('/').filter((p) => p !== '').length;
  return `"<url host=${host} path-segments=${segments}>"`;
}

function quoted(inner: string, category: string = inner): ScalarClass {
  return { token: `"<${inner}>"`, category };
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Whether a kept literal would still be data: an address, a number, a date, a URL. */
function looksLikeData(s: string): boolean {
  return s.length > LITERAL_MAX || s.includes('@') || /\d{3,}/.test(s) || /^https?:/i.test(s) || /[\r\n\t]/.test(s);
}

/**
 * A string value's class. `key` is the key it sits under (for a list item: the list's key), which
 * decides whether a structural literal is kept.
 */
export function classifyString(s: string, key: string | undefined): ScalarClass {
  if (s === '') return { token: '""', category: 'empty' };
  if (PLACEHOLDERS.has(s)) return { token: JSON.stringify(s), category: 'placeholder', literal: s };
  if (key !== undefined && LITERAL_KEYS.has(key) && !looksLikeData(s)) {
    return { token: JSON.stringify(s), category: 'literal', literal: s };
  }
  for (const [re, name] of DATE_PATTERNS) if (re.test(s)) return quoted(name);
  if (findIp(s) === s) return quoted(s.includes(':') ? 'ipv6' : 'ipv4');
  const url = urlToken(s);
  if (url !== undefined) return { token: url, category: 'url' };
  if (s === 'true' || s === 'false') return quoted('bool-string');
  if (/^\d{1,16}$/.test(s)) {
    const n = Number(s);
    if (n >= EPOCH_S_MIN && n < EPOCH_S_MAX) return quoted('epoch seconds (string)');
    if (n >= EPOCH_S_MIN * 1000 && n < EPOCH_S_MAX * 1000) return quoted('epoch ms (string)');
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) return quoted('number-string');
  return quoted(`string len ${charLength(s)}`, 'string');
}

export function classifyNumber(n: number): ScalarClass {
  if (!Number.isInteger(n)) return { token: '<number>', category: '<number>' };
  if (n >= EPOCH_S_MIN && n < EPOCH_S_MAX) return { token: '<epoch s>', category: '<epoch s>' };
  if (n >= EPOCH_S_MIN * 1000 && n < EPOCH_S_MAX * 1000) return { token: '<epoch ms>', category: '<epoch ms>' };
  return { token: '<int>', category: '<int>' };
}

export const BOOLEAN: ScalarClass = { token: '<boolean>', category: '<boolean>' };
export const NULL: ScalarClass = { token: 'null', category: 'null' };

/** Keys longer than this are taken for text someone wrote (the longest real setting name is 70). */
const KEY_MAX = 100;
/** The real layouts' keys use letters, digits, `_`, space, `-`, `/` and `:`; a little more is allowed. */
const KEY_CHARS = /^[\p{L}\p{M}\p{N} _\-/:.,()&'?+%<>]*$/u;
/** The wordiest real key ("Show your username and gift information in features with ranking lists") has 12. */
const KEY_WORDS_MAX = 14;

/**
 * A JSON key (or TXT label, CSV column) as printed. Keys that are data — ids, names in
 * "Chat History with <name>:", addresses, dates, long texts — are reduced to a placeholder key;
 * the rest are the export's own structure and kept.
 */
export function reduceKey(key: string): string {
  if (/^\d+$/.test(key)) return '<numeric key>';
  // TikTok keys a chat by its partner: "Chat History with some.user:".
  const chat = /^(.{1,40}? with )(.+):$/.exec(key);
  if (chat) return `${chat[1]}<name>:`;
  if (key.includes('@')) return '<email key>';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key) || /^www\./i.test(key)) return '<url key>';
  if (findIp(key) === key) return '<ip key>';
  if (/^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/.test(key)) return '<date key>';
  if (/\d{6,}/.test(key)) return '<id key>';
  if ([...key].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f')) return '<text key>';
  if (key.length > KEY_MAX) return '<long key>';
  // Export keys are words: letters, digits, spaces and a little punctuation. Emoji, quotes, `!`,
  // `#` or a sentence's worth of words mean a title or a message someone wrote.
  if (!KEY_CHARS.test(key) || key.split(' ').length > KEY_WORDS_MAX) return '<text key>';
  return key;
}

/** Instagram/Facebook message folders are named after the people in the thread. */
const THREAD_PARENTS = new Set(['inbox', 'message_requests', 'archived_threads', 'filtered_threads', 'e2ee_cutover']);

/**
 * A member path without the person in it: the wrapper folder named after the account
 * (`TikTok_Data_<name>/`, `facebook-<name>/`, `instagram-<name>/`, `twitter-<name>/`),
 * message-thread folders (`inbox/<thread>/`), names people gave in Takeout (Drive, Photos albums,
 * Keep, Contacts, Mail, playlists) and any segment holding an address.
 */
/**
 * Google Takeout folders whose contents people name themselves (Drive files, photo albums, notes,
 * contact groups, mail labels, playlists): every name below them is reduced to `<folder>` /
 * `<file>.ext`.
 */
const USER_NAMED = /^((?:Takeout\/)?(?:Drive|Google Photos|Google Fotos|Keep|Notizen|Contacts|Kontakte|Mail|Google Play Books|Blogger|YouTube and YouTube Music\/playlists|YouTube und YouTube Music\/Playlists))\/(.+)$/;

function reduceUserNamed(rest: string): string {
  const parts = rest.split('/');
  return parts.map((p, i) => {
    if (i < parts.length - 1) return '<folder>';
    const ext = /\.([A-Za-z0-9]{1,5})$/.exec(p);
    return ext ? `<file>.${ext[1]}` : '<file>';
  }).join('/');
}

export function reducePath(path: string): string {
  const userNamed = USER_NAMED.exec(path);
  if (userNamed) return `${userNamed[1]}/${reduceUserNamed(userNamed[2] ?? '')}`;
  const segments = path.split('/');
  return segments.map((seg, i) => {
    if (i === 0 && segments.length > 1) {
      const wrapper = /^(TikTok_Data_|facebook-|instagram-|twitter-)./i.exec(seg);
      if (wrapper) return `${wrapper[1]}<name>`;
    }
    if (i > 0 && i < segments.length - 1 && THREAD_PARENTS.has(segments[i - 1] ?? '')) return '<thread>';
    if (seg.includes('@')) return '<email>';
    return seg;
  }).join('/');
}
