import { describe, expect, it } from 'vitest';
import { analyseAccess } from '../../../electron/core/evidence/access-analysis';
import {
  datacenterFlags, impossibleTravelFlags, newCountryFlags, newDeviceSecurityFlags,
} from '../../../electron/core/evidence/access-flags';
import { airportCountryDistance, CENTROID_DISTANCE } from '../../../electron/core/evidence/geo';
import { loadIataTable } from '../../../electron/core/evidence/iata';
import { evidenceKit, GENERATED } from './data';
import { login, NET, security } from './records';

const T = (h: number, day = 1): string => new Date(Date.UTC(2024, 2, day, 0, 0) + h * 3_600_000).toISOString();

describe('datacenter-login', () => {
  it('flags cloud and hosting networks as warnings, one flag per network', () => {
    const flags = datacenterFlags([
      login(1, T(1), NET.usAws), login(2, T(2), NET.usAws, { ip: '3.3.3.3' }), login(3, T(3), NET.nlHosting), login(4, T(4), NET.deIsp),
    ]);
    expect(flags.map((f) => [f.kind, f.severity, f.eventIds])).toEqual([
      ['datacenter-login', 'warning', [1, 2]],
      ['datacenter-login', 'warning', [3]],
    ]);
    expect(flags[0]?.title).toBe('Sign-ins from a cloud provider\'s network: Amazon / AWS');
    expect(flags[0]?.explanation).toMatch(/AS16509 \("Amazon.com, Inc."\)/);
    expect(flags[0]?.explanation).toMatch(/not the person/);
    expect(flags[0]?.explanation).toMatch(/does not prove/);
    expect(flags[1]?.explanation).toMatch(/guessed from the organisation name \(the word "Hosting"\)/);
    expect(flags[0]?.evidence).toHaveLength(2);
  });

  it('flags VPN and platform networks as info, explaining the platform may be itself or an in-app proxy', () => {
    const flags = datacenterFlags([login(1, T(1), NET.seVpn), login(2, T(2), NET.usTiktok)]);
    expect(flags.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(flags[1]?.explanation).toMatch(/platform's own systems/);
    expect(flags[1]?.explanation).toMatch(/in-app browser, or a proxy/);
  });

  it('does not flag CDN relays (iCloud Private Relay), ISPs, mobile carriers or private addresses, and says why', () => {
    expect(datacenterFlags([login(1, T(1), NET.usCdn), login(2, T(2), NET.deIsp), login(3, T(3), NET.usMobile), login(4, T(4), NET.private)])).toEqual([]);
    expect(datacenterFlags([login(1, T(1), NET.usAws)])[0]?.explanation).toMatch(/Private Relay, are not flagged/);
  });
});

describe('new-country', () => {
  it('does not flag the first country, then flags each new one once', () => {
    const flags = newCountryFlags([
      login(1, T(0), NET.deIsp), login(2, T(5), NET.deIsp), login(3, T(30), NET.frIsp), login(4, T(40), NET.frIsp), login(5, T(50), NET.brIsp),
    ]);
    expect(flags.map((f) => [f.title, f.eventIds])).toEqual([['First sign-in from France', [3]], ['First sign-in from Brazil', [5]]]);
    expect(flags[0]?.explanation).toMatch(/came from Germany; 1 more sign-in from France followed/);
    expect(flags[0]?.explanation).toMatch(/baseline/);
    expect(flags[0]?.explanation).toMatch(/does not prove/);
  });

  it('orders by time, not by input order', () => {
    const flags = newCountryFlags([login(3, T(30), NET.frIsp), login(1, T(0), NET.deIsp)]);
    expect(flags.map((f) => f.eventIds)).toEqual([[3]]);
  });

  it('ignores server networks, private addresses and undated sign-ins', () => {
    expect(newCountryFlags([
      login(1, T(0), NET.deIsp), login(2, T(1), NET.usAws), login(3, T(2), NET.seVpn), login(4, T(3), NET.usTiktok),
      login(5, T(4), NET.private), login(6, null, NET.brIsp),
    ])).toEqual([]);
  });

  it('counts CDN relay and mobile sign-ins, which stand for where the person roughly was', () => {
    expect(newCountryFlags([login(1, T(0), NET.deIsp), login(2, T(1), NET.usCdn)])).toHaveLength(1);
    expect(newCountryFlags([login(1, T(0), NET.deIsp), login(2, T(1), NET.usMobile)])).toHaveLength(1);
  });
});

describe('impossible-travel', () => {
  it('flags Germany then the United States one hour apart', () => {
    const flags = impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(11), NET.usIsp)], CENTROID_DISTANCE);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'impossible-travel', severity: 'alert', eventIds: [1, 2] });
    expect(flags[0]?.title).toBe('Sign-ins from Germany and the United States 1 h apart');
    expect(flags[0]?.explanation).toMatch(/faster than an airliner/);
    expect(flags[0]?.explanation).toMatch(/does not prove/);
  });

  it('flags simultaneous sign-ins far apart', () => {
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10), NET.brIsp)], CENTROID_DISTANCE)).toHaveLength(1);
  });

  it('does not flag plausible travel', () => {
    expect(impossibleTravelFlags([login(1, T(0), NET.deIsp), login(2, T(12), NET.usIsp)], CENTROID_DISTANCE)).toEqual([]);
  });

  it('does not flag VPN -> home fast travel', () => {
    expect(impossibleTravelFlags([
      login(1, T(10), NET.deIsp), login(2, T(10.5), NET.usVpn), login(3, T(11), NET.deIsp), login(4, T(11.2), NET.seVpn),
    ], CENTROID_DISTANCE)).toEqual([]);
  });

  it('does not flag the same country, CDN relays, mobile carriers, servers or private addresses', () => {
    const d = CENTROID_DISTANCE;
    expect(impossibleTravelFlags([login(1, T(10), NET.usIsp), login(2, T(10.1), NET.usIsp)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), NET.usCdn)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), NET.usMobile)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), NET.usAws)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(10.5), NET.private)], d)).toEqual([]);
  });

  it('does not flag when times are missing or only day-precise', () => {
    const d = CENTROID_DISTANCE;
    expect(impossibleTravelFlags([login(1, null, NET.deIsp), login(2, T(10), NET.usIsp)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, 'garbage', NET.deIsp), login(2, T(10), NET.usIsp)], d)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(0), NET.deIsp, { precision: 'day' }), login(2, T(1), NET.usIsp)], d)).toEqual([]);
  });

  it('with airport distances, neighbouring countries are not impossible; centre points alone would say they are', () => {
    const near = airportCountryDistance(loadIataTable((evidenceKit(), GENERATED)));
    const deFr = [login(1, T(10), NET.deIsp), login(2, T(10.25), NET.frIsp)];
    expect(impossibleTravelFlags(deFr, CENTROID_DISTANCE)).toHaveLength(1);
    expect(impossibleTravelFlags(deFr, near)).toEqual([]);
    const usCa = [login(1, T(10), NET.usIsp), login(2, T(11), NET.caIsp)];
    expect(impossibleTravelFlags(usCa, near)).toEqual([]);
    expect(impossibleTravelFlags([login(1, T(10), NET.deIsp), login(2, T(11), NET.usIsp)], near)).toHaveLength(1);
  });
});

describe('new-device-security', () => {
  const A = 'iPhone15,2|idfv:AAA';
  const B = 'Pixel 8|gaid:BBB';
  const C = 'SM-S918B|gaid:CCC';

  it('flags a new device followed within 7 days by a password change', () => {
    const flags = newDeviceSecurityFlags(
      [login(1, T(0, 1), NET.deIsp, { deviceKey: A }), login(2, T(0, 10), NET.brIsp, { deviceKey: B })],
      [security(100, T(5, 12), 'password_change'), security(101, T(6, 12), 'logout')],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'new-device-security', eventIds: [2, 100, 101], severity: 'warning' });
    expect(flags[0]?.title).toBe('New device followed by a password change');
    expect(flags[0]?.explanation).toMatch(/a password change and a logout/);
    expect(flags[0]?.explanation).toMatch(/does not prove/);
    expect(flags[0]?.evidence.map((e) => e.member)).toEqual(['Activity/Login History.txt', 'Activity/Security.txt', 'Activity/Security.txt']);
  });

  it('does not flag the baseline device, events after 7 days, events before the device, or unknown devices', () => {
    expect(newDeviceSecurityFlags(
      [login(1, T(0, 1), NET.deIsp, { deviceKey: A }), login(2, T(0, 10), NET.deIsp, { deviceKey: C }), login(3, T(0, 11), NET.deIsp)],
      [security(100, T(1, 1), 'password_change'), security(101, T(0, 18), 'security'), security(102, T(0, 9), 'logout'), security(103, null, 'logout')],
    )).toEqual([]);
  });
});

describe('analyseAccess', () => {
  it('aggregates per address, country and network and marks flagged addresses', () => {
    const logins = [
      login(1, T(0), NET.deIsp, { ip: '84.1.1.1' }), login(2, T(1), NET.deIsp, { ip: '84.1.1.1' }),
      login(3, T(2), NET.usAws, { ip: '3.3.3.3', platform: 'instagram' }), login(4, null, NET.private, { ip: '10.0.0.1' }),
    ];
    const a = analyseAccess(logins);
    expect(a.logins).toBe(4);
    expect(a.ips.map((r) => [r.ip, r.count, r.flagged])).toEqual([['84.1.1.1', 2, false], ['3.3.3.3', 1, true], ['10.0.0.1', 1, false]]);
    expect(a.ips[0]).toMatchObject({ first: T(0), last: T(1), country: 'DE', asn: 3320, provider: 'Deutsche Telekom', platforms: ['tiktok'] });
    expect(a.ips[2]).toMatchObject({ first: null, last: null, networkKind: 'private', country: null });
    expect(a.countries).toEqual([{ country: 'DE', logins: 2, ips: 1 }, { country: 'US', logins: 1, ips: 1 }, { country: null, logins: 1, ips: 1 }]);
    expect(a.networks.map((n) => [n.asn, n.logins, n.ips, n.networkKind])).toEqual([[3320, 2, 1, 'isp'], [16509, 1, 1, 'cloud'], [null, 1, 1, 'private']]);
    expect(a.flags.map((f) => f.kind)).toEqual(['datacenter-login']);
  });

  it('gives stable flag ids', () => {
    const logins = () => [login(1, T(0), NET.deIsp, { ip: '84.1.1.1' }), login(2, T(1), NET.usIsp, { ip: '73.1.1.1' })];
    const ids = analyseAccess(logins()).flags.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(analyseAccess(logins().reverse()).flags.map((f) => f.id)).toEqual(ids);
  });

  it('works on real lookups', () => {
    const ip = evidenceKit().ip;
    const mk = (id: number, addr: string, h: number) => ({ ...login(id, T(h), {}), ip: addr, info: ip.lookup(addr) });
    const a = analyseAccess([mk(1, '129.146.1.1', 0), mk(2, '1.1.1.1', 1), mk(3, '10.1.2.3', 2)]);
    expect(a.flags.filter((f) => f.kind === 'datacenter-login').map((f) => f.eventIds)).toEqual([[1]]);
  });
});
