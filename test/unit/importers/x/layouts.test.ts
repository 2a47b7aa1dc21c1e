/**
 * The two real X archive layouts (2018: files at the root, no manifest; 2023: data/ with a
 * manifest), as their synthetic twins (test/fixtures/layouts/x-archive-*.ts), through the real
 * archive layer and importer: the format named by what the archive is, every record counted
 * against the fixtures' models, and a ledger with nothing dropped and no key left unread — until
 * a key nobody maps is added, which is then reported with its key path and an example pointer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../electron/core/importers/registry';
import type { EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import { X2018, buildLayout as build2018 } from '../../../fixtures/layouts/x-archive-2018';
import { X2023, buildLayout as build2023, x2023Files } from '../../../fixtures/layouts/x-archive-2023';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { baseSummary, coverageOf, runImport, type ImportRun } from '../harness';
import { afterPreface } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'x-layouts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const events = (r: ImportRun, kind: string): EventRecord[] => r.records.filter((x): x is EventRecord => x.type === 'event' && x.kind === kind);
const facts = (r: ImportRun, fact: string): FactRecord[] => r.records.filter((x): x is FactRecord => x.type === 'fact' && x.fact === fact);

/** Every gap (dropped item or unread key) the ledger holds, per member. */
function gaps(r: ImportRun): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const member of r.ledger.members()) {
    const g = r.ledger.gapsOf(member);
    if (g.length > 0) out[member] = g;
  }
  return out;
}

/** Items the ledger counted for a member, and records made from it. */
const foundIn = (r: ImportRun, member: string): number => r.ledger.items.get(member) ?? 0;
const recordsOf = (records: readonly ImportRecord[], member: string): ImportRecord[] => records.filter((x) => x.member === member);

describe('X archive 2018 (files at the root, no manifest)', () => {
  let r: ImportRun;
  beforeAll(async () => {
    const { paths } = await build2018(join(dir, '2018'));
    r = await runImport(paths, IMPORTERS);
  });

  it('is named for what it is: the 2018–2019 root layout', () => {
    expect(r.importer.id).toBe('x-archive');
    expect(r.recognition.format).toBe('x-archive-2018-2019');
  });

  it('yields exactly the records of the model', () => {
    const dms = X2018.conversations;
    expect(baseSummary(r.records).byKind).toEqual({
      security: X2018.suspensions.length + X2018.emailChanges + 1, // + the account's creation IP
      login: X2018.logins,
      ad_click: X2018.engagements,
      ad_impression: sum(X2018.impressions),
      off_platform: sum(X2018.conversions),
      app_authorised: X2018.apps,
      message: sum(dms.map((c) => c.messages + c.welcome)),
      other: sum(dms.map((c) => c.leave + c.rename + c.join)),
      device_seen: X2018.pushDevices * 2, // registered, last updated
      profile: 1 + X2018.screenNameChanges, // protected-history + username changes
    });
    expect(baseSummary(r.records).byFact).toEqual({
      profile: X2018.accountFacts + X2018.likes + X2018.languages + 1 + X2018.locationHistory, // + inferred gender
      app: X2018.apps, device: X2018.pushDevices, ad_interest: X2018.interests, advertiser: X2018.advertisers.length,
    });
    expect(r.problems).toEqual([]);
  });

  it('reads approvedAtMsec, epoch-second dates and direct-message.js (singular)', () => {
    const apps = events(r, 'app_authorised');
    expect(apps.every((a) => a.time.utc !== null && a.time.utc.startsWith('2018-'))).toBe(true);
    expect(events(r, 'login').every((l) => l.time.utc?.startsWith('2018-'))).toBe(true);
    const dms = events(r, 'message');
    expect(new Set(dms.map((m) => m.member))).toEqual(new Set(['direct-message.js']));
    expect(dms.every((m) => m.time.utc !== null && m.time.precision === 'ms')).toBe(true);
    expect(dms.filter((m) => m.title.startsWith('Welcome message'))).toHaveLength(sum(X2018.conversations.map((c) => c.welcome)));
  });

  it('ni-devices: YYYY.MM.DD dates read, deviceVersion is the system version, never the model', () => {
    const [device] = facts(r, 'device');
    expect(device?.device).toEqual({ system: 'Apple 11.4.1' });
    expect(device?.details?.['System version']).toBe('11.4.1');
    const seen = events(r, 'device_seen');
    expect(seen.map((s) => s.time.precision)).toEqual(['day', 'day']);
    expect(seen.every((s) => /^2018-\d\d-\d\dT00:00:00/.test(s.time.utc ?? ''))).toBe(true);
  });

  it('conversions name the advertiser and the site', () => {
    const conversions = events(r, 'off_platform');
    expect(conversions.every((c) => c.advertiser === 'Example Outdoor' && c.urls?.[0]?.startsWith(`https://${X2018.conversionHost}/`))).toBe(true);
  });

  it('ledger: every item found is a record, no key left unread; coverage knows every member', () => {
    expect(gaps(r)).toEqual({});
    expect(foundIn(r, 'direct-message.js')).toBe(sum(X2018.conversations.map((c) => c.messages + c.welcome + c.leave + c.rename + c.join)));
    expect(recordsOf(r.records, 'direct-message.js')).toHaveLength(foundIn(r, 'direct-message.js'));
    expect(foundIn(r, 'ip-audit.js')).toBe(X2018.logins);
    const { outcomes, missing } = coverageOf(r);
    expect(missing).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'unknown' || o.status === 'error')).toEqual([]);
  });
});

describe('X archive 2023 (data/ with a manifest)', () => {
  let r: ImportRun;
  beforeAll(async () => {
    const { paths } = await build2023(join(dir, '2023'));
    r = await runImport(paths, IMPORTERS);
  });

  it('is named by the year its manifest gives', () => {
    expect(r.recognition.format).toBe('x-archive-2023');
    expect(r.recognition.reason).toContain(`@${X2023.userName}`);
  });

  it('yields exactly the records of the model', () => {
    expect(baseSummary(r.records).byKind).toEqual({
      login: X2023.logins,
      security: X2023.emailChanges,
      app_authorised: X2023.apps,
      device_seen: X2023.tokens.length + X2023.registeredDevices.length,
      ad_click: sum(X2023.engagements),
      post: X2023.communityPosts + X2023.deletedPosts,
      message: sum(X2023.messages) + X2023.groupMessages,
      other: X2023.groupJoins,
    });
    expect(baseSummary(r.records).byFact).toEqual({
      // account.js, account-timezone.js, the manifest, likes, languages, gender, age
      profile: X2023.accountFacts + 1 + X2023.manifestFacts + X2023.likes + X2023.languages + 1 + X2023.inferredAge,
      app: X2023.apps,
      device: X2023.tokens.length + X2023.registeredDevices.length,
      ad_interest: X2023.interests + X2023.shows,
      advertiser: X2023.lookalikeAdvertisers.length,
    });
    expect(r.problems).toEqual([]);
  });

  it('group messages name their conversation (its id, read beside the messages)', () => {
    const file = x2023Files().files.find((f) => f.path === 'data/direct-messages-group.js');
    const doc = afterPreface(String(file?.content)) as { dmConversation: { conversationId: string } }[];
    const id = doc[0]?.dmConversation.conversationId;
    const group = r.records.filter((x): x is EventRecord => x.type === 'event' && x.member === 'data/direct-messages-group.js');
    expect(group.map((g) => g.kind)).toEqual(['message', 'other']);
    expect(group[0]?.counterpart).toBe(id);
    expect(group[1]?.text).toBe(`Conversation ${id}`);
  });

  it('key-registry.js: each registered device by its user agent, at its registration date', () => {
    const registered = facts(r, 'device').filter((d) => d.member === 'data/key-registry.js');
    expect(registered.map((d) => d.device?.userAgent)).toEqual([...X2023.registeredDevices]);
    expect(registered.map((d) => d.pointer)).toEqual(['/0/registeredDevices/deviceMetadataList/0', '/0/registeredDevices/deviceMetadataList/1']);
    const seen = events(r, 'device_seen').filter((d) => d.member === 'data/key-registry.js');
    expect(seen.every((s) => s.time.utc?.startsWith('2023-') && s.device?.userAgent !== undefined)).toBe(true);
  });

  it('ledger: no drops, no unread keys; coverage knows every member and misses only the posts file', () => {
    expect(gaps(r)).toEqual({});
    const { outcomes, missing } = coverageOf(r);
    // The real archive holds tweet-headers.js (its posts' ids) but no tweets.js: a true absence.
    expect(missing.map((m) => m.name)).toEqual(['tweets.js']);
    expect(outcomes.filter((o) => o.status === 'unknown' || o.status === 'error')).toEqual([]);
    expect(foundIn(r, 'data/direct-messages-group.js')).toBe(X2023.groupMessages + X2023.groupJoins);
  });

  it('a key nobody maps, holding data, is reported with its key path and an example pointer', async () => {
    const files = x2023Files().files.map((f) => (f.path === 'data/ip-audit.js'
      ? { ...f, content: String(f.content).replace('"loginIp" :', '"loginCity" : "Berlin",\n      "loginIp" :') }
      : f.path === 'data/key-registry.js'
        ? { ...f, content: String(f.content).replace('"userAgent" :', '"attestation" : { "level" : "strong" },\n          "userAgent" :') }
        : f));
    const zip = join(dir, 'x-2023-unknown-key.zip');
    await writeDeterministicZip(zip, files);
    const changed = await runImport([zip], IMPORTERS);
    expect(gaps(changed)).toEqual({
      // Added to the first item of each file only.
      'data/ip-audit.js': [{ kind: 'key', what: '/*/ipAudit/loginCity', count: 1, example: '/0/ipAudit/loginCity' }],
      'data/key-registry.js': [{
        kind: 'key', what: '/*/registeredDevices/deviceMetadataList/*/attestation', count: 1,
        example: '/0/registeredDevices/deviceMetadataList/0/attestation',
      }],
    });
    // The records are the same: an unread key is reported, not a reason to drop the item.
    expect(changed.records).toHaveLength(r.records.length);
  });

  it('keys around deep records (never selected by the streaming parser) and in the manifest are reported too; empty ones are not', async () => {
    /** Rewrites one data file's JSON after its preface. */
    const edit = (content: string, change: (doc: Record<string, unknown>[]) => void): string => {
      const eq = content.indexOf('=');
      const doc = afterPreface(content) as Record<string, unknown>[];
      change(doc);
      return `${content.slice(0, eq + 1)} ${JSON.stringify(doc, null, 2)}`;
    };
    const files = x2023Files().files.map((f) => {
      const content = String(f.content);
      if (f.path === 'data/ad-engagements.js') {
        return { ...f, content: edit(content, (doc) => {
          doc[0]!.campaign = 'spring';  // beside `ad` in the array item
          doc[1]!.note = '';  // empty: not data
          const ad = doc[1]!.ad as { adsUserData: Record<string, unknown> };
          ad.adsUserData.adEngagementsSummary = { total: 3 };  // beside `adEngagements`
          ad.adsUserData.placeholder = {};  // empty: not data
        }) };
      }
      if (f.path === 'data/direct-messages.js') {
        return { ...f, content: edit(content, (doc) => {
          (doc[0]!.dmConversation as Record<string, unknown>).folder = ['archived'];  // beside `conversationId` and `messages`
        }) };
      }
      if (f.path === 'data/manifest.js') {
        const eq = content.indexOf('=');
        const doc = JSON.parse(content.slice(eq + 1)) as { userInfo: Record<string, unknown>; dataTypes: { account: { files: Record<string, unknown>[] } } };
        doc.userInfo.email = 'someone@example.test';
        doc.dataTypes.account.files[0]!.checksum = 'abc';
        return { ...f, content: `${content.slice(0, eq + 1)} ${JSON.stringify(doc)}` };
      }
      return f;
    });
    const zip = join(dir, 'x-2023-container-keys.zip');
    await writeDeterministicZip(zip, files);
    const changed = await runImport([zip], IMPORTERS);
    expect(gaps(changed)).toEqual({
      'data/ad-engagements.js': [
        { kind: 'key', what: '/*/campaign', count: 1, example: '/0/campaign' },
        { kind: 'key', what: '/*/ad/adsUserData/adEngagementsSummary', count: 1, example: '/1/ad/adsUserData/adEngagementsSummary' },
      ],
      'data/direct-messages.js': [{ kind: 'key', what: '/*/dmConversation/folder', count: 1, example: '/0/dmConversation/folder' }],
      'data/manifest.js': [
        { kind: 'key', what: '/userInfo/email', count: 1, example: '/userInfo/email' },
        { kind: 'key', what: '/dataTypes/account/files/*/checksum', count: 1, example: '/dataTypes/account/files/0/checksum' },
      ],
    });
    expect(changed.records).toHaveLength(r.records.length);
  });
});
