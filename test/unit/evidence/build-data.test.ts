import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetCredit } from '../../../shared/domain';
import { evidenceKit, GENERATED, ROOT } from './data';

const run = (): string => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-data.mjs')], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/build-data.mjs', () => {
  it('skips work when its outputs are newer than its inputs', () => {
    evidenceKit();
    const before = fs.readdirSync(GENERATED).map((f) => [f, fs.statSync(path.join(GENERATED, f)).mtimeMs]);
    expect(run()).toMatch(/up to date/);
    const after = fs.readdirSync(GENERATED).map((f) => [f, fs.statSync(path.join(GENERATED, f)).mtimeMs]);
    expect(after).toEqual(before);
  });

  it('writes the tables, the ASN string table, airports and credits', () => {
    evidenceKit();
    const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED, 'ip-tables.json'), 'utf8')) as {
      tables: Record<string, { count: number; family: number }>; countryCodes: string[];
    };
    expect(Object.keys(manifest.tables).sort()).toEqual(['asn-v4', 'asn-v6', 'country-v4', 'country-v6', 'registry-v4', 'registry-v6']);
    expect(manifest.tables['asn-v4']?.count).toBeGreaterThan(400_000);
    expect(manifest.tables['asn-v6']?.family).toBe(6);
    for (const cc of manifest.countryCodes) expect(cc).toMatch(/^[A-Z]{2}$/);

    // Quoted commas and doubled quotes in organisation names survive.
    const orgs = JSON.parse(fs.readFileSync(path.join(GENERATED, 'asn-orgs.json'), 'utf8')) as { asn: number[]; org: string[] };
    expect(orgs.asn.length).toBe(orgs.org.length);
    expect(orgs.org).toContain('Amazon.com, Inc.');
    expect(orgs.org).toContain('LLC "SPUTNIK"');

    const iata = JSON.parse(fs.readFileSync(path.join(GENERATED, 'iata.json'), 'utf8')) as Record<string, [string, string, number, number]>;
    expect(Object.keys(iata).length).toBeGreaterThan(4000);
    expect(iata.LHR?.[1]).toBe('GB');

    const credits = JSON.parse(fs.readFileSync(path.join(GENERATED, 'datasets.json'), 'utf8')) as DatasetCredit[];
    expect(credits.map((c) => c.licence)).toEqual(['CC BY 4.0', 'CC BY 4.0', 'CC BY 4.0', 'Public domain', 'MIT', 'MIT', 'MIT']);
    for (const c of credits.slice(0, 4)) {
      expect(c.date).toMatch(/^2026-0[56]-\d{2}$/); // the npm data is frozen at 2026-06 (location-knowledge §0)
    }
    for (const c of credits) expect(c.url).toMatch(/^https:\/\//);
    // The hosting / datacenter / VPN lists are credited with their commit date (resources/network-lists/README.md).
    expect(credits.slice(4).map((c) => [c.date, c.url])).toEqual([
      ['2026-08-22', 'https://github.com/X4BNet/lists_vpn'],
      ['2026-08-22', 'https://github.com/X4BNet/lists_vpn'],
      ['2026-03-18', 'https://github.com/brianhama/bad-asn-list'],
    ]);
    expect(credits.slice(4).map((c) => c.credit).join(' ')).toMatch(/X4B \(Mathew Heard\).*Brian Hamachek/);
  });
});
