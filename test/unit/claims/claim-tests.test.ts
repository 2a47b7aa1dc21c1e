/** Each claim test on hand-made evidence: the verdict, the deciding grade, and the plain-words reasons. */
import { describe, expect, it } from 'vitest';
import type { ClaimVerdict } from '../../../shared/claims';
import { evaluateClaim, evaluateClaims } from '../../../electron/core/claims/evaluate';
import type { ClaimEvidence } from '../../../electron/core/claims/input';
import { NOT_STORAGE_REASON } from '../../../electron/core/claims/tests/served-or-stored';
import { addLocation, addNetwork, app, claimWith, device, emptyDoc, finding, loginTable, makeInput, SHA, template } from './make-input';

const SOURCES = [{ sha256: SHA, platform: 'tiktok' }];
const run = (claim: Parameters<typeof evaluateClaim>[0], input: ClaimEvidence): ClaimVerdict => evaluateClaim(claim, SOURCES, () => input);
const AFTER = '2024-03-01T10:00:00Z';
const BEFORE = '2021-05-01T10:00:00Z';

describe('served-or-stored-only-in (the Oracle template)', () => {
  const oracle = template('tiktok-us-data-oracle');

  it('serving evidence only, all inside the US: not testable, because an export shows delivery, not storage', () => {
    const input = makeInput();
    addLocation(input, finding('path-location', 'F', AFTER), 'US');
    addLocation(input, finding('host-location', 'G', AFTER, AFTER, 65), null, 'none');
    const v = run(oracle, input);
    expect(v.verdict).toBe('not-testable');
    expect(v.headline).toContain('shows where content was delivered from, not where it is stored');
    expect(v.reasons[0]).toContain(NOT_STORAGE_REASON);
    expect(v.reasons.join(' ')).toContain('65 links went through networks whose location cannot be determined offline');
    expect(v.evidence.map((e) => e.role).sort()).toEqual(['context', 'context']);
  });

  it('serving evidence outside the US after June 2022: questionable (grade F), never contradicted', () => {
    const input = makeInput();
    addLocation(input, finding('path-location', 'F', AFTER), 'SG');
    const v = run(oracle, input);
    expect(v).toMatchObject({ verdict: 'questionable', grade: 'F' });
    expect(v.reasons.join(' ')).toContain(NOT_STORAGE_REASON);
    expect(v.reasons.join(' ')).toContain('about links outside the United States (SG)');
  });

  it('evidence before 17 June 2022 does not count, and the verdict says so', () => {
    const input = makeInput();
    addLocation(input, finding('path-location', 'F', BEFORE), 'SG');
    addLocation(input, finding('host-location', 'B', BEFORE), 'SG', 'storage-region', 'Alibaba Cloud');
    const v = run(oracle, input);
    expect(v.verdict).toBe('not-testable');
    expect(v.evidence.every((e) => e.role === 'predates')).toBe(true);
    expect(v.reasons.join(' ')).toContain('2 pieces of evidence are dated before 2022-06-17, when the claim applies from');
  });

  it('documented storage (grade B) outside the US after the date: contradicted at grade B', () => {
    const input = makeInput();
    addLocation(input, finding('host-location', 'B', AFTER), 'SG', 'storage-region', 'Alibaba Cloud');
    const v = run(oracle, input);
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'B' });
    expect(v.headline).toBe('Contradicted: grade B, documented naming convention evidence shows content stored outside the United States by Oracle.');
  });

  it('documented storage in the US by Oracle: consistent; by AWS: contradicted (the claim names Oracle)', () => {
    const oci = makeInput();
    addLocation(oci, finding('host-location', 'B', AFTER), 'US', 'storage-region', 'Oracle Cloud');
    expect(run(oracle, oci)).toMatchObject({ verdict: 'consistent', grade: 'B' });
    const aws = makeInput();
    addLocation(aws, finding('host-location', 'B', AFTER), 'US', 'storage-region', 'Amazon Web Services');
    expect(run(oracle, aws)).toMatchObject({ verdict: 'contradicted', grade: 'B' });
  });

  it('storage evidence spanning the claim date contradicts (its newest record is after the date)', () => {
    const input = makeInput();
    addLocation(input, finding('host-location', 'B', BEFORE, AFTER), 'SG', 'storage-region', 'Alibaba Cloud');
    expect(run(oracle, input).verdict).toBe('contradicted');
  });

  it('undated storage evidence against a dated claim only raises a question', () => {
    const input = makeInput();
    addLocation(input, finding('host-location', 'B', null), 'SG', 'storage-region', 'Alibaba Cloud');
    expect(run(oracle, input).verdict).toBe('questionable');
  });

  it('says whom the claim is about and where the sign-ins came from', () => {
    const doc = emptyDoc();
    doc.access.logins = 10;
    doc.access.countries = [{ country: 'DE', logins: 7, ips: 2 }, { country: null, logins: 1, ips: 1 }, { country: 'US', logins: 2, ips: 1 }];
    const v = run(oracle, makeInput({ doc }));
    expect(v.reasons.at(-1)).toBe('The claim is about US users; an export does not say whether the account counts as one. Most of its sign-ins (7 of 10) came from addresses placed in Germany.');
  });

  it('a claim about serving: grade F inside → consistent (weakly), outside → questionable', () => {
    const claim = claimWith({ type: 'served-or-stored-only-in', mode: 'served', countries: [], regions: ['EEA'], providers: [] });
    const inside = makeInput();
    addLocation(inside, finding('path-location', 'F', AFTER), 'NO');
    expect(run(claim, inside)).toMatchObject({ verdict: 'consistent', grade: 'F' });
    const outside = makeInput();
    addLocation(outside, finding('path-location', 'F', AFTER), 'NO');
    addLocation(outside, finding('path-location', 'E', AFTER), 'US', 'edge');
    expect(run(claim, outside)).toMatchObject({ verdict: 'questionable', grade: 'E' });
  });
});

describe('no-datacenter-logins', () => {
  const claim = template('no-datacenter-logins');
  it('a cloud network (curated) contradicts at grade C; a home provider supports', () => {
    const input = makeInput();
    addNetwork(input, finding('login-network', 'C', AFTER), 'isp');
    addNetwork(input, finding('login-network', 'C', AFTER), 'cloud');
    const v = run(claim, input);
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'C' });
    expect(v.headline).toContain('1 sign-in came from cloud, hosting, VPN or platform networks');
    expect(v.reasons.join(' ')).toContain('It shows the network\'s operator, not the person.');
  });
  it('only ordinary networks: consistent; no sign-ins: not testable', () => {
    const input = makeInput();
    addNetwork(input, finding('login-network', 'C', AFTER), 'mobile');
    expect(run(claim, input).verdict).toBe('consistent');
    expect(run(claim, makeInput()).verdict).toBe('not-testable');
  });
  it('a network whose kind was only guessed can question, not contradict', () => {
    const input = makeInput();
    addNetwork(input, finding('login-network', 'C', AFTER), 'hosting', false);
    const v = run(claim, input);
    expect(v).toMatchObject({ verdict: 'questionable', grade: 'F' });
    expect(v.reasons.join(' ')).toContain('kind was guessed from the name');
  });
});

describe('only-known-devices', () => {
  const base = template('only-my-devices');
  const devices = [device('iPhone14,2 · iOS 17.5.1', 'A', AFTER), device('SM-G991B · Android 14', 'A', AFTER, AFTER, { GAID: 'abc-123' })];
  it('without a list: not testable, and it lists the devices seen', () => {
    const v = run(base, makeInput({ loginDevices: devices }));
    expect(v.verdict).toBe('not-testable');
    expect(v.reasons[0]).toContain('iPhone14,2 · iOS 17.5.1 and SM-G991B · Android 14');
  });
  it('an unlisted device contradicts (the export\'s own records, grade A); listing it too makes it consistent', () => {
    const only = { ...base, test: { type: 'only-known-devices' as const, devices: ['iphone14,2'] } };
    expect(run(only, makeInput({ loginDevices: devices }))).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    const both = { ...base, test: { type: 'only-known-devices' as const, devices: ['iPhone14,2', 'abc-123'] } };
    expect(run(both, makeInput({ loginDevices: devices })).verdict).toBe('consistent');
  });
});

describe('no-third-party-apps', () => {
  const claim = template('no-third-party-apps');
  it('an app listed contradicts; none listed is not testable (absence is not proof)', () => {
    expect(run(claim, makeInput({ apps: [app('Example Scheduler', 'A', AFTER)] }))).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    const v = run(claim, makeInput());
    expect(v.verdict).toBe('not-testable');
    expect(v.reasons[0]).toContain('cannot tell the two apart');
  });
});

describe('login-history-retention-max-days', () => {
  it('a table spanning longer than N days contradicts; a shorter one is consistent with a caveat', () => {
    const claim = claimWith({ type: 'login-history-retention-max-days', days: 90 });
    const long = run(claim, makeInput({ loginTables: [loginTable('2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z')] }));
    expect(long).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    expect(long.headline).toContain('spanning 365 days, more than 90');
    const short = run(claim, makeInput({ loginTables: [loginTable('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')] }));
    expect(short.verdict).toBe('consistent');
    expect(short.reasons[0]).toContain('lower bound');
    expect(run(claim, makeInput()).verdict).toBe('not-testable');
  });
});

describe('export-contains', () => {
  const claim = template('export-contains-logins-devices-advertisers');
  const doc = (): ReturnType<typeof emptyDoc> => {
    const d = emptyDoc();
    d.events.byKind = { login: 4 };
    d.access.devices = [{ id: 1, model: 'x', system: null, identifiers: {}, count: 1, first: null, last: null, platforms: ['tiktok'] }];
    return d;
  };
  it('all present → consistent; one missing with every file read → contradicted (grade A)', () => {
    expect(run(claim, makeInput({ doc: doc(), factCounts: { advertiser: 3 } })).verdict).toBe('consistent');
    const v = run(claim, makeInput({ doc: doc() }));
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    expect(v.headline).toBe('Contradicted: the export holds no "advertiser" records (grade A, stated / the export\'s own records).');
  });
  it('a missing category while some files could not be read is only questionable', () => {
    const d = doc();
    d.sources[0]!.coverage.unknown = [{ member: 'Ads/Advertisers.html' }];
    const v = run(claim, makeInput({ doc: d }));
    expect(v.verdict).toBe('questionable');
    expect(v.reasons[0]).toContain('Ads/Advertisers.html');
  });
});

describe('subject and scope', () => {
  it('a claim about another platform or a missing archive is not testable, without calling the resolver', () => {
    const claim = { ...template('no-datacenter-logins'), subject: { platform: 'instagram' as const, sourceSha256: null } };
    const v = evaluateClaim(claim, SOURCES, () => { throw new Error('not called'); });
    expect(v).toMatchObject({ verdict: 'not-testable', sources: [] });
    expect(v.reasons[0]).toContain('No instagram export is among the inputs');
    const other = { ...template('no-datacenter-logins'), subject: { platform: 'any' as const, sourceSha256: 'cd'.repeat(32) } };
    expect(evaluateClaim(other, SOURCES, () => makeInput()).reasons[0]).toContain('is not among the inputs');
  });
  it('evaluateClaims asks the resolver once per distinct scope', () => {
    let calls = 0;
    const r = evaluateClaims([template('no-datacenter-logins'), template('no-third-party-apps')], SOURCES, () => { calls++; return makeInput(); });
    expect(calls).toBe(1);
    expect(r.verdicts.map((v) => v.claimId)).toEqual(['no-datacenter-logins', 'no-third-party-apps']);
  });
});
