import { describe, expect, it } from 'vitest';
import type { AccessSummary, EventDetail, Flag } from '../../../shared/api';
import type { ClaimsEvaluation } from '../../../shared/claims';
import type { Coverage } from '../../../shared/domain';
import { flagWords } from '../../../shared/words/flags';
import { Labels } from '../../../electron/core/redact/labels';
import * as r from '../../../electron/core/redact/records';
import { HIDDEN } from '../../../electron/core/redact/values';

const SHA = 'a'.repeat(64);
const CHAT = '/Direct Message/Direct Messages/ChatHistory/Chat History with linnea_lund:/2';

function newCountryFlag(): Flag {
  const params = {
    country: 'SE', time: '2024-05-01T10:00:00Z', ip: '90.224.18.77', network: { provider: null, org: 'Telia', asn: 3301, kind: 'isp' as const },
    registryCountry: null, earlier: ['DE'], later: 0, home: 'DE',
  };
  const words = flagWords({ code: 'new-country', params });
  return {
    id: 'new-country:1', kind: 'new-country', code: 'new-country', params, severity: 'info', ...words,
    eventIds: [1], evidence: [{ sourceSha256: SHA, member: 'user_data_tiktok.json', pointer: CHAT }], first: null, last: null,
  };
}

function detail(): EventDetail {
  return {
    id: 7, time: '2024-05-01T10:00:00Z', timeText: '2024-05-01 10:00:00', precision: 'second', kind: 'message', platform: 'tiktok', sourceId: 1,
    title: 'Message to linnea_lund: see you at 84.157.23.41', ip: '84.157.23.41', country: 'DE', networkKind: 'isp',
    device: "Noah's iPhone", counterpart: 'linnea_lund', flagged: true, snippet: [{ text: 'see you', hit: true }],
    text: 'see you at the lake', raw: '{"From":"noah.b","Content":"see you at the lake"}',
    citation: { sourceSha256: SHA, member: 'user_data_tiktok.json', pointer: CHAT, sourceFile: 'TikTok_Data_noah.b.zip', platform: 'tiktok', format: 'json', parserVersion: '1' },
    urls: [{ url: 'https://www.tiktok.com/@linnea_lund/video/1', host: 'www.tiktok.com', grade: 'E', statement: 'served from …' }],
    flags: [newCountryFlag()],
  };
}

const texts = (v: unknown): string => JSON.stringify(v);

describe('presenter record redactors', () => {
  it('an event detail keeps time, kind, country, network kind and host; hides text, raw, handle, address, device name and chat key', () => {
    const l = new Labels();
    const d = r.eventDetail(detail(), l);
    expect(d).toMatchObject({
      time: '2024-05-01T10:00:00Z', kind: 'message', platform: 'tiktok', country: 'DE', networkKind: 'isp', flagged: true,
      title: 'Message · address 1', ip: 'address 1', device: 'device 1', counterpart: 'person 1', text: HIDDEN, raw: HIDDEN,
      snippet: [{ text: HIDDEN, hit: true }],
    });
    expect(d.citation.pointer).toBe('/Direct Message/Direct Messages/ChatHistory/Chat History with person 1:/2');
    expect(d.citation.sourceFile).toBe('tiktok file 1.zip');
    expect(d.urls[0]).toMatchObject({ url: 'https://www.tiktok.com/…', host: 'www.tiktok.com', grade: 'E' });
    const json = texts(d);
    for (const canary of ['linnea_lund', 'noah.b', 'see you', '84.157.23.41', "Noah's", '90.224.18.77']) expect(json, canary).not.toContain(canary);
  });

  it('a flag gets its address replaced in its params and its words rendered again from them', () => {
    const l = new Labels();
    const f = r.flag(newCountryFlag(), l);
    expect(f.params).toMatchObject({ ip: 'address 1', country: 'SE', home: 'DE', network: { org: 'Telia', asn: 3301 } });
    expect(f.explanation).toBe(flagWords({ code: 'new-country', params: f.params as never }).explanation);
    expect(texts(f)).not.toContain('90.224.18.77');
    expect(f.explanation).toContain('address 1');
  });

  it('the access summary keeps countries, owners and kinds; labels addresses and hides identifiers and user agents', () => {
    const l = new Labels();
    const a: AccessSummary = {
      logins: 2,
      ips: [{ ip: '176.31.2.3', count: 2, first: null, last: null, country: 'FR', registryCountry: 'FR', asn: 16276, org: 'OVH SAS', networkKind: 'hosting', provider: 'OVHcloud', networkBasis: 'curated', platforms: ['facebook'], flagged: true }],
      devices: [{ id: 1, model: 'Zoé’s iPhone', system: 'iOS 17.4', identifiers: { Cookie: 'amzEn5auNieRUeJupZj2NJ08' }, count: 2, first: null, last: null, platforms: ['facebook'], userAgent: 'Mozilla/5.0 (iPhone)' }],
      countries: [{ country: 'FR', logins: 2, ips: 1 }], networks: [{ asn: 16276, org: 'OVH SAS', networkKind: 'hosting', logins: 2, ips: 1 }],
      apps: [{ name: 'Puzzle Garden', count: 1, first: null, last: null, platforms: ['facebook'], detail: 'From: zoe@example.com' }],
      advertisers: [], offPlatform: [], flags: [], datasets: [],
    };
    const red = r.access(a, l);
    expect(red.ips[0]).toMatchObject({ ip: 'address 1', country: 'FR', org: 'OVH SAS', networkKind: 'hosting', provider: 'OVHcloud' });
    expect(red.devices[0]).toMatchObject({ model: 'device 1', system: 'iOS 17.4', identifiers: { Cookie: HIDDEN }, userAgent: HIDDEN });
    expect(red.apps[0]).toMatchObject({ name: 'Puzzle Garden', detail: 'From: person 1' });
    expect(red.countries).toEqual(a.countries);
    expect(red.networks).toEqual(a.networks);
  });

  it('coverage keeps statuses and counts; member paths and shape paths lose their thread and chat names', () => {
    const l = new Labels();
    const c: Coverage = {
      parsed: [{ member: 'messages/inbox/anna_42/message_1.json', records: 3 }], ignored: [], unknown: [], missing: [],
      errors: [{ member: 'messages/inbox/anna_42/message_2.json', error: 'Unexpected token at messages/inbox/anna_42/message_2.json' }],
      notRead: [{ member: 'user_data_tiktok.json', kind: 'key', what: '/Direct Message/Direct Messages/ChatHistory/Chat History with anna:/*/x', count: 1, example: '/Direct Message/Direct Messages/ChatHistory/Chat History with anna:/0/x' }],
    };
    const red = r.coverage(c, l);
    expect(red.parsed[0]).toEqual({ member: 'messages/inbox/thread 1/message_1.json', records: 3 });
    expect(red.notRead[0]!.what).toBe('/Direct Message/Direct Messages/ChatHistory/Chat History with person 1:/*/x');
    expect(texts(red)).not.toContain('anna');
  });

  it('claims keep verdicts and grades; evidence loses addresses, device keys and data in citations', () => {
    const l = new Labels();
    const ev: ClaimsEvaluation = {
      claims: [],
      verdicts: [{
        claimId: 'c', verdict: 'contradicted', grade: 'C', headline: 'A sign-in came from 176.31.2.3 (OVH).', reasons: ['176.31.2.3 is a hosting network'],
        evidence: [{ ref: 'device:cookie:amzEn5', role: 'contradicts', grade: 'C', what: 'Sign-in from 176.31.2.3', count: 1, first: null, last: null, country: 'FR', citations: [{ sourceSha256: SHA, member: 'x.json', pointer: CHAT }] }],
        sources: [SHA],
      }],
    };
    const red = r.claimsEvaluation(ev, l);
    expect(red.verdicts[0]).toMatchObject({ verdict: 'contradicted', grade: 'C', headline: 'A sign-in came from address 1 (OVH).' });
    expect(red.verdicts[0]!.evidence[0]!.ref).toBe('device:device 1');
    expect(texts(red)).not.toMatch(/176\.31\.2\.3|amzEn5|linnea_lund/);
  });
});

describe('presenter locations', () => {
  it('round points to about 11 km and merge the ones that then coincide', () => {
    const l = new Labels();
    const ex = (pointer: string) => ({ sourceSha256: SHA, member: 'Takeout/Location History/Records.json', pointer, title: 'Visited Tempelhofer Feld' });
    const red = r.locations({
      total: 5, more: 0,
      points: [
        { lat: 52.48, lon: 13.41, count: 3, first: '2024-01-02T00:00:00Z', last: '2024-02-01T00:00:00Z', platforms: ['google'], kinds: ['location'], eventIds: [1, 2, 3], example: ex('/locations/0') },
        { lat: 52.51, lon: 13.39, count: 2, first: '2023-12-01T00:00:00Z', last: '2024-01-15T00:00:00Z', platforms: ['tiktok'], kinds: ['location'], eventIds: [4, 5], example: ex('/locations/9') },
        { lat: 48.14, lon: 11.58, count: 1, first: null, last: null, platforms: ['google'], kinds: ['location'], eventIds: [6], example: ex('/locations/4') },
      ],
    }, l);
    expect(red.points).toHaveLength(2);
    expect(red.points[0]).toMatchObject({ lat: 52.5, lon: 13.4, count: 5, first: '2023-12-01T00:00:00Z', last: '2024-02-01T00:00:00Z', platforms: ['google', 'tiktok'], eventIds: [1, 2, 3, 4, 5] });
    expect(red.points[0]!.example.title).toBe('Location record');
    expect(red.points[1]).toMatchObject({ lat: 48.1, lon: 11.6, count: 1 });
    expect(JSON.stringify(red)).not.toContain('Tempelhofer');
  });
});

describe('presenter hosts', () => {
  it('keep hosts a rule knows, label the others (they may be a person\'s own site)', async () => {
    const { UNKNOWN_HOST_STATEMENT } = await import('../../../electron/core/evidence/host-knowledge');
    const l = new Labels();
    const row = (hostName: string, statement: string) => ({
      host: hostName, count: 1, first: null, last: null, owner: null, location: { label: 'x', kind: 'none' as const, country: null, lat: null, lon: null },
      grade: 'G' as const, statement, basis: null, pathHints: [], platforms: ['tiktok' as const],
    });
    const w = r.where({ hosts: [row('www.tiktok.com', "Delivered via TikTok's website."), row('zoe-patisserie.fr', UNKNOWN_HOST_STATEMENT)], findings: [], loginCountries: [], datasets: [] }, l);
    expect(w.hosts.map((h) => h.host)).toEqual(['www.tiktok.com', 'host 1']);
    const d = r.eventDetail({ ...detail(), urls: [{ url: 'https://zoe-patisserie.fr/about', host: 'zoe-patisserie.fr', grade: 'G', statement: UNKNOWN_HOST_STATEMENT }] }, l);
    expect(d.urls[0]).toMatchObject({ host: 'host 1', url: HIDDEN });
  });
});
