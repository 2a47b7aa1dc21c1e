import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../shared/domain';
import {
  classifyHost, classifyPath, classifyUrl, createHostKnowledge, firstHostRule, normaliseHost, pathTokens, UNKNOWN_RULE,
} from '../../../electron/core/evidence/host-knowledge';
import { HOST_RULES } from '../../../electron/core/evidence/host-rules';
import { PATH_RULES } from '../../../electron/core/evidence/path-rules';
import { evidenceKit } from './data';

const iata = () => evidenceKit().iata;

describe('host rule table', () => {
  it('has unique ids, a basis and at least one example per rule', () => {
    const ids = HOST_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of HOST_RULES) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(r.basis.length, r.id).toBeGreaterThan(10);
      expect(GRADES).toContain(r.grade);
      if (r.grade === 'F') {
        expect(r.token, r.id).toBeTruthy();
        expect(r.confidence, r.id).toBeTruthy();
      }
    }
  });

  it.each(HOST_RULES.flatMap((r) => r.examples.map((ex) => [r.id, ex] as const)))(
    '%s: %s matches this rule and no earlier rule shadows it', (id, example) => {
      expect(firstHostRule(example)?.id).toBe(id);
      const m = classifyHost(example, iata());
      expect(m.ruleId).toBe(id);
      expect(m.statement.length).toBeGreaterThan(20);
      expect(m.owner).toBeTruthy();
    });
});

describe('path rule table', () => {
  it('has unique ids and examples', () => {
    const ids = PATH_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PATH_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  it.each(PATH_RULES.flatMap((r) => r.examples.map((ex) => [r.id, ex] as const)))('%s: %s yields this path hint', (id, url) => {
    const hints = classifyUrl(url, iata()).path;
    expect(hints.map((h) => h.ruleId)).toContain(id);
    for (const h of hints) expect(h.grade).toBe('F');
  });
});

describe('TikTok tokens', () => {
  it('grades host tokens as F clusters with the evidence level', () => {
    expect(classifyHost('p16-sign-va.tiktokcdn.com', iata())).toMatchObject({
      grade: 'F', ruleId: 'tiktok-host-va', location: { kind: 'cluster', country: 'US' },
    });
    expect(classifyHost('p16-sign-sg.tiktokcdn.com', iata()).location.country).toBe('SG');
    expect(classifyHost('p16-pu-sign-no.tiktokcdn-eu.com', iata()).location.country).toBe('NO');
    expect(classifyHost('p16-sign-va.tiktokcdn.com', iata()).statement).toBe(
      'Served from TikTok\'s Virginia (US-East) cluster (inferred from the `-va` host token; public evidence, medium confidence).');
  });

  it('does not interpret pool prefixes (lf16, sf16, p16, v16m)', () => {
    for (const h of ['lf16-tiktok-common.ibytedtos.com', 'sf16-website-login.neutral.ttwstatic.com', 'v16m.tiktokcdn.com', 'p16-sign.tiktokcdn.com']) {
      const m = classifyHost(h, iata());
      expect(m.grade, h).toBe('G');
      expect(m.location.country, h).toBeNull();
    }
  });

  it('does not read two-letter tokens inside words', () => {
    expect(classifyHost('p16-valid.tiktokcdn.com', iata()).ruleId).toBe('tiktok-cdn-global');
    expect(classifyHost('api16-normal-c.tiktokv.com', iata()).ruleId).toBe('tiktok-api-global');
    expect(classifyHost('p16-sign-va.example.com', iata()).ruleId).toBe(UNKNOWN_RULE);
  });

  it('grades path tokens separately from the host', () => {
    const c = classifyUrl('https://v15m.tiktokcdn-eu.com/abc/video/tos/maliva/tos-maliva-ve-0068c799-us/xyz/?a=1', iata());
    expect(c.host).toMatchObject({ ruleId: 'tiktok-domain-eu', grade: 'F' });
    expect(c.path).toHaveLength(1);
    expect(c.path[0]).toMatchObject({ ruleId: 'tiktok-path-maliva', grade: 'F', location: { country: 'US' } });
    expect(c.path[0]?.statement).toMatch(/`tos-maliva` path token/);

    const akamai = classifyUrl('https://p16-tiktokcdn-com.akamaized.net/obj/tos-alisg-p-0037/abc', iata());
    expect(akamai.host.grade).toBe('G');
    expect(akamai.path.map((h) => h.ruleId)).toEqual(['tiktok-path-alisg']);
  });

  it('extracts tos tokens and directories', () => {
    expect(pathTokens('/video/tos/useast2a/tos-useast2a-pve-0068/abc/')).toEqual(['tos/useast2a', 'tos-useast2a-pve-0068']);
    expect(pathTokens('/obj/tos-maliva-p-0068/abc~tplv-jpeg.image')).toEqual(['tos-maliva-p-0068']);
    expect(classifyPath('/image/photos-tos-x/abc')).toEqual([]);
    expect(classifyPath('/obj/tos-useast5-p-0068-tx/abc').map((h) => h.ruleId)).toEqual(['tiktok-path-useast5-tx']);
    expect(classifyPath('/obj/tos-useast2a-avt-0068-euttp/abc').map((h) => h.ruleId)).toEqual(['tiktok-path-euttp']);
  });
});

describe('Meta edge hosts', () => {
  it('resolves the IATA code offline to an E-grade edge location', () => {
    const m = classifyHost('scontent-lhr8-1.cdninstagram.com', iata());
    expect(m).toMatchObject({ grade: 'E', token: 'lhr', location: { kind: 'edge', country: 'GB' } });
    expect(m.location.lat).toBeCloseTo(51.47, 1);
    expect(m.statement).toMatch(/^Delivered through Meta edge servers near London, United Kingdom \(code LHR\)/);

    const fna = classifyHost('instagram.fsyd6-1.fna.fbcdn.net', iata());
    expect(fna).toMatchObject({ grade: 'E', ruleId: 'meta-fna-iata', location: { country: 'AU' } });
    expect(fna.statement).toMatch(/local internet providers/);
  });

  it('downgrades to G when the code is not a known place', () => {
    const m = classifyHost('scontent-qqq1-1.cdninstagram.com', iata());
    expect(m).toMatchObject({ ruleId: 'meta-edge-iata', grade: 'G', location: { kind: 'none', country: null } });
    expect(m.statement).toMatch(/cannot be determined offline/);
  });
});

describe('storage endpoints', () => {
  it('grade B with region and country', () => {
    expect(classifyHost('my-bucket.s3.eu-west-1.amazonaws.com', iata())).toMatchObject({
      grade: 'B', token: 'eu-west-1', location: { kind: 'storage-region', country: 'IE' },
    });
    expect(classifyHost('objectstorage.ap-singapore-1.oraclecloud.com', iata()).location.country).toBe('SG');
    expect(classifyHost('oss-cn-shenzhen.aliyuncs.com', iata()).location.country).toBe('CN');
    expect(classifyHost('bucket-125.cos.eu-frankfurt.myqcloud.com', iata()).location.country).toBe('DE');
    expect(classifyHost('my-bucket.s3.eu-west-1.amazonaws.com', iata()).statement)
      .toBe('Stored in AWS region eu-west-1 (Ireland) (from the file\'s address).');
  });

  it('keeps grade B for a region the table does not know, without a country', () => {
    expect(classifyHost('b.s3.xx-future-9.amazonaws.com', iata())).toMatchObject({ grade: 'B', location: { country: null } });
  });
});

describe('no-location hosts', () => {
  it.each(['pbs.twimg.com', 'd111111abcdef8.cloudfront.net', 'a248.e.akamai.net', 'lh3.googleusercontent.com', 'rr1---sn-4g5e6nsz.googlevideo.com',
    'acct.blob.core.windows.net', 'storage.googleapis.com', 'cf-st.sc-cdn.net', 'foo.global.ssl.fastly.net', 'p16-tiktokcdn-com.akamaized.net'])('%s is G', (h) => {
    const m = classifyHost(h, iata());
    expect(m.grade).toBe('G');
    expect(m.statement).toMatch(/location cannot be determined offline/);
  });

  it('unknown hosts are G with no owner', () => {
    expect(classifyHost('example.org', iata())).toMatchObject({ ruleId: UNKNOWN_RULE, grade: 'G', owner: null });
  });
});

describe('normalisation and URLs', () => {
  it('normalises hosts', () => {
    expect(normaliseHost('HTTPS://P16-Sign-VA.TikTokCDN.com.:443/path')).toBe('p16-sign-va.tiktokcdn.com');
    expect(normaliseHost('user@host.example:8080')).toBe('host.example');
    expect(normaliseHost('[2001:db8::1]:443')).toBe('2001:db8::1');
  });

  it('accepts URLs without a scheme and survives garbage', () => {
    expect(classifyUrl('scontent-lhr8-1.cdninstagram.com/v/t51/abc.jpg', iata()).host.grade).toBe('E');
    expect(classifyUrl('::::', iata())).toMatchObject({ host: { ruleId: UNKNOWN_RULE }, path: [] });
    expect(classifyUrl('mailto:x@y.z', iata()).host.ruleId).toBe(UNKNOWN_RULE);
  });

  it('the memoising knowledge object agrees with the pure functions', () => {
    const hk = createHostKnowledge(iata(), 2);
    for (const h of ['p16-sign-va.tiktokcdn.com', 'scontent-lhr8-1.cdninstagram.com', 'pbs.twimg.com', 'p16-sign-va.tiktokcdn.com']) {
      expect(hk.classifyHost(h)).toEqual(classifyHost(h, iata()));
    }
    expect(hk.classifyUrl('https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/x').path).toHaveLength(1);
  });
});
