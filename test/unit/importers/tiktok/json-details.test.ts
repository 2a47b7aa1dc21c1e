/**
 * What individual JSON records look like after import: logins, DMs, slideshows, profile,
 * device identifiers, ads data, and text from the export kept as data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import type { EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import {
  ADVERSARIAL_IMG, ADVERSARIAL_SCRIPT, generateTikTokExport, SEARCH_TOKEN, writeTikTokZip,
} from '../../../fixtures/generators/tiktok';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { runImport } from '../harness';

let dir: string;
const runs = new Map<string, ImportRecord[]>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-json-'));
  for (const variant of ['json-2022', 'json-2024', 'json-2026'] as const) {
    const zip = join(dir, `${variant}.zip`);
    await writeTikTokZip(zip, { variant, seed: 3, adversarial: true });
    const run = await runImport([zip], tiktokImporters);
    runs.set(variant, run.records);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (variant: string, kind?: string): EventRecord[] =>
  (runs.get(variant) ?? []).filter((r): r is EventRecord => r.type === 'event' && (kind === undefined || r.kind === kind));
const facts = (variant: string, fact: string): FactRecord[] =>
  (runs.get(variant) ?? []).filter((r): r is FactRecord => r.type === 'fact' && r.fact === fact);

describe('logins', () => {
  it('carry IP, device and network, and a readable title', () => {
    const model = generateTikTokExport({ variant: 'json-2024', seed: 3, adversarial: true }).model;
    const first = model.logins[0];
    const login = events('json-2024', 'login')[0];
    expect(login).toMatchObject({
      ip: first?.ip,
      device: { model: first?.model, system: first?.system },
      network: { type: first?.network },
      pointer: '/Your Activity/Login History/LoginHistoryList/0',
      member: 'user_data_tiktok.json',
    });
    expect(login?.title).toBe(`Login from ${first?.model} (${first?.ip})`);
  });

  it('an empty Carrier is left out rather than kept as ""', () => {
    const cloud = events('json-2024', 'login').find((l) => l.ip === '129.146.147.83');
    expect(cloud?.network).toEqual({ type: 'WIFI' });
  });

  it('2022 login dates with a trailing " UTC" still parse, and keep their text', () => {
    const login = events('json-2022', 'login')[0];
    expect(login?.time.text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(login?.time.utc).toBe(`${login?.time.text.slice(0, 10)}T${login?.time.text.slice(11, 19)}Z`);
    expect(login?.time.precision).toBe('second');
  });
});

describe('direct messages', () => {
  it('take the counterpart from the "Chat History with <username>:" key', () => {
    const messages = events('json-2024', 'message');
    expect(new Set(messages.map((m) => m.counterpart))).toEqual(new Set(['jonas.becker.92', 'linnea_lund']));
    const m = messages.find((x) => x.counterpart === 'linnea_lund');
    expect(m?.pointer).toMatch(/^\/Direct Message\/Direct Messages\/ChatHistory\/Chat History with linnea_lund:\/\d+$/);
    expect(m?.title).toMatch(/^Message from (linnea_lund|mara\.lindqvist) \(chat with linnea_lund\)$/);
  });

  it('collect URLs pasted into a message', () => {
    const withUrl = events('json-2024', 'message').filter((m) => m.urls);
    expect(withUrl).toHaveLength(1);
    expect(withUrl[0]?.urls?.[0]).toMatch(/^https:\/\/www\.tiktokv\.com\/share\/video\/7\d{18}\/$/);
  });

  it('escape "/" and "~" in chat keys in the pointer (RFC 6901)', async () => {
    const doc = { 'Direct Message': { 'Direct Messages': { ChatHistory: { 'Chat History with a/b~c:': [{ Date: '2024-02-02 12:00:00', From: 'a/b~c', Content: 'hi' }] } } } };
    const zip = join(dir, 'escape.zip');
    await writeDeterministicZip(zip, [{ path: 'user_data_tiktok.json', content: JSON.stringify(doc) }]);
    const run = await runImport([zip], tiktokImporters);
    expect(run.records).toHaveLength(1);
    expect(run.records[0]).toMatchObject({ counterpart: 'a/b~c', pointer: '/Direct Message/Direct Messages/ChatHistory/Chat History with a~1b~0c:/0', text: 'hi' });
  });
});

describe('posts and profile: the CDN URLs', () => {
  it('a slideshow keeps all three image URLs of its `Link`', () => {
    const slideshow = events('json-2024', 'post').find((p) => (p.urls?.length ?? 0) > 1);
    expect(slideshow?.urls).toHaveLength(3);
    expect(slideshow?.urls?.every((u) => /^https:\/\/p16-sign-(va|sg)\.tiktokcdn\.com\//.test(u))).toBe(true);
    expect(slideshow?.text).toBe('Lofoten in 3 photos');
  });

  it('video posts point at the realistic CDN hosts', () => {
    const hosts = new Set(events('json-2024', 'post').flatMap((p) => p.urls ?? []).map((u) => new URL(u).hostname));
    expect(hosts).toEqual(new Set([
      'v16m-default.akamaized.net', 'v16-webapp-prime.tiktok.com', 'p16-sign-va.tiktokcdn.com',
      'p16-sign-sg.tiktokcdn.com', 'v77.tiktokcdn-us.com',
    ]));
  });

  it('the profile photo is a profile fact carrying its URL; empty fields are skipped', () => {
    const profile = facts('json-2024', 'profile');
    expect(profile.map((f) => f.name).sort()).toEqual(['bioDescription', 'birthDate', 'emailAddress', 'likesReceived', 'profilePhoto', 'telephoneNumber', 'userName']);
    const photo = profile.find((f) => f.name === 'profilePhoto');
    expect(photo?.urls?.[0]).toMatch(/^https:\/\/p16-pu-sign-no\.tiktokcdn-eu\.com\/tos-no1a-p-0037-no\//);
    expect(photo?.pointer).toBe('/Profile/Profile Info/ProfileMap/profilePhoto');
    expect(profile.find((f) => f.name === 'emailAddress')?.value).toBe('mara.lindqvist@example.com');
  });

  it('2026 reads the profile from "Profile And Settings" and watch links in the new form', () => {
    expect(facts('json-2026', 'profile')[0]?.pointer).toMatch(/^\/Profile And Settings\/Profile Info\/ProfileMap\//);
    expect(events('json-2026', 'watch')[0]?.urls?.[0]).toMatch(/^https:\/\/www\.tiktok\.com\/@\/video\/7\d{18}\/$/);
    expect(events('json-2026', 'like')[0]?.pointer).toMatch(/^\/Likes and Favorites\/Like List\/ItemFavoriteList\/\d+$/);
  });
});

describe('devices, ads and off-TikTok data', () => {
  it('Status List entries become device facts with identifiers', () => {
    const devices = facts('json-2024', 'device');
    expect(devices).toHaveLength(2);
    expect(Object.keys(devices[0]?.device?.identifiers ?? {}).sort()).toEqual(['IDFA', 'IDFV', 'Web ID']);
    expect(Object.keys(devices[1]?.device?.identifiers ?? {}).sort()).toEqual(['Android ID', 'GAID']);
    expect(devices[0]?.details).toEqual({ Resolution: '1170*2532', 'App Version': '32.5.0' });
  });

  it.each([['json-2022', ', '], ['json-2024', ' | '], ['json-2026', '\\n']])('%s: ad interests split on %j', (variant) => {
    expect(facts(variant, 'ad_interest').map((f) => f.name)).toEqual(['Travel', 'Food & Drink', 'Fitness', 'Home & Garden', 'Pets', 'Beauty & Personal Care']);
    expect(facts(variant, 'advertiser')).toHaveLength(3);
    expect(facts(variant, 'data_partner').map((f) => f.name)).toEqual(['Example Data Partner Ltd', 'Sample Measurement Co']);
  });

  it('off-TikTok activity carries its source and event', () => {
    const off = events('json-2024', 'off_platform');
    expect(off).toHaveLength(5);
    for (const e of off) {
      expect(e.offPlatform?.source).toBeTruthy();
      expect(e.title).toBe(`${e.offPlatform?.source}: ${e.offPlatform?.event}`);
    }
    expect(events('json-2022', 'off_platform')[0]?.pointer).toMatch(/^\/Ads and data\/Usage Data From Third-Party Apps And Websites\/UsageDataList\/0$/);
  });

  it('the most recent location is one event with coordinates', () => {
    const loc = events('json-2024', 'location');
    expect(loc).toHaveLength(1);
    expect(loc[0]).toMatchObject({ geo: { lat: 52.52, lon: 13.405 }, title: 'Most recent region: DE', pointer: '/Your Activity/Most Recent Location Data/LocationData' });
  });

  it('LIVE watches keyed by room id and shop orders keyed by order id are records', () => {
    expect(events('json-2024', 'live').every((l) => /^\/Tiktok Live\/Watch Live History\/WatchLiveMap\/7\d{18}$/.test(l.pointer))).toBe(true);
    expect(events('json-2024', 'purchase')[0]?.title).toBe('Order from Example Outdoor Shop (Completed)');
  });
});

describe('text from the export is data', () => {
  it('HTML payloads are kept verbatim in search, comment and DM text', () => {
    expect(events('json-2024', 'search').some((s) => s.text === ADVERSARIAL_SCRIPT)).toBe(true);
    expect(events('json-2024', 'comment').some((c) => c.text?.includes(ADVERSARIAL_IMG) && c.text.includes(ADVERSARIAL_SCRIPT))).toBe(true);
    expect(events('json-2024', 'message').some((m) => m.text === `${ADVERSARIAL_SCRIPT}${ADVERSARIAL_IMG}`)).toBe(true);
  });

  it('the planted token is findable in exactly one comment', () => {
    expect(events('json-2024').filter((e) => e.text?.includes(SEARCH_TOKEN)).map((e) => e.kind)).toEqual(['comment']);
  });

  it('non-ASCII text survives (UTF-8 end to end)', () => {
    expect(events('json-2024', 'comment').some((c) => c.text === 'Grüße aus Berlin')).toBe(true);
  });
});

describe('placeholders', () => {
  it('a LocationData with a region but a date of "N/A" is an undated location event, not a problem', async () => {
    const zip = join(dir, 'na-date.zip');
    const doc = { 'Your Activity': { 'Most Recent Location Data': { LocationData: { Date: 'N/A', GpsData: 'N/A', LastRegion: 'SE' } } } };
    await writeDeterministicZip(zip, [{ path: 'user_data_tiktok.json', content: JSON.stringify(doc) }]);
    const run = await runImport([zip], tiktokImporters);
    expect(run.problems).toEqual([]);
    expect(run.records).toHaveLength(1);
    expect(run.records[0]).toMatchObject({ type: 'event', kind: 'location', title: 'Most recent region: SE', time: { utc: null }, pointer: '/Your Activity/Most Recent Location Data/LocationData' });
    expect(run.ledger.items.get('user_data_tiktok.json')).toBe(1);
    expect(run.ledger.gapsOf('user_data_tiktok.json')).toEqual([]);
  });
});
