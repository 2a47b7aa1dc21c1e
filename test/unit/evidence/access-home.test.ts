/**
 * No false alarms: impossible travel compares only home internet providers, the account's home
 * country is never "new", and every flag cites the records it rests on. Real addresses are
 * looked up in the bundled datasets (MEMSET 5.153.248.0/21, WorldStream 2.59.168.0/22, Comcast
 * 73.0.0.0/8, Deutsche Telekom 84.157.0.0/16).
 */
import { describe, expect, it } from 'vitest';
import { analyseAccess } from '../../../electron/core/evidence/access-analysis';
import {
  datacenterFlags, homeCountry, impossibleTravelFlags, newCountryFlags,
} from '../../../electron/core/evidence/access-flags';
import type { LoginRecord } from '../../../electron/core/evidence/access-types';
import { evidenceKit } from './data';
import { login, NET, prov } from './records';

const T = (h: number, day = 1): string => new Date(Date.UTC(2025, 4, day, 0, 0) + h * 3_600_000).toISOString();
const MEMSET = '5.153.248.10';
const WORLDSTREAM = '2.59.168.10';
const COMCAST = '73.15.1.1';

/** A login whose IP facts come from the real datasets, as the analysis step builds it. */
function real(eventId: number, time: string, ip: string): LoginRecord {
  return { ...login(eventId, time, {}), ip, info: evidenceKit().ip.lookup(ip), platform: 'x', provenance: { ...prov(eventId), member: 'data/ip-audit.js', pointer: `/${eventId - 1}/ipAudit` } };
}

describe('X-style logins: a UK hosting address (a tweet-deletion app) alternating with a home ISP in the US', () => {
  // 30 logins, 30 minutes apart: even ids from MEMSET (GB), odd ids from Comcast (US).
  const logins = Array.from({ length: 30 }, (_, k) => real(k + 1, T(k / 2), k % 2 === 0 ? MEMSET : COMCAST));
  const kit = () => evidenceKit();

  it('raises no impossible-travel alert and no new-country flag', () => {
    const a = analyseAccess(logins, [], { distance: kit().distance });
    expect(a.flags.filter((f) => f.kind === 'impossible-travel')).toEqual([]);
    expect(a.flags.filter((f) => f.kind === 'new-country')).toEqual([]);
    expect(homeCountry(logins)).toBe('US');
  });

  it('would have raised 29 alerts had MEMSET been taken for a home provider (the control)', () => {
    const asIsp = logins.map((l) => (l.ip === MEMSET ? { ...l, info: { ...l.info, networkKind: 'isp' as const, kindBasis: 'heuristic' as const } } : l));
    // 29 consecutive pairs, each GB <-> US in 30 minutes: far over 1,000 km/h.
    expect(impossibleTravelFlags(asIsp, kit().distance)).toHaveLength(29);
  });

  it('flags the hosting network once, citing each of its 15 records and the override that classed it', () => {
    const flags = datacenterFlags(logins);
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({ kind: 'datacenter-login', severity: 'warning', title: 'Sign-ins from a hosting company\'s network: MEMSET Ltd' });
    const memsetIds = logins.filter((l) => l.ip === MEMSET).map((l) => l.eventId);
    expect(memsetIds).toHaveLength(15);
    expect(f?.eventIds).toEqual(memsetIds);
    expect(f?.evidence.map((p) => p.pointer)).toEqual(memsetIds.map((id) => `/${id - 1}/ipAudit`));
    expect(f?.explanation).toMatch(/reviewed correction in this app \(UK hosting and cloud company/);
  });
});

describe('datacenter-login on a listed network', () => {
  it('flags a WorldStream login as hosting, cites its record and names the list', () => {
    const l = real(7, T(3), WORLDSTREAM);
    const flags = analyseAccess([real(1, T(0), COMCAST), l], [], { distance: evidenceKit().distance }).flags;
    expect(flags.map((f) => [f.kind, f.eventIds])).toEqual([['datacenter-login', [7]]]);
    expect(flags[0]?.evidence).toEqual([l.provenance]);
    expect(flags[0]?.explanation).toMatch(/comes from x4bnet-datacenter, a public list of hosting, datacenter and VPN networks dated 2026-08-22/);
  });
});

describe('home country', () => {
  it('is the country most person-network sign-ins come from; ties go to the earliest', () => {
    expect(homeCountry([login(1, T(0), NET.frIsp), ...[2, 3, 4].map((i) => login(i, T(i), NET.deIsp))])).toBe('DE');
    expect(homeCountry([login(1, T(5), NET.deIsp), login(2, T(1), NET.frIsp)])).toBe('FR');
    // servers do not count, however many
    expect(homeCountry([login(1, T(0), NET.deIsp), ...[2, 3, 4].map((i) => login(i, T(i), NET.usAws))])).toBe('DE');
    // mobile networks count; relays only when nothing else has a country
    expect(homeCountry([login(1, T(0), NET.usMobile), login(2, T(1), NET.usMobile), login(3, T(2), NET.deIsp)])).toBe('US');
    expect(homeCountry([login(1, T(0), NET.usCdn), login(2, T(1), NET.seVpn)])).toBe('US');
    expect(homeCountry([login(1, T(0), NET.usAws)])).toBeNull();
  });

  it('is never flagged as new, even when the export starts abroad', () => {
    const logins = [login(1, T(0), NET.frIsp), ...[2, 3, 4, 5].map((i) => login(i, T(i), NET.deIsp))];
    const flags = newCountryFlags(logins);
    expect(flags.map((f) => [f.title, f.eventIds])).toEqual([['First sign-in from France', [1]]]);
    expect(flags[0]?.explanation).toMatch(/It is the first dated sign-in in this export/);
    expect(flags[0]?.explanation).toMatch(/home country \(Germany, where most sign-ins from home and mobile networks come from\) is the baseline/);
  });

  it('is not flagged when a server in another country signed in first (the X export case)', () => {
    const logins = [real(1, T(0), MEMSET), ...[2, 3, 4].map((i) => real(i, T(i), COMCAST))];
    expect(newCountryFlags(logins)).toEqual([]);
  });

  it('a genuinely new country after the baseline still flags, citing its record', () => {
    const logins = [...[1, 2, 3, 4, 5].map((i) => login(i, T(i), NET.deIsp)), login(6, T(30), NET.brIsp), login(7, T(31), NET.brIsp)];
    const flags = newCountryFlags(logins);
    expect(flags.map((f) => [f.kind, f.title, f.eventIds])).toEqual([['new-country', 'First sign-in from Brazil', [6]]]);
    expect(flags[0]?.evidence).toEqual([prov(6)]);
    expect(flags[0]?.explanation).toMatch(/came from Germany; 1 more sign-in from Brazil followed/);
  });
});

describe('impossible travel', () => {
  it('cites both records it rests on and says why both networks were taken as home providers', () => {
    const flags = impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(11), NET.usIsp)], evidenceKit().distance);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.eventIds).toEqual([1, 2]);
    expect(flags[0]?.evidence).toEqual([prov(1), prov(2)]);
    expect(flags[0]?.explanation).toMatch(/Both networks were taken as home internet providers \(.*: curated; .*: curated\)/);
  });

  it('never compares unknown, CDN, VPN, hosting, cloud or platform networks (each with its own control)', () => {
    const d = evidenceKit().distance;
    const usUnknown = { country: 'US', registryCountry: 'US', asn: null, org: null, networkKind: 'unknown', provider: null, kindBasis: 'none' } as const;
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), NET.usIsp)], d)).toHaveLength(1);
    for (const other of [usUnknown, NET.usCdn, NET.usVpn, NET.usAws, NET.usTiktok, { ...NET.nlHosting, country: 'US' }]) {
      expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), other)], d), other.networkKind).toEqual([]);
    }
  });
});
