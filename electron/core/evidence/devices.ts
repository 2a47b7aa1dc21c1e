/**
 * Devices as people know them. Exports name a device by a user-agent string ("Mozilla/5.0
 * (iPhone; CPU iPhone OS 17_4 …) … [FBAN/FBIOS …]"), a model code ("iPhone14,2", "SM-G991B")
 * and a system text ("iOS 17.4.1"); every new system update or app version becomes another
 * stored device row. Here each row is read as device · system · app (the user agent parsed by
 * ua-parser-js 1.x, MIT) and rows that differ only in versions are grouped: "iPhone · iOS 17 ·
 * Instagram app", "Chrome 123 on Windows". The raw rows stay listed in each group (the detail),
 * so nothing is hidden by the grouping.
 */
import UAParser from 'ua-parser-js';
import type { DeviceGroupRow, DeviceRow } from '../../../shared/api';

export interface DeviceText {
  model: string | null;
  system: string | null;
  userAgent: string | null;
  /** Advertising and device identifiers (IDFA, GAID…): name the kind of device when nothing else does. */
  identifiers?: Record<string, string>;
}

/** Identifier names that only one kind of device carries. */
const APPLE_IDS = /^(idfa|idfv)$/i;
const ANDROID_IDS = /^(gaid|android id|android_id|aaid)$/i;

/** One stored row read as device, system and app; names without versions form the group key. */
export interface DeviceReading {
  key: string;
  device: string | null;
  systemName: string | null;
  systemVersion: string | null;
  app: string | null;
  appVersion: string | null;
  /** Whether `app` is a platform's own app (Instagram, Facebook…) rather than a web browser. */
  isApp: boolean;
}

/** Browser names ua-parser reports for the platforms' in-app browsers and apps. */
const PLATFORM_APPS: Record<string, string> = {
  instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok', snapchat: 'Snapchat', twitter: 'X', line: 'LINE',
  whatsapp: 'WhatsApp', messenger: 'Messenger', threads: 'Threads', pinterest: 'Pinterest', linkedin: 'LinkedIn',
};

const SYSTEM_NAMES: Record<string, string> = { 'mac os': 'macOS', 'mac os x': 'macOS', macos: 'macOS', ios: 'iOS', ipados: 'iPadOS', android: 'Android', windows: 'Windows', linux: 'Linux', 'chromium os': 'ChromeOS', 'chrome os': 'ChromeOS' };

function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** A model code as the family people call it; unknown codes are kept as written. */
export function deviceFamily(model: string | null, vendor?: string | null): string | null {
  const m = clean(model);
  if (!m) return null;
  if (/^iphone/i.test(m)) return 'iPhone';
  if (/^ipad/i.test(m)) return 'iPad';
  if (/^ipod/i.test(m)) return 'iPod';
  if (/^(mac|macbook|imac|macintosh)/i.test(m)) return 'Mac';
  if (/^(SM-|GT-)/i.test(m)) return `Samsung ${m}`;
  const v = clean(vendor);
  if (v && !m.toLowerCase().startsWith(v.toLowerCase()) && v !== 'Apple') return `${v} ${m}`;
  return m;
}

/** "iOS 17.4.1" → { name: "iOS", version: "17" }; names normalised, versions cut to the major. */
export function splitSystem(text: string | null): { name: string | null; version: string | null } {
  const t = clean(text);
  if (!t) return { name: null, version: null };
  const m = /^(.*?)[\s_/]*v?(\d+)(?:[._]\d+)*\s*$/.exec(t);
  const rawName = (m ? m[1]! : t).trim();
  const name = SYSTEM_NAMES[rawName.toLowerCase()] ?? (rawName || null);
  return { name, version: m ? m[2]! : null };
}

function major(v: string | undefined): string | null {
  const m = v ? /^\d+/.exec(v) : null;
  return m ? m[0] : null;
}

/** Reads one stored device row. Pure; the same text always gives the same reading. */
export function readDevice(d: DeviceText): DeviceReading {
  const ua = clean(d.userAgent);
  const r = ua ? new UAParser(ua).getResult() : null;
  const device = deviceFamily(clean(d.model) ?? clean(r?.device.model), r?.device.vendor);
  let sys = splitSystem(d.system);
  if (!sys.name && r?.os.name) {
    const name = SYSTEM_NAMES[r.os.name.toLowerCase()] ?? r.os.name;
    // Browsers on a Mac all write "Mac OS X 10_15_7" whatever the real version: no version is better than a wrong one.
    sys = { name, version: name === 'macOS' ? null : major(r.os.version) };
  }
  let app: string | null = null;
  let appVersion: string | null = null;
  let isApp = false;
  if (r?.browser.name) {
    const own = PLATFORM_APPS[r.browser.name.toLowerCase()];
    app = own ?? r.browser.name;
    isApp = !!own;
    appVersion = major(r.browser.version);
  } else if (ua && !device && !sys.name) {
    // A user agent the parser does not know: the raw text is the only name there is.
    app = ua.length > 60 ? `${ua.slice(0, 57)}…` : ua;
  }
  const key = [device, sys.name, app].map((x) => (x ?? '').toLowerCase()).join('|');
  if (key === '||' && d.identifiers) {
    // Only identifiers: say which kind of device they belong to; the key stays empty (never merged).
    const names = Object.keys(d.identifiers);
    const kind = names.some((n) => APPLE_IDS.test(n)) ? 'Apple device' : names.some((n) => ANDROID_IDS.test(n)) ? 'Android device' : names.length ? 'Device' : null;
    if (kind) return { key, device: `${kind} (identifiers only)`, systemName: null, systemVersion: null, app: null, appVersion: null, isApp: false };
  }
  return { key, device, systemName: sys.name, systemVersion: sys.version, app, appVersion, isApp };
}

/** "17" or "16–17" from the versions seen in a group; null when none. */
function versionSpan(versions: Iterable<string | null>): string | null {
  const nums = [...new Set([...versions].filter((v): v is string => v !== null))].map(Number).filter(Number.isFinite).sort((a, b) => a - b);
  if (!nums.length) return null;
  return nums.length === 1 || nums[0] === nums[nums.length - 1] ? String(nums[0]) : `${nums[0]}–${nums[nums.length - 1]}`;
}

/** The label of a group: "iPhone · iOS 17 · Instagram app" or, for a browser, "Chrome 123 on Windows". */
export function groupLabel(first: DeviceReading, systemVersions: Iterable<string | null>, appVersions: Iterable<string | null>): string {
  const sys = first.systemName ? [first.systemName, versionSpan(systemVersions)].filter(Boolean).join(' ') : null;
  if (first.app && !first.isApp) {
    const browser = [first.app, versionSpan(appVersions)].filter(Boolean).join(' ');
    const where = [first.device, sys].filter(Boolean).join(' · ');
    return where ? `${browser} on ${where}` : browser;
  }
  const app = first.app ? `${first.app} app` : null;
  const parts = [first.device, sys, app].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : 'Unknown device';
}

/** Stored device rows (with their raw texts) grouped by device, system and app, most records first. */
export function groupDevices(rows: readonly (DeviceRow & { userAgent?: string | null; rawModel?: string | null })[]): DeviceGroupRow[] {
  const groups = new Map<string, { reading: DeviceReading; sys: (string | null)[]; app: (string | null)[]; rows: DeviceRow[] }>();
  for (const row of rows) {
    const reading = readDevice({ model: row.rawModel ?? null, system: row.system, userAgent: row.userAgent ?? null, identifiers: row.identifiers });
    // Rows with no model, system or user agent stay apart, one group each, rather than merged.
    const key = reading.key === '||' ? `#${row.id}` : reading.key;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { reading, sys: [], app: [], rows: [] }));
    g.sys.push(reading.systemVersion);
    g.app.push(reading.appVersion);
    g.rows.push(row);
  }
  const out: DeviceGroupRow[] = [];
  for (const [key, g] of groups) {
    const firsts = g.rows.map((r) => r.first).filter((x): x is string => x !== null).sort();
    const lasts = g.rows.map((r) => r.last).filter((x): x is string => x !== null).sort();
    const platforms = [...new Set(g.rows.flatMap((r) => r.platforms))].sort();
    out.push({
      key, label: groupLabel(g.reading, g.sys, g.app), device: g.reading.device, system: g.reading.systemName, app: g.reading.app,
      count: g.rows.reduce((n, r) => n + r.count, 0), first: firsts[0] ?? null, last: lasts[lasts.length - 1] ?? null, platforms,
      deviceIds: g.rows.map((r) => r.id),
    });
  }
  return out.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
