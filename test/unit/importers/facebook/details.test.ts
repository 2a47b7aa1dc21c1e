/**
 * What individual Facebook records look like after import: localized actions decide the kind,
 * sessions and devices, authorised apps, advertisers, posts and photos with upload_ip and places,
 * messages, and the profile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_RULES } from '../../../../electron/core/importers/facebook';
import type { EventKind } from '../../../../shared/domain';
import type { EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import { FB_PERSONA, FB_UA, generateFacebookExport, writeFacebookZip, type FacebookVariant } from '../../../fixtures/generators/facebook';
import { runImport } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

let dir: string;
const runs = new Map<FacebookVariant, ImportRecord[]>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facebook-details-'));
  for (const variant of ['2021', '2024'] as const) {
    const zip = join(dir, `${variant}.zip`);
    await writeFacebookZip(zip, { variant, seed: 3 });
    const run = await runImport([zip], META_IMPORTERS);
    runs.set(variant, run.records);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (v: FacebookVariant, kind?: string, member?: RegExp): EventRecord[] =>
  (runs.get(v) ?? []).filter((r): r is EventRecord => r.type === 'event' && (kind === undefined || r.kind === kind) && (!member || member.test(r.member)));
const facts = (v: FacebookVariant, fact: string): FactRecord[] =>
  (runs.get(v) ?? []).filter((r): r is FactRecord => r.type === 'fact' && r.fact === fact);

describe('action words decide the kind (English and French exports)', () => {
  const kindOf = (action: string): EventKind | undefined => ACTION_RULES.find((r) => r.match.test(action))?.kind;

  it.each([
    ['Login', 'login'], ['Log out', 'logout'], ['Logout', 'logout'], ['Password change', 'password_change'], ['Session updated', 'session'],
    ['Web session terminated', 'session'], ['Connexion', 'login'], ['Déconnexion', 'logout'], ['Changement de mot de passe', 'password_change'],
    ['Mise à jour de la session', 'session'], ['Anmeldung', 'login'], ['Abmeldung', 'logout'], ['Inloggen', 'login'], ['Uitloggen', 'logout'],
  ] as const)('%s → %s', (action, kind) => {
    expect(kindOf(action)).toBe(kind);
  });

  it('"Account created" has no rule: the row default (security) applies', () => {
    expect(kindOf('Account created')).toBeUndefined();
  });

  it('the French 2024 export gives the same kinds as the English one; titles keep the words', () => {
    const count = (v: FacebookVariant, kind: string): number => events(v, kind, /account_activity|logins_and_logouts/).length;
    for (const kind of ['login', 'logout', 'session', 'password_change']) expect(count('2024', kind)).toBe(count('2021', kind));
    expect(events('2024', 'login', /logins_and_logouts/)[0]?.title).toMatch(/^Connexion · \S+ \(www\.facebook\.com\)$/);
    expect(events('2024', 'logout')[0]?.title).toMatch(/^Déconnexion · /);
  });
});

describe('access records', () => {
  it('account activity: IP, user agent, datr cookie, place in the title', () => {
    const model = generateFacebookExport({ variant: '2021', seed: 3 }).model;
    const first = model.activity[0];
    const rec = events('2021', undefined, /account_activity/)[0];
    expect(rec).toMatchObject({
      ip: first?.ip, device: { userAgent: first?.ua, identifiers: { Cookie: first?.datr } }, pointer: '/account_activity_v2/0',
    });
    expect(rec?.title).toContain(`(${first?.city}, ${first?.country})`);
  });

  it('active sessions: created time, device named by the export, location; the app stays text', () => {
    const cloud = events('2021', 'session', /where_you're_logged_in/).find((s) => s.ip === '3.120.45.7');
    expect(cloud).toMatchObject({
      title: 'Session on Linux from Frankfurt am Main, Germany', device: { model: 'Linux', userAgent: FB_UA.unknown }, text: 'Puzzle Garden · app',
    });
    expect(cloud?.app).toBeUndefined();
  });

  it('used IP addresses are sessions, never logins', () => {
    const used = events('2021', undefined, /ip_address_activity/);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((e) => e.kind === 'session' && e.title.startsWith('Used IP address '))).toBe(true);
  });

  it('login protection data and admin records read the nested session', () => {
    const protection = events('2021', 'session', /login_protection_data/);
    expect(protection.map((p) => p.ip).sort()).toEqual(['176.31.2.3', '90.24.117.8', '92.184.102.6']);
    const admin = events('2021', undefined, /record_details/);
    expect(admin.map((a) => a.kind).sort()).toEqual(['password_change', 'session']);
    expect(admin.every((a) => a.device?.userAgent !== undefined && a.ip !== undefined)).toBe(true);
  });

  it('mobile devices: model and system, advertising ID, and a device_seen event', () => {
    const iphone = facts('2024', 'device').find((d) => d.device?.model === 'iPhone 13');
    expect(iphone).toMatchObject({ name: 'iPhone 13 (iOS 17.4)', device: { model: 'iPhone 13', system: 'iOS 17.4' } });
    expect(iphone?.device?.identifiers?.['Advertiser ID']).toMatch(/^[0-9A-F-]{36}$/);
    expect(events('2024', 'device_seen').map((e) => e.title).sort()).toEqual(['Device updated: Pixel 6a (Android 13)', 'Device updated: iPhone 13 (iOS 17.4)']);
  });
});

describe('apps, ads, off-Facebook', () => {
  it('installed apps: an app fact (category, added/removed times) and an app_authorised event', () => {
    const removed = facts('2021', 'app').find((a) => a.name === 'Carnet de Recettes');
    expect(removed?.value).toBe('removed');
    expect(removed?.details?.Added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(removed?.details?.Removed).toMatch(/^\d{4}-/);
    expect(facts('2021', 'app').find((a) => a.name === 'Puzzle Garden')?.details?.Removed).toBeUndefined(); // 0 = not removed
    const authorised = events('2021', 'app_authorised');
    expect(authorised.map((e) => e.app).sort()).toEqual(['Carnet de Recettes', 'Lumen Fitness', 'Nordpfad Reisen', 'Puzzle Garden']);
    expect(authorised.find((e) => e.app === 'Puzzle Garden')?.title).toBe('Authorised Puzzle Garden');
  });

  it('advertisers: custom-audience flags, and contact-list uploaders from a list of plain names', () => {
    const emile = facts('2024', 'advertiser').filter((a) => a.name === 'Boulangerie Émile');
    expect(emile).toHaveLength(2);
    expect(emile.map((a) => a.value).sort()).toEqual(['uploaded a contact list with your information', 'uploaded a list with your information; in-person store visit']);
    expect(emile.find((a) => a.pointer.startsWith('/custom_audiences_v2/'))?.raw).toBe('Boulangerie Émile');
  });

  it('ad interactions: clicks are ad_click, a hidden ad is an impression', () => {
    for (const v of ['2021', '2024'] as const) {
      expect(events(v, 'ad_click')).toHaveLength(2);
      expect(events(v, 'ad_impression')).toHaveLength(1);
    }
  });

  it('off-Facebook activity: events per source, a source without events as a fact', () => {
    const off = events('2024', 'off_platform');
    expect(new Set(off.map((e) => e.offPlatform?.source))).toEqual(new Set(['Boulangerie Émile', 'Lumen Fitness', 'Puzzle Garden']));
    expect(facts('2024', 'off_platform').map((f) => f.name)).toEqual(['Example Travel Deals']);
    expect(facts('2024', 'ad_interest').map((f) => f.name)).toContain('Pâtisserie');
  });
});

describe('posts, photos, messages, profile', () => {
  it('posts carry the upload IP from EXIF; a place\'s coordinates win over EXIF; links are collected', () => {
    const posts = events('2024', 'post', /your_posts/);
    const market = posts.find((p) => p.text === 'Au marché de la Croix-Rousse');
    expect(market).toMatchObject({ ip: '92.184.102.6', geo: { lat: 45.7769, lon: 4.8277 } });
    const festival = posts.find((p) => p.text?.startsWith('Festival'));
    expect(festival?.urls).toEqual(['https://www.example.org/lyon-food-festival']);
    expect(festival?.ip).toBeUndefined();
    expect(posts.find((p) => p.text?.startsWith('Tarte'))?.urls).toEqual(['https://www.example.com/recette-tarte']);
    expect(posts.find((p) => p.text?.startsWith('Première'))?.title).toBe('Posted “Première fournée de croissants de l’année 🥐”');
  });

  it('album photos: upload IP, EXIF coordinates, caption from description', () => {
    const photo = events('2021', 'post', /album/).find((p) => p.geo);
    expect(photo).toMatchObject({ ip: '90.24.117.8', geo: { lat: 45.7623, lon: 4.8215 }, title: 'Uploaded a photo “Vue depuis Fourvière”' });
    expect(photo?.pointer).toMatch(/^\/photos\/\d$/);
  });

  it('messages: pasted fbcdn links, a shared event link, counterparts without the owner', () => {
    const messages = events('2024', 'message');
    expect(new Set(messages.map((m) => m.counterpart))).toEqual(new Set(['Théo Martin', 'Inès Benali']));
    const hosts = messages.flatMap((m) => m.urls ?? []).map((u) => new URL(u).hostname).sort();
    expect(hosts).toEqual(['scontent-cdg4-2.xx.fbcdn.net', 'scontent.xx.fbcdn.net', 'www.facebook.com']);
    expect(messages.flatMap((m) => m.urls ?? []).some((u) => u.endsWith(')'))).toBe(false);
  });

  it('profile: named facts with their own pointers, and the registration as a security event', () => {
    const profile = facts('2024', 'profile');
    expect(Object.fromEntries(profile.map((f) => [f.name, f.value]))).toEqual({
      Name: FB_PERSONA.name, Username: FB_PERSONA.username, Email: FB_PERSONA.emails.join(', '),
      'Current city': FB_PERSONA.city, Hometown: FB_PERSONA.hometown, Gender: FB_PERSONA.gender,
    });
    expect(profile.find((f) => f.name === 'Name')?.pointer).toBe('/profile_v2/name/full_name');
    const created = events('2024', 'security', /profile_information/)[0];
    expect(created).toMatchObject({ title: 'Facebook account created', pointer: '/profile_v2' });
  });
});
