/**
 * Cheap recognition: member names, plus a token scan of the first 64 KB of user_data*.json.
 * Never a full parse. The format decided here is stored with the source before import runs,
 * so it cannot be refined later; mapping does not depend on it (every alias of every version
 * is tried), it only labels the source and picks the coverage catalogue.
 */
import { JsonEngine, type JsonTokenSink } from '../common/json-engine';
import type { Inventory } from '../../archive/types';
import type { Recognition } from '../types';
import { basename, jsonMembers, txtMembers } from './members';
import { isKnownTopLevel } from './sections';
import { sniffEncoding } from '../common/text-decoding';

export const PEEK_BYTES = 64 * 1024;

export interface PeekSignals {
  /** Keys of the top-level object, in order. */
  topKeys: string[];
  /** Keys at depth 2 (section names). */
  sectionKeys: string[];
  /** Keys of list items (depth 5), e.g. `VideoLink`, `Link`, `link`. */
  itemKeys: string[];
  /** What the first token was: `object`, `array`, `other`, or `none` (empty/invalid). */
  root: 'object' | 'array' | 'other' | 'none';
}

/** Scans the start of a JSON document for keys by depth, tolerating the cut at the end. */
export function scanJsonHead(head: Uint8Array): PeekSignals {
  const signals: PeekSignals = { topKeys: [], sectionKeys: [], itemKeys: [], root: 'none' };
  const sniffed = sniffEncoding(head);
  let depth = 0;
  const first = (root: PeekSignals['root']): void => {
    if (signals.root === 'none') signals.root = root;
  };
  const sink: JsonTokenSink = {
    open(isArray) {
      first(isArray ? 'array' : 'object');
      depth++;
    },
    close() {
      depth--;
    },
    key(key) {
      if (depth === 1) signals.topKeys.push(key);
      else if (depth === 2) signals.sectionKeys.push(key);
      else if (depth === 5 && signals.itemKeys.length < 200) signals.itemKeys.push(key);
    },
    scalar() {
      first('other');
    },
  };
  const engine = new JsonEngine([], undefined, false, sink);
  try {
    if (sniffed.encoding === 'utf-16le' || sniffed.encoding === 'utf-16be') {
      const even = head.subarray(sniffed.bomBytes, head.length - ((head.length - sniffed.bomBytes) % 2));
      engine.write(new TextDecoder(sniffed.encoding).decode(even));
    } else if (sniffed.encoding === 'utf-8') {
      // A character cut at the head's end decodes as U+FFFD, inside the last token: nothing is read past it.
      engine.write(new TextDecoder('utf-8').decode(head.subarray(sniffed.bomBytes)));
    }
  } catch {
    // A cut or broken head just ends the scan: keep whatever was seen before the problem.
  }
  return signals;
}

export type JsonFormat = 'tiktok-json-2022' | 'tiktok-json-2023' | 'tiktok-json-2024' | 'tiktok-json-2026';

/**
 * Format from what the head shows, strongest signal first:
 * `Likes and Favorites` / `Profile And Settings` → 2026; `Your Activity` (or 2024-only tops
 * `Direct Message`, `Post`, `TikTok Shop`) → 2024; `Activity` with `VideoLink` items → 2022,
 * with `Link` items → 2023, items not visible in the head → 2023 (the later, more common one);
 * nothing recognisable → by file name (`user_data_tiktok.json` → 2024, else 2023).
 */
export function decideJsonFormat(signals: PeekSignals, fileName: string): { format: JsonFormat; evidence: string } {
  const tops = new Set(signals.topKeys);
  const items = new Set(signals.itemKeys);
  if (tops.has('Likes and Favorites') || tops.has('Profile And Settings')) {
    return { format: 'tiktok-json-2026', evidence: '"Likes and Favorites"/"Profile And Settings" sections' };
  }
  if (tops.has('Your Activity') || tops.has('Direct Message') || tops.has('Post') || tops.has('TikTok Shop')) {
    return { format: 'tiktok-json-2024', evidence: '"Your Activity"-era sections' };
  }
  if (tops.has('Activity') || tops.has('Direct Messages') || tops.has('Video')) {
    if (items.has('VideoLink')) return { format: 'tiktok-json-2022', evidence: '"Activity" sections with "VideoLink" items' };
    if (items.has('Link')) return { format: 'tiktok-json-2023', evidence: '"Activity" sections with "Link" items' };
    return { format: 'tiktok-json-2023', evidence: '"Activity" sections (item keys not in the first 64 KB)' };
  }
  return /_tiktok\.json$/i.test(fileName)
    ? { format: 'tiktok-json-2024', evidence: 'the file name only' }
    : { format: 'tiktok-json-2023', evidence: 'the file name only' };
}

export async function recogniseJson(
  inventory: Inventory,
  peek: (path: string, n: number) => Promise<Buffer>,
): Promise<Recognition | null> {
  const member = jsonMembers(inventory)[0];
  if (!member) return null;
  const name = basename(member.path);
  let signals: PeekSignals = { topKeys: [], sectionKeys: [], itemKeys: [], root: 'none' };
  if (member.bytes > 0) {
    try {
      signals = scanJsonHead(await peek(member.path, PEEK_BYTES));
    } catch {
      // unreadable head: recognise by name only; the import will say what is wrong
    }
  }
  const { format, evidence } = decideJsonFormat(signals, name);
  const knownTops = signals.topKeys.filter(isKnownTopLevel);
  if (signals.root === 'object' && knownTops.length > 0) {
    return { confidence: 0.95, format, reason: `${name} with TikTok sections (${knownTops.slice(0, 4).join(', ')}); format from ${evidence}` };
  }
  // A file with TikTok's export name but a head we cannot confirm: claim it weakly, so the
  // import runs and explains (empty, not JSON, not UTF-8…) instead of "unknown archive".
  return { confidence: 0.5, format, reason: `a file named ${name}, but its beginning does not show TikTok sections` };
}

/** Declared TXT members whose names only TikTok uses (generic names like Comments.txt or Status.txt are not evidence). */
const TIKTOK_SPECIFIC_TXT = new Set([
  'login-history.txt', 'watch-history.txt', 'like-list.txt', 'favorite-videos.txt', 'favorite-sounds.txt', 'favorite-hashtags.txt',
  'favorite-effects.txt', 'off-tiktok.txt', 'share-history.txt',
]);
/** File names only the 2020 folder layout used. */
const TXT_2020_NAMES = new Set(['video browsing history.txt', 'follower list.txt', 'following list.txt', 'profile information.txt', 'chat history.txt', 'videos.txt']);

export type TxtFormat = 'tiktok-txt-2020' | 'tiktok-txt-2023';

/** 2020 when any name only the 2020 folder layout used is present, else 2023+. */
export function decideTxtFormat(paths: readonly string[]): TxtFormat {
  return paths.some((p) => TXT_2020_NAMES.has(basename(p).toLowerCase())) ? 'tiktok-txt-2020' : 'tiktok-txt-2023';
}

/** The start of a TikTok TXT record file: `Date: 2020-08-16 23:51:07` (or Dutch `Datum:`), or the empty-section sentinel. */
const TXT_HEAD_RE = /^\uFEFF?\s*(?:(?:Date|Datum)\s*:\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}|You have no data)/i;

async function txtHead(path: string, bytes: number, peek: (path: string, n: number) => Promise<Buffer>): Promise<string | undefined> {
  if (bytes === 0) return '';
  try {
    return new TextDecoder().decode(await peek(path, 256));
  } catch {
    return undefined; // the name evidence stands
  }
}

/**
 * Two or more known names with one TikTok-specific among them are a TikTok TXT export. A single
 * member is enough when its name is TikTok-specific and its first line is a TikTok record
 * (`Date: YYYY-MM-DD hh:mm:ss`): real exports of one section exist (a 2020 export holding only
 * `Video Browsing History.txt`). A lone generic name (`Comments.txt`) is never claimed.
 */
export async function recogniseTxt(
  inventory: Inventory,
  peek: (path: string, n: number) => Promise<Buffer>,
): Promise<Recognition | null> {
  const members = txtMembers(inventory);
  const specific = members.filter((m) => TIKTOK_SPECIFIC_TXT.has(m.spec.id));
  const first = specific[0];
  if (!first) return null;
  const format = decideTxtFormat(members.map((m) => m.entry.path));
  const names = [...new Set(members.map((m) => basename(m.entry.path)))].slice(0, 4).join(', ');
  const reason = `TikTok TXT export files (${names}${members.length > 4 ? ', …' : ''})`;
  if (members.length < 2) {
    const head = await txtHead(first.entry.path, first.entry.bytes, peek);
    if (head === undefined || head === '' || !TXT_HEAD_RE.test(head)) return null;
    return { confidence: 0.6, format, reason: `a TikTok TXT file (${names}) beginning with a TikTok record` };
  }
  const login = members.find((m) => m.spec.id === 'login-history.txt');
  const watch = members.find((m) => m.spec.id === 'watch-history.txt');
  let confidence = login && watch ? 0.85 : specific.length >= 2 ? 0.6 : 0.4;
  if (login) {
    const head = await txtHead(login.entry.path, login.entry.bytes, peek);
    if (head !== undefined && (head === '' || /^\uFEFF?\s*(Date|Datum)\s*:|You have no data/i.test(head))) confidence = Math.min(0.95, confidence + 0.1);
  }
  return { confidence, format, reason };
}
