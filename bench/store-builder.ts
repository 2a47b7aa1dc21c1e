/**
 * A synthetic profile of N events written straight through the store's schema (prepared
 * statements, one transaction) — the importer would take far too long for 10 M events — but
 * shaped like a real one, so the queries see realistic selectivity:
 *
 * - two sources (TikTok 70 %, Instagram 30 %), each a run of sections; within a section events
 *   are newest first, as exports list them, spanning about five years;
 * - a kind mix dominated by watch/like, with sign-ins (0.25 %) carrying one of ~50 public IPs
 *   (enriched by the real IP datasets) and one of 6 devices; ads and off-platform events naming
 *   advertisers and apps;
 * - titles and message/comment bodies drawn from a Zipf-distributed vocabulary, so full-text
 *   queries hit words that are common, middling and rare;
 * - findings and flags from the real analysis of the sign-ins, so the access summary cites them.
 *
 * The FTS index is filled in one statement at the end, as an import does (RecordWriter.finish).
 */
import { renameSync, rmSync } from 'node:fs';
import type { EventKind, Platform } from '../shared/domain';
import { createRng, type Rng } from '../test/fixtures/generators/rng';
import { loadEvidence } from '../electron/core/analysis/evidence';
import { openDb, type Db } from '../electron/core/store/db';
import { rebuildEventDays } from '../electron/core/store/queries/day-counts';
import { log } from './util';

/** Bump when the shape of the synthetic store changes: it is part of the cache name. */
export const STORE_BUILDER_VERSION = 3;

const NEWEST = Date.parse('2025-06-27T22:00:00Z');
const SPAN_MS = 5 * 365 * 86_400_000;

/**
 * Shares of the timeline. Sign-ins are a small share in real exports (a heavy user has thousands,
 * not hundreds of thousands); ads and off-platform events a few percent; the last kind takes the rest.
 */
const KIND_MIX: readonly [EventKind, number][] = [
  ['watch', 0.58], ['like', 0.12], ['favorite', 0.02], ['search', 0.05], ['comment', 0.04], ['message', 0.07],
  ['share', 0.02], ['follow', 0.01], ['post', 0.005], ['ad_impression', 0.02], ['ad_click', 0.003],
  ['off_platform', 0.005], ['login', 0.002], ['logout', 0.0005], ['purchase', 0.002], ['profile', 0.0525],
];

const SECTION: Partial<Record<EventKind, string>> = {
  watch: 'Your Activity/Watch History/VideoList', like: 'Your Activity/Like List/ItemFavoriteList',
  login: 'Your Activity/Login History/LoginHistoryList', search: 'Your Activity/Searches/SearchList',
  message: 'Direct Messages/Chat History/ChatHistory', comment: 'Comment/Comments/CommentsList',
};

/** ~50 public addresses in networks a real login history shows: home ISPs, mobile, cloud, VPN. */
const IP_PREFIXES = [
  '84.157.', '80.187.', '91.54.', '78.70.', '93.104.', '87.122.', '2.200.', '5.146.', '95.91.', '188.174.',
  '129.146.', '52.95.', '34.120.', '18.194.', '185.220.', '104.28.', '172.58.', '31.13.', '157.240.', '62.158.',
];
const IP6 = ['2003:e5:af1f:6c00:', '2a02:8108:1140:6f00:', '2a01:598:a001:', '2001:16b8:2d5c:'];

const DEVICES: readonly [string, string][] = [
  ['iPhone14,2', 'iOS 17.5.1'], ['iPhone12,1', 'iOS 16.7'], ['SM-G991B', 'Android 14'], ['Pixel 7', 'Android 14'],
  ['iPad13,1', 'iPadOS 17.2'], ['MacBookPro18,3', 'macOS 14.4'],
];

/** Pseudo-words from syllables: deterministic, pronounceable, tokenised as one word each. */
function vocabulary(rng: Rng, n: number): string[] {
  const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'so', 'vi', 'de', 'pa', 'zo', 'ri', 'fu', 'ge', 'ha', 'ju', 'bo', 'xe', 'wy', 'qu'];
  const seen = new Set<string>();
  while (seen.size < n) {
    let w = '';
    const len = rng.int(2, 4);
    for (let i = 0; i < len; i++) w += rng.pick(syl);
    seen.add(w);
  }
  return [...seen];
}

/** Zipf(1) sampling over ranks 0..n-1 by binary search in the cumulative weights. */
function zipf(n: number): (u: number) => number {
  const cum = new Float64Array(n);
  let s = 0;
  for (let r = 0; r < n; r++) {
    s += 1 / (r + 1);
    cum[r] = s;
  }
  return (u) => {
    const x = u * s;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const STORE_SEED = 7;
const VOCABULARY = 5000;

/** The store's vocabulary by frequency rank (word 0 is the most common), for full-text queries. */
export function storeVocabulary(seed = STORE_SEED): string[] {
  return vocabulary(createRng(seed), VOCABULARY);
}

export interface SyntheticStoreInfo {
  events: number;
  /** The vocabulary by frequency rank, for choosing full-text query words. */
  words: string[];
  first: number;
  last: number;
}

export function buildSyntheticStore(path: string, events: number, seed = STORE_SEED): SyntheticStoreInfo {
  const tmp = `${path}.tmp`;
  for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
  const db = openDb(tmp);
  // Built once and renamed when complete, so no journal is needed; a big page cache keeps the
  // index inserts in memory. The finished file is switched back to WAL like any profile.
  db.pragma('journal_mode = DELETE'); // WAL cannot go straight to OFF
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const rng = createRng(seed);
  const words = vocabulary(rng, VOCABULARY); // first draw from rng: storeVocabulary() repeats it
  const rank = zipf(words.length);
  const word = (): string => words[rank(rng.next())]!;
  const phrase = (n: number): string => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(word());
    return out.join(' ');
  };

  const evidence = loadEvidence();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const started = performance.now();

  db.transaction(() => {
    const ipIds = seedIps(db, rng, evidence.enricher.ip);
    const deviceIds = DEVICES.map(([model, system], i) =>
      Number(db.prepare(`INSERT INTO devices (key, model, system, identifiers) VALUES (?, ?, ?, '{}')`).run(`m:${model}|${system}`, model, system).lastInsertRowid) || i,
    );
    const appIds = named(db, 'apps', 20, (i) => `App ${i} ${words[i * 7]}`);
    const advertiserIds = named(db, 'advertisers', 40, (i) => `Advertiser ${words[i * 11]} GmbH`);

    const insSource = db.prepare(
      `INSERT INTO sources (platform, format, importer, file, path, bytes, sha256, parts, parser_version, imported_at, events)
       VALUES (?, ?, ?, ?, ?, 0, ?, '[]', 'synthetic', ?, ?)`,
    );
    const insMember = db.prepare(`INSERT INTO members (source_id, path, bytes, status, records) VALUES (?, ?, 0, 'parsed', ?)`);
    const insEvent = db.prepare(
      `INSERT INTO events (source_id, member_id, pointer, platform, kind, ts, time_text, precision, title, body, raw,
         ip_id, device_id, app_id, advertiser_id, counterpart, off_source, off_event, flagged)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'second', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    const sources: [Platform, number][] = [['tiktok', Math.round(events * 0.7)], ['instagram', events - Math.round(events * 0.7)]];
    let written = 0;
    for (const [platform, n] of sources) {
      const sourceId = Number(insSource.run(platform, `${platform}-synthetic`, `${platform}-${platform === 'tiktok' ? 'json-2024' : 'json'}`,
        `${platform}_export.zip`, `/synthetic/${platform}_export.zip`, `synthetic-${platform}-${events}-${seed}`, new Date(NEWEST).toISOString(), n).lastInsertRowid);
      let left = n;
      KIND_MIX.forEach(([kind, share], k) => {
        const count = k === KIND_MIX.length - 1 ? left : Math.min(left, Math.round(n * share));
        left -= count;
        if (count === 0) return;
        const member = platform === 'tiktok' ? 'user_data_tiktok.json' : `your_instagram_activity/${kind}.json`;
        const memberId = Number(insMember.run(sourceId, `${member}#${kind}`, count).lastInsertRowid);
        const section = SECTION[kind] ?? `Your Activity/${kind}/List`;
        // Newest first with exponential gaps: the section spans about SPAN_MS.
        const meanGap = SPAN_MS / count;
        let ts = NEWEST - Math.floor(rng.next() * 3_600_000);
        for (let i = 0; i < count; i++) {
          ts -= Math.max(1000, Math.round(-Math.log(1 - rng.next()) * meanGap));
          const timeText = new Date(ts).toISOString().slice(0, 19).replace('T', ' ');
          const f = fieldsFor(kind, rng, phrase, word);
          const isLogin = kind === 'login' || kind === 'logout';
          const ipId = isLogin ? ipIds[rank(rng.next()) % ipIds.length]! : null;
          const deviceId = isLogin ? deviceIds[rng.int(0, deviceIds.length - 1)]! : null;
          const appId = kind === 'off_platform' ? appIds[rng.int(0, appIds.length - 1)]! : null;
          const advertiserId = kind === 'ad_impression' || kind === 'ad_click' ? advertiserIds[rng.int(0, advertiserIds.length - 1)]! : null;
          const raw = JSON.stringify({ Date: timeText, ...f.raw }, null, 2);
          insEvent.run(sourceId, memberId, `/${section}/${i}`, platform, kind, ts, timeText, f.title, f.body, raw,
            ipId, deviceId, appId, advertiserId, f.counterpart, appId !== null ? `App ${appId}` : null, appId !== null ? 'Purchase' : null);
          if (ts < first) first = ts;
          if (ts > last) last = ts;
          written++;
          if (written % 1_000_000 === 0) log(`  synthetic store: ${written.toLocaleString('en-US')} events (${Math.round((performance.now() - started) / 1000)} s)`);
        }
      });
    }
    // Findings and flags as the app stores them: the real analysis over the sign-ins (and, as
    // after any import, the stored IP classifications checked against the current datasets).
    evidence.analyse(db);
    // What an import writes after its last record (RecordWriter.finish): the per-day counts the
    // timeline queries read, and the full-text index in one statement.
    rebuildEventDays(db);
    db.exec(`INSERT INTO events_fts (rowid, title, body) SELECT id, title, body FROM events`);
    db.exec(`UPDATE sources SET first_ts = (SELECT min(ts) FROM events e WHERE e.source_id = sources.id),
                                last_ts = (SELECT max(ts) FROM events e WHERE e.source_id = sources.id)`);
  })();
  db.pragma('journal_mode = WAL');
  db.exec('ANALYZE');
  db.close();
  renameSync(tmp, path);
  return { events, words, first, last };
}

function seedIps(db: Db, rng: Rng, enrich: (address: string) => Record<string, unknown>): number[] {
  const ins = db.prepare(
    `INSERT INTO ips (address, version, country, registry_country, asn, org, network_kind, provider, special)
     VALUES (@address, @version, @country, @registryCountry, @asn, @org, @networkKind, @provider, @special)`,
  );
  const ids: number[] = [];
  const seen = new Set<string>();
  while (ids.length < 50) {
    const address = ids.length % 10 === 9
      ? `${rng.pick(IP6)}${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}`
      : `${rng.pick(IP_PREFIXES)}${rng.int(1, 254)}.${rng.int(1, 254)}`;
    if (seen.has(address)) continue;
    seen.add(address);
    ids.push(Number(ins.run({ address, ...enrich(address) }).lastInsertRowid));
  }
  return ids;
}

function named(db: Db, table: 'apps' | 'advertisers', n: number, name: (i: number) => string): number[] {
  const ins = db.prepare(`INSERT INTO ${table} (name) VALUES (?)`);
  return Array.from({ length: n }, (_, i) => Number(ins.run(name(i)).lastInsertRowid));
}

function fieldsFor(kind: EventKind, rng: Rng, phrase: (n: number) => string, word: () => string): {
  title: string; body: string | null; counterpart: string | null; raw: Record<string, string>;
} {
  switch (kind) {
    case 'watch': {
      const link = `https://www.tiktokv.com/share/video/7${rng.digits(18)}/`;
      return { title: `Watched ${phrase(rng.int(2, 4))}`, body: null, counterpart: null, raw: { Link: link } };
    }
    case 'search': {
      const term = phrase(rng.int(1, 3));
      return { title: `Searched for “${term}”`, body: term, counterpart: null, raw: { SearchTerm: term } };
    }
    case 'message':
    case 'comment': {
      const text = phrase(rng.int(4, 16));
      const who = `@${word()}_${rng.int(1, 300)}`;
      return { title: kind === 'message' ? `Message with ${who}` : `Commented: ${text.slice(0, 60)}`, body: text, counterpart: who, raw: { Content: text, From: who } };
    }
    case 'login':
    case 'logout':
      return { title: kind === 'login' ? 'Signed in' : 'Signed out', body: null, counterpart: null, raw: { NetworkType: 'Wi-Fi' } };
    default:
      return { title: `${kind.replace('_', ' ')}: ${phrase(rng.int(1, 4))}`, body: null, counterpart: null, raw: { Detail: word() } };
  }
}
