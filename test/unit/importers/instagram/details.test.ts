/**
 * What individual Instagram records look like after import: text repair of strings and keys,
 * both record shapes, logins and devices, DMs with pasted CDN links, EXIF coordinates, ads data,
 * and the IP shared with the TikTok sample.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import { SAMPLE_OPTIONS } from '../../../fixtures/sample';
import { generateTikTokExport } from '../../../fixtures/generators/tiktok';
import {
  generateInstagramExport, IG_PERSONA, IG_USER_AGENTS, SHARED_TIKTOK_IP, writeInstagramZip, type InstagramVariant,
} from '../../../fixtures/generators/instagram';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { resolvePointer, runImport } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

let dir: string;
const runs = new Map<InstagramVariant, ImportRecord[]>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'instagram-details-'));
  for (const variant of ['2021', '2023', '2024', '2025'] as const) {
    const zip = join(dir, `${variant}.zip`);
    await writeInstagramZip(zip, { variant, seed: 3 });
    const run = await runImport([zip], META_IMPORTERS);
    runs.set(variant, run.records);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (v: InstagramVariant, kind?: string): EventRecord[] =>
  (runs.get(v) ?? []).filter((r): r is EventRecord => r.type === 'event' && (kind === undefined || r.kind === kind));
const facts = (v: InstagramVariant, fact: string): FactRecord[] =>
  (runs.get(v) ?? []).filter((r): r is FactRecord => r.type === 'fact' && r.fact === fact);

describe('Meta text repair', () => {
  it('an accented name and an emoji come out right in values', () => {
    for (const v of ['2021', '2024', '2025'] as const) {
      const profile = facts(v, 'profile');
      expect(profile.find((f) => f.name === 'Name')?.value).toBe('Åsa Lindqvist');
      expect(profile.find((f) => f.name === 'Bio')?.value).toBe('Stockholm ☕📷 film, fika & långa promenader');
    }
    const message = events('2024', 'message').find((m) => m.text?.startsWith('Ja!'));
    expect(message?.text).toBe('Ja! Tack för igår! 🎉 Ses på lördag?');
    expect(message?.title).toBe('Message from Åsa Lindqvist (chat with Mara Lindqvist)');
    expect(events('2024', 'ad_impression').map((e) => e.advertiser)).toContain('Café Ängel');
  });

  it('keys are repaired too: Swedish labels match, and the pointer keeps the key as the file has it', async () => {
    const login = events('2023', 'login')[0];
    expect(login?.device?.userAgent).toBeDefined(); // from "Användaragent", escaped in the file
    const username = facts('2023', 'profile').find((f) => f.name === 'Användarnamn');
    expect(username?.value).toBe(IG_PERSONA.username);
    // The file writes the key as Latin-1-escaped UTF-8; JSON.parse gives the mojibake form.
    expect(username?.pointer).toBe('/profile_user/0/string_map_data/AnvÃ¤ndarnamn');
    const file = generateInstagramExport({ variant: '2023', seed: 3 }).files.find((f) => f.path === username?.member);
    expect(String(file?.content)).toContain('"Anv\\u00c3\\u00a4ndarnamn"');
    expect(resolvePointer(JSON.parse(String(file?.content)), username?.pointer ?? '')).toMatchObject({ value: IG_PERSONA.username });
    // raw is the repaired record
    const device = facts('2023', 'device')[0];
    expect(Object.keys((device?.raw as { string_map_data: object }).string_map_data)).toContain('Användaragent');
  });
});

describe('logins and devices', () => {
  it('classic string_map_data and 2025 label_values give the same login', () => {
    const model = (v: InstagramVariant) => generateInstagramExport({ variant: v, seed: 3 }).model;
    for (const v of ['2024', '2025'] as const) {
      const first = model(v).logins[0];
      const login = events(v, 'login')[0];
      expect(login).toMatchObject({
        ip: first?.ip, title: `Login from ${first?.ip}`,
        device: { userAgent: first?.ua, identifiers: { Cookie: first?.cookie } },
        text: `${first?.ua} · language ${first?.lang}`,
        time: { utc: `${new Date(first?.t ?? 0).toISOString().slice(0, 19)}Z`, precision: 'second' },
      });
    }
    expect(events('2024', 'login')[0]?.pointer).toBe('/account_history_login_history/0');
    expect(events('2025', 'login')[0]?.pointer).toBe('/0'); // 2025: root list
  });

  it('devices.json gives a device fact and a device_seen event from Last Login', () => {
    const device = facts('2024', 'device').find((f) => f.device?.userAgent === IG_USER_AGENTS.android);
    expect(device?.device?.identifiers?.['Device ID']).toMatch(/^[0-9a-f-]{36}$/);
    const seen = events('2024', 'device_seen').find((e) => e.device?.userAgent === IG_USER_AGENTS.android);
    expect(seen?.pointer).toBe(device?.pointer);
    const noId = facts('2024', 'device').find((f) => f.device?.userAgent === IG_USER_AGENTS.firefox);
    expect(noId?.device?.identifiers).toBeUndefined();
  });

  it('the unfamiliar cloud login is followed by a password change', () => {
    const cloud = events('2024', 'login').find((l) => l.ip === '159.89.214.31');
    const change = events('2024', 'password_change').map((e) => Date.parse(e.time.utc ?? ''));
    expect(change.some((t) => t > Date.parse(cloud?.time.utc ?? '') && t - Date.parse(cloud?.time.utc ?? '') < 3_600_000)).toBe(true);
  });

  it('signup is a security event with its IP and the device it names', () => {
    const signup = events('2024', 'security').find((e) => e.title.startsWith('Account created'));
    expect(signup).toMatchObject({ ip: SHARED_TIKTOK_IP, title: `Account created (${IG_PERSONA.username}) from ${SHARED_TIKTOK_IP}`, device: { userAgent: IG_USER_AGENTS.iphone } });
  });

  it('shares exactly one IP address with the TikTok sample: 78.70.139.54', () => {
    const tiktok = new Set(generateTikTokExport(SAMPLE_OPTIONS).expected.ips);
    for (const v of ['2021', '2023', '2024', '2025'] as const) {
      const shared = generateInstagramExport({ variant: v, seed: 3 }).expected.ips.filter((ip) => tiktok.has(ip));
      expect(shared).toEqual([SHARED_TIKTOK_IP]);
      expect(events(v, 'login').some((l) => l.ip === SHARED_TIKTOK_IP)).toBe(true);
    }
  });
});

describe('messages', () => {
  it('pasted CDN links and share.link become URLs; trailing punctuation is not part of a URL', () => {
    const urls = events('2024', 'message').flatMap((m) => m.urls ?? []);
    const hosts = urls.map((u) => new URL(u).hostname).sort();
    expect(hosts).toEqual(['instagram.fsyd6-1.fna.fbcdn.net', 'scontent-lhr8-1.cdninstagram.com', 'www.instagram.com']);
    expect(urls.every((u) => !u.endsWith('.'))).toBe(true);
    const share = events('2024', 'message').find((m) => m.urls?.some((u) => u.includes('/reel/')));
    expect(share?.text).toBe('Åsa sent an attachment.');
  });

  it('the counterpart is the thread minus the owner; a group lists everyone else', () => {
    const counterparts = new Set(events('2024', 'message').map((m) => m.counterpart));
    expect(counterparts).toEqual(new Set(['Mara Lindqvist', 'José Núñez', 'Mara Lindqvist, Jonas Becker']));
  });

  it('without a profile the owner is unknown: the counterpart lists every participant', async () => {
    const { files } = generateInstagramExport({ variant: '2024', seed: 3 });
    const zip = join(dir, 'no-profile.zip');
    await writeDeterministicZip(zip, files.filter((f) => !f.path.endsWith('personal_information.json')));
    const run = await runImport([zip], META_IMPORTERS);
    const counterparts = new Set(run.records.filter((r): r is EventRecord => r.type === 'event' && r.kind === 'message').map((m) => m.counterpart));
    expect(counterparts).toContain('Mara Lindqvist, Åsa Lindqvist');
  });

  it('message times are unix ms (ms precision); post times unix seconds', () => {
    const m = events('2024', 'message')[0];
    expect(m?.time.precision).toBe('ms');
    expect(m?.time.utc).toMatch(/\.\d{3}Z$/);
    expect(events('2024', 'post')[0]?.time.precision).toBe('second');
  });
});

describe('posts, likes, people', () => {
  it('EXIF latitude/longitude become geo; local media paths are not URLs', () => {
    const withGeo = events('2024', 'post').filter((p) => p.geo);
    expect(withGeo.map((p) => p.geo)).toEqual(expect.arrayContaining([{ lat: 59.3173, lon: 18.0649 }, { lat: 68.2342, lon: 14.5637 }]));
    expect(events('2024', 'post').every((p) => p.urls === undefined)).toBe(true);
  });

  it('a carousel keeps its caption on the post; a single photo keeps it in media[0].title', () => {
    const titles = events('2024', 'post').map((p) => p.title);
    expect(titles).toContain('Posted “Lofoten, finally 🏔️”'); // carousel
    expect(titles).toContain('Posted “Morgonljus över Söder ☀️”'); // single
    expect(titles.filter((t) => t === 'Shared a story')).toHaveLength(2);
  });

  it('2025 liked posts: the owner comes from the label_values Owner dict', () => {
    const like = events('2025', 'like')[0];
    const modelLike = generateInstagramExport({ variant: '2025', seed: 3 }).model.likes[0];
    expect(like).toMatchObject({ counterpart: modelLike?.owner, urls: [modelLike?.href], title: `Liked a post by ${modelLike?.owner}` });
  });

  it('followers and following name the account and keep its profile link', () => {
    const follower = events('2021', 'follower')[0];
    expect(follower?.counterpart).toMatch(/^[a-z._0-9]+$/);
    expect(follower?.urls?.[0]).toBe(`https://www.instagram.com/${follower?.counterpart}`);
    expect(events('2025', 'follow')[0]?.counterpart).toBeDefined(); // 2025: name in title, no value
  });

  it('comments carry their text, the media owner and links in the text', () => {
    const withLink = events('2024', 'comment').find((c) => c.urls);
    expect(withLink?.urls).toEqual(['https://www.example.com/fika-guide']);
    expect(withLink?.counterpart).toBeDefined();
    expect(withLink?.title).toMatch(/^Commented on a post by .+: “Guide here: https:\/\/www\.example\.com\/fika-guide”$/);
  });

  it('searches keep the term', () => {
    expect(events('2023', 'search').map((s) => s.text).sort()).toEqual(['analog.anna', 'filmlab.sthlm', 'kanelbullar', 'lofoten', 'mara.lindqvist', 'portra 400']);
  });
});

describe('ads and off-Meta', () => {
  it('advertiser facts list which custom-audience flags are set', () => {
    const fashion = facts('2024', 'advertiser').find((a) => a.name === 'Example Fashion Store');
    expect(fashion?.details).toEqual({
      'uploaded a list with your information': 'yes', 'remarketing (your activity on their website or app)': 'yes', 'in-person store visit': 'no',
    });
    expect(fashion?.value).toBe('uploaded a list with your information; remarketing (your activity on their website or app)');
  });

  it('off-Meta events carry source and type; a source without events is a fact', () => {
    for (const v of ['2024', '2025'] as const) {
      const off = events(v, 'off_platform');
      expect(off.every((e) => e.offPlatform && e.offPlatform.source !== '' && /^[A-Z_]+$/.test(e.offPlatform.event))).toBe(true);
      expect(facts(v, 'off_platform').map((f) => f.name)).toEqual(['Kaffehuset Ström']);
    }
    expect(events('2025', 'off_platform')[0]?.pointer).toMatch(/^\/\d+\/label_values\/0\/vec\/\d+$/);
  });

  it('ads viewed name the advertiser; posts viewed name the account as counterpart', () => {
    expect(events('2024', 'ad_impression').every((e) => e.advertiser !== undefined && e.title === `Saw an ad from ${e.advertiser}`)).toBe(true);
    const watch = events('2024', 'watch');
    expect(watch.every((e) => e.counterpart !== undefined)).toBe(true);
  });

  it('2021 has neither off-Meta activity nor ads clicked', () => {
    expect(events('2021', 'off_platform')).toEqual([]);
    expect(events('2021', 'ad_click')).toEqual([]);
    expect(events('2024', 'ad_click').map((e) => e.title)).toContain('Clicked an ad: Vandringskängor Fjäll');
  });
});
