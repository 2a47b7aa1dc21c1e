/**
 * Every built-in template on generated TikTok exports with known verdicts, through the real
 * pipeline (import → analysis → claims → report document).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimVerdict } from '../../../shared/claims';
import type { ReportDocument } from '../../../shared/report';
import { ALL_TEMPLATES, editedZip, GENERATED_AT, runCommand, tempDir, templateArgs, variantZip } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
const zips: Record<string, string> = {};

async function report(zip: string, args: string[]): Promise<ReportDocument> {
  const out = join(tmp.dir, `r-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCommand('report', [zip, ...args, '--out', out, '--generated-at', GENERATED_AT, '--quiet']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as ReportDocument;
}
const verdictOf = (doc: ReportDocument, id: string): ClaimVerdict => {
  const v = doc.verdicts.find((x) => x.claimId === id);
  if (!v) throw new Error(`no verdict for ${id}`);
  return v;
};

beforeAll(async () => {
  tmp = tempDir();
  zips.y2021 = await variantZip(tmp.dir, 'txt-2020');
  zips.y2022 = await variantZip(tmp.dir, 'json-2022');
  zips.y2024 = await variantZip(tmp.dir, 'json-2024');
  // The same 2024 export, but one video served straight from a documented S3 region in Singapore (grade B).
  zips.s3 = await editedZip(tmp.dir, 'tiktok-s3.zip', 'json-2024', (t) => t.replaceAll('v77.tiktokcdn-us.com', 'tiktok-media.s3.ap-southeast-1.amazonaws.com'));
}, 60_000);
afterAll(() => tmp.remove());

describe('TikTok "US data stored in the US on Oracle since June 2022"', () => {
  it('a 2021-era export (-va, maliva, alisg hosts): not contradicted — every clue predates the claim', async () => {
    const v = verdictOf(await report(zips.y2021!, templateArgs(['tiktok-us-data-oracle'])), 'tiktok-us-data-oracle');
    expect(v.verdict).toBe('not-testable');
    expect(v.evidence.filter((e) => e.country !== null).every((e) => e.role === 'predates')).toBe(true);
    expect(v.evidence.some((e) => e.what.includes('`-va` host token'))).toBe(true);
    expect(v.reasons.join(' ')).toMatch(/dated before 2022-06-17, when the claim applies from/);
    expect(v.reasons.join(' ')).toContain('shows where content was delivered from, not where it is stored');
  });

  it('a 2022 export straddling June 2022: only the later clues count; still not contradicted', async () => {
    const v = verdictOf(await report(zips.y2022!, templateArgs(['tiktok-us-data-oracle'])), 'tiktok-us-data-oracle');
    expect(v.verdict).not.toBe('contradicted');
    expect(v.evidence.some((e) => e.role === 'predates')).toBe(true);
  });

  it('a 2024 export (tiktokcdn-us + useast5-tx, plus Singapore clues): questionable at grade F, never contradicted', async () => {
    const v = verdictOf(await report(zips.y2024!, templateArgs(['tiktok-us-data-oracle'])), 'tiktok-us-data-oracle');
    expect(v).toMatchObject({ verdict: 'questionable', grade: 'F' });
    expect(v.evidence.filter((e) => e.role === 'questions').every((e) => e.country === 'SG' && ['E', 'F', 'G'].includes(e.grade))).toBe(true);
    const usds = v.evidence.find((e) => e.what.includes('tos-useast5-…-tx'));
    expect(usds?.role).toBe('context');
    expect(v.evidence.every((e) => e.role !== 'contradicts')).toBe(true);
    for (const e of v.evidence) for (const c of e.citations) expect(c.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a 2024 export with a video on a documented Singapore S3 region: contradicted at grade B', async () => {
    const v = verdictOf(await report(zips.s3!, templateArgs(['tiktok-us-data-oracle'])), 'tiktok-us-data-oracle');
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'B' });
    const b = v.evidence.find((e) => e.role === 'contradicts');
    expect(b).toMatchObject({ grade: 'B', country: 'SG' });
    expect(b?.what).toContain('stored in AWS region ap-southeast-1 (Singapore)');
  });
});

describe('the other templates on the 2024 export', () => {
  let doc: ReportDocument;
  beforeAll(async () => {
    doc = await report(zips.y2024!, templateArgs(ALL_TEMPLATES));
  });

  it('EEA data in Dublin and Norway (Project Clover): questionable, never contradicted by grade F clues', () => {
    const v = verdictOf(doc, 'tiktok-eea-data-clover');
    expect(v.verdict).toBe('questionable');
    expect(v.evidence.some((e) => e.role === 'predates')).toBe(true);
  });

  it('no sign-ins from data-centre networks: contradicted at grade C by the Oracle Cloud and AWS sign-ins', () => {
    const v = verdictOf(doc, 'no-datacenter-logins');
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'C' });
    const against = v.evidence.filter((e) => e.role === 'contradicts').map((e) => e.what).join(' ');
    expect(against).toContain('AS31898');
    expect(against).toContain('AS16509');
  });

  it('only my devices: not testable without a list', () => {
    expect(verdictOf(doc, 'only-my-devices').verdict).toBe('not-testable');
  });

  it('no third-party apps: not testable (the export lists none, which proves nothing)', () => {
    expect(verdictOf(doc, 'no-third-party-apps').verdict).toBe('not-testable');
  });

  it('login history kept at most 90 days: contradicted by the export\'s own sign-in table (grade A)', () => {
    const v = verdictOf(doc, 'login-history-max-days');
    expect(v).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    expect(v.evidence[0]?.citations.length).toBe(2);
  });

  it('the export contains logins, devices and advertisers: consistent', () => {
    expect(verdictOf(doc, 'export-contains-logins-devices-advertisers')).toMatchObject({ verdict: 'consistent', grade: 'A' });
  });
});

describe('claims from a file', () => {
  it('devices named, a longer retention, and a 2021 export without advertisers', async () => {
    const file = join(tmp.dir, 'claims.json');
    writeFileSync(file, JSON.stringify({
      schema: 'whereabouts.claims/1',
      claims: [
        { template: 'only-my-devices', id: 'iphone-only', test: { devices: ['iPhone14,2'] } },
        { template: 'only-my-devices', id: 'both', test: { devices: ['iPhone14,2', 'SM-G991B'] } },
        { template: 'login-history-max-days', id: 'ten-years', statement: 'Kept at most ten years.', test: { days: 3650 } },
        { template: 'export-contains-logins-devices-advertisers' },
      ],
    }));
    const d24 = await report(zips.y2024!, ['--claims', file]);
    expect(verdictOf(d24, 'iphone-only')).toMatchObject({ verdict: 'contradicted', grade: 'A' });
    expect(verdictOf(d24, 'iphone-only').evidence.find((e) => e.role === 'contradicts')?.what).toContain('SM-G991B');
    expect(verdictOf(d24, 'both').verdict).toBe('consistent');
    expect(verdictOf(d24, 'ten-years').verdict).toBe('consistent');
    const d21 = await report(zips.y2021!, ['--claims', file]);
    expect(verdictOf(d21, 'export-contains-logins-devices-advertisers')).toMatchObject({ verdict: 'contradicted', grade: 'A' });
  });

  it('an invalid claims file is refused with every problem named, exit 1', async () => {
    const file = join(tmp.dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ claims: [{ id: 'x', statement: 'y', test: { type: 'served-or-stored-only-in', mode: 'kept', countries: ['USA'] } }] }));
    const r = await runCommand('report', [zips.y2024!, '--claims', file, '--out', join(tmp.dir, 'never.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json $.claims[0].test.mode: must be "stored" or "served", got "kept"');
    expect(r.err).toContain('bad.json $.claims[0].test.countries[0]: must be a two-letter ISO 3166-1 country code');
  });
});
