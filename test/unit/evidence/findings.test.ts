import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../shared/domain';
import { buildFindings, countryGrade, type LinkOccurrence } from '../../../electron/core/evidence/findings';
import { evidenceKit } from './data';
import { login, NET, prov } from './records';

function links(urls: readonly [string, string | null][], startId = 1): LinkOccurrence[] {
  const hk = evidenceKit().hosts;
  return urls.map(([url, time], k) => {
    const c = hk.classifyUrl(url);
    return { eventId: startId + k, time, provenance: prov(startId + k), host: c.host, path: c.path };
  });
}

const day = (d: number): string => new Date(Date.UTC(2021, 2, 2) + d * 86_400_000).toISOString();

describe('link findings', () => {
  it('one finding per rule and location, with counts and the export\'s date range', () => {
    const occ = links([
      ...Array.from({ length: 312 }, (_, k) => [`https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/${k}`, day(Math.round((k * 454) / 311))] as [string, string]),
      ['https://scontent-lhr8-1.cdninstagram.com/v/a.jpg', day(3)],
      ['https://scontent-lhr8-1.cdninstagram.com/v/b.jpg', day(4)],
      ['https://scontent-cdg4-1.cdninstagram.com/v/c.jpg', null],
      ['https://pbs.twimg.com/media/x.jpg', null],
    ]);
    const f = buildFindings({ links: occ });
    const va = f.find((x) => x.kind === 'host-location' && x.grade === 'F');
    expect(va).toBeDefined();
    expect(va?.statement).toBe('312 links in this export, dated 2021-03-02 to 2022-05-30, were served from TikTok\'s Virginia (US-East) cluster '
      + '(inferred from the `-va` host token; public evidence, medium confidence).');
    expect(va).toMatchObject({ count: 312, first: day(0), last: day(454) });
    expect(va?.eventIds).toHaveLength(312);
    expect(va?.evidence).toHaveLength(50);

    const path = f.find((x) => x.kind === 'path-location');
    expect(path?.statement).toMatch(/^312 links .* `tos-maliva` path token/);

    const edges = f.filter((x) => x.grade === 'E');
    expect(edges.map((e) => e.count).sort()).toEqual([1, 2]);
    expect(edges.find((e) => e.count === 1)?.statement).toMatch(/^1 link in this export \(without dates\) was delivered through Meta edge servers near Paris/);

    const g = f.find((x) => x.grade === 'G');
    expect(g?.statement).toMatch(/location cannot be determined offline/);

    for (const x of f) {
      expect(x.evidence.length, x.statement).toBeGreaterThan(0);
      expect(x.eventIds.length).toBeGreaterThan(0);
    }
    // Strongest grade first.
    const ranks = f.map((x) => GRADES.indexOf(x.grade));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('ids are stable across runs and input order, and distinct per rule and label', () => {
    const input: [string, string | null][] = [
      ['https://p16-sign-va.tiktokcdn.com/a', day(1)], ['https://p16-sign-sg.tiktokcdn.com/b', day(2)],
      ['https://scontent-lhr8-1.cdninstagram.com/c', day(3)], ['https://scontent-ams2-1.cdninstagram.com/d', day(4)],
    ];
    const a = buildFindings({ links: links(input) });
    const b = buildFindings({ links: links([...input].reverse()) });
    expect(b.map((x) => x.id).sort()).toEqual(a.map((x) => x.id).sort());
    expect(new Set(a.map((x) => x.id)).size).toBe(4);
    for (const x of a) expect(x.id).toMatch(/^finding-[0-9a-f]{16}$/);
  });

  it('evidence lists each record once even when it holds several links', () => {
    const occ = links([['https://p16-sign-va.tiktokcdn.com/a', day(1)], ['https://p16-sign-va.tiktokcdn.com/b', day(1)]]);
    const same = occ.map((o) => ({ ...o, eventId: 7, provenance: prov(7) }));
    const [f] = buildFindings({ links: same });
    expect(f).toMatchObject({ count: 2, eventIds: [7] });
    expect(f?.evidence).toHaveLength(1);
  });
});

describe('login findings', () => {
  const T = (h: number): string => new Date(Date.UTC(2024, 0, 1) + h * 3_600_000).toISOString();

  it('grade C per network operator', () => {
    const f = buildFindings({ logins: [login(1, T(0), NET.usAws), login(2, T(5), NET.usAws), login(3, T(6), NET.deIsp)] });
    const aws = f.find((x) => x.kind === 'login-network' && x.count === 2);
    expect(aws?.grade).toBe('C');
    expect(aws?.statement).toBe('2 sign-ins in this export, dated 2024-01-01, came from networks operated by Amazon / AWS (AS16509 "Amazon.com, Inc."). '
      + 'The network\'s operator is not necessarily the person who signed in.');
    expect(aws?.evidence).toHaveLength(2);
  });

  it('grade D only when both country datasets agree on an ordinary network; lower otherwise', () => {
    expect(countryGrade(login(1, T(0), NET.deIsp))).toMatchObject({ country: 'DE', grade: 'D', reasons: [] });
    expect(countryGrade(login(1, T(0), { ...NET.deIsp, registryCountry: 'NL' })).grade).toBe('E');
    expect(countryGrade(login(1, T(0), { ...NET.deIsp, registryCountry: null })).grade).toBe('E');
    expect(countryGrade(login(1, T(0), NET.usMobile)).grade).toBe('E');
    expect(countryGrade(login(1, T(0), NET.usCdn)).grade).toBe('E');
    expect(countryGrade(login(1, T(0), NET.usAws)).grade).toBe('E');
    expect(countryGrade(login(1, T(0), NET.usVpn)).grade).toBe('F');
    expect(countryGrade(login(1, T(0), NET.private))).toMatchObject({ country: null, grade: 'G' });

    const f = buildFindings({ logins: [login(1, T(0), NET.deIsp), login(2, T(1), NET.usVpn), login(3, T(2), NET.private)] });
    const countries = f.filter((x) => x.kind === 'login-country');
    expect(countries.map((x) => x.grade)).toEqual(['D', 'F', 'G']);
    expect(countries[0]?.statement).toMatch(/probably in Germany \(two independent country datasets agree\)/);
    expect(countries[1]?.statement).toMatch(/possibly in the United States \(lower confidence: /);
    expect(countries[1]?.statement).toMatch(/disagree/);
    expect(countries[1]?.statement).toMatch(/server, VPN or platform networks/);
    expect(countries[2]?.statement).toMatch(/cannot be determined offline \(private or reserved addresses\)/);
  });

  it('ids are stable', () => {
    const mk = () => [login(1, T(0), NET.deIsp, { ip: '84.1.1.1' }), login(2, T(1), NET.usAws, { ip: '3.3.3.3' })];
    expect(buildFindings({ logins: mk() }).map((x) => x.id)).toEqual(buildFindings({ logins: mk().reverse() }).map((x) => x.id));
  });
});
