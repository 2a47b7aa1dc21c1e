/**
 * CLI --json parity across platforms: every platform's generated export, through the whole
 * pipeline, gives a schema-valid analyze document whose totals equal what the generator wrote,
 * and whose access data feeds the Who ledger, flags and findings.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../electron/core/report/analyze-json';
import { openDb } from '../../electron/core/store/db';
import { writeFacebookZip } from '../fixtures/generators/facebook';
import { writeGoogleZip } from '../fixtures/generators/google';
import { writeInstagramZip } from '../fixtures/generators/instagram';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { writeXZip } from '../fixtures/generators/x';
import { importInto, realEvidence, tempDir } from './helpers';

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'contracts', 'analyze.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

interface Counts { events: number; facts: number; logins: number; distinctIps: number }

const cases: [string, string, (p: string) => Promise<Counts>][] = [
  ['instagram', 'instagram-alice-2025-03-01-x.zip', (p) => writeInstagramZip(p, { variant: '2025', seed: 3 })],
  ['facebook', 'facebook-zoe-2024-05-01-y.zip', (p) => writeFacebookZip(p, { variant: '2024', seed: 3 })],
  ['google', 'takeout-20240301T101010Z-1.zip', (p) => writeGoogleZip(p, { variant: 'en', seed: 3 })],
  ['x', 'twitter-2025-01-01-abcdef.zip', (p) => writeXZip(p, { variant: 'current', seed: 3 })],
];

describe.each(cases)('%s export → analyze --json', (platform, name, write) => {
  it('is schema-valid, with the generator\'s totals and an access ledger', async () => {
    const dir = tempDir();
    const zip = join(dir, name);
    const expected = await write(zip);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip]);
    expect(outcome.status, outcome.message ?? '').toBe('imported');
    const doc = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.sources[0]!.platform).toBe(platform);
    expect(doc.events.total).toBe(expected.events);
    expect(doc.sources[0]!.facts).toBe(expected.facts);
    expect(doc.access.logins).toBe(expected.logins);
    expect(doc.access.ips.length).toBe(expected.distinctIps);
    expect(doc.access.ips.some((i) => i.asn !== null && i.org !== null)).toBe(true);
    expect(doc.findings.some((f) => f.kind === 'login-network')).toBe(true);
    expect(doc.datasets.length).toBeGreaterThan(0);
    // docs/analyze-json.md: every time is ISO-8601 UTC with seconds, never milliseconds.
    const times: string[] = [];
    JSON.stringify(doc, (_k, v: unknown) => {
      if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v)) times.push(v);
      return v;
    });
    expect(times.length).toBeGreaterThan(4);
    expect(times.filter((t) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(t))).toEqual([]);
    db.close();
  });
});

describe('one person, several platforms', () => {
  it('makes one ledger: an IP seen on TikTok and Instagram is one row naming both', async () => {
    const dir = tempDir();
    const db = openDb(join(dir, 'p.db'));
    const tiktok = join(dir, 'TikTok_Data_sample.zip');
    const insta = join(dir, 'instagram-asa-2025-01-01-z.zip');
    await writeTikTokZip(tiktok, { variant: 'json-2024', seed: 20240917 });
    await writeInstagramZip(insta, { variant: '2024', seed: 3 });
    const ids = [...(await importInto(db, [tiktok])).sourceIds, ...(await importInto(db, [insta])).sourceIds];
    expect(ids).toHaveLength(2);
    const doc = analyzeDocument(db, ids, realEvidence().datasets, []);
    const both = doc.access.ips.filter((i) => i.platforms.includes('tiktok') && i.platforms.includes('instagram'));
    expect(both.length).toBeGreaterThan(0);
    expect(doc.sources.map((s) => s.platform).sort()).toEqual(['instagram', 'tiktok']);
    expect(doc.events.total).toBe(doc.sources.reduce((n, s) => n + s.events, 0));
    db.close();
  });
});
