import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIpIntel, type IpIntel } from '../../../electron/core/evidence/ip-intel';
import { evidenceKit, GENERATED } from './data';

let intel: IpIntel;
beforeAll(() => { intel = evidenceKit().ip; });

describe('lookup: known addresses', () => {
  it.each([
    ['8.8.8.8', 15169, 'Google LLC', 'platform'],
    ['129.146.1.1', 31898, 'Oracle Corporation', 'cloud'],
    ['1.1.1.1', 13335, 'Cloudflare, Inc.', 'cdn'],
    ['2001:4860:4860::8888', 15169, 'Google LLC', 'platform'],
    ['157.240.1.35', 32934, 'Facebook, Inc.', 'platform'],
    ['52.95.110.1', 16509, 'Amazon.com, Inc.', 'cloud'],
    ['147.160.176.1', 396986, 'Bytedance Inc.', 'platform'],
  ] as const)('%s -> AS%i %s', (ip, asn, org, kind) => {
    const info = intel.lookup(ip);
    expect(info.asn).toBe(asn);
    expect(info.org).toBe(org);
    expect(info.networkKind).toBe(kind);
    expect(info.kindBasis).toBe('curated');
    expect(info.country).toMatch(/^[A-Z]{2}$/);
    expect(info.registryCountry).toMatch(/^[A-Z]{2}$/);
    expect(info.special).toBeUndefined();
  });

  it('reports versions and curated providers', () => {
    expect(intel.lookup('8.8.8.8')).toMatchObject({ version: 4, provider: 'Google', country: 'US' });
    expect(intel.lookup('2001:4860:4860::8888')).toMatchObject({ version: 6, provider: 'Google' });
    expect(intel.lookup('129.146.1.1').provider).toBe('Oracle Cloud (OCI)');
  });

  it('treats IPv4-mapped IPv6 as the IPv4 address', () => {
    const mapped = intel.lookup('::ffff:8.8.8.8');
    expect(mapped).toMatchObject({ version: 4, asn: 15169, country: intel.lookup('8.8.8.8').country });
    expect(intel.lookup('::ffff:10.0.0.1')).toMatchObject({ networkKind: 'private', special: 'private' });
  });

  it.each([
    ['10.1.2.3', 'private'], ['192.168.1.1', 'private'], ['100.64.0.1', 'cgnat'], ['203.0.113.7', 'documentation'],
    ['127.0.0.1', 'loopback'], ['169.254.1.1', 'link-local'], ['2001:db8::1', 'documentation'], ['fd00::1', 'private'],
    ['fe80::1', 'link-local'], ['ff02::1', 'multicast'], ['::1', 'loopback'],
  ] as const)('%s is %s: private kind, no country, no lookup', (ip, special) => {
    const info = intel.lookup(ip);
    expect(info).toMatchObject({ special, networkKind: 'private', country: null, registryCountry: null, asn: null, org: null });
  });

  it.each(['', 'nonsense', '999.1.1.1', '1.2.3', 'fe80:::1'])('never throws on %j', (s) => {
    const info = intel.lookup(s);
    expect(info).toMatchObject({ version: null, networkKind: 'unknown', country: null, asn: null });
  });

  it('survives non-string input at run time', () => {
    // Deliberately wrong type: the store may hand in whatever an export contained.
    const info = intel.lookup(42 as unknown as string);
    expect(info.networkKind).toBe('unknown');
  });

  it('accepts ports and brackets', () => {
    expect(intel.lookup('8.8.8.8:443').asn).toBe(15169);
    expect(intel.lookup('[2001:4860:4860::8888]:443').asn).toBe(15169);
  });
});

describe('datasets', () => {
  it('credits every dataset with the data date from the package version', () => {
    const names = intel.datasets.map((d) => d.credit);
    expect(names).toContain('IP to country: DB-IP Lite (db-ip.com), CC BY 4.0');
    expect(names).toContain('ASN data: RouteViews, DB-IP, NRO — CC BY 4.0');
    expect(names).toContain('Registry country: NRO delegated statistics, CC BY 4.0');
    expect(names.some((c) => c.includes('OurAirports'))).toBe(true);
    for (const d of intel.datasets) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dbip = intel.datasets.find((d) => d.credit.startsWith('IP to country'));
    expect(dbip?.date).toBe('2026-06-01');
    const asn = intel.datasets.find((d) => d.credit.startsWith('ASN data'));
    expect(asn?.date).toBe('2026-06-17');
  });
});

describe('loader', () => {
  it('says "run npm run build" when the data is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-empty-'));
    expect(() => loadIpIntel(empty)).toThrow(/run npm run build/);
  });

  it('rejects a table from another format version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-bad-'));
    // Only the dataset files: resources/generated also holds folders (the sample export).
    for (const f of fs.readdirSync(GENERATED, { withFileTypes: true })) if (f.isFile()) fs.copyFileSync(path.join(GENERATED, f.name), path.join(dir, f.name));
    const bad = fs.readFileSync(path.join(dir, 'ip-asn-v4.bin'));
    bad.writeUInt32LE(99, 4);
    fs.writeFileSync(path.join(dir, 'ip-asn-v4.bin'), bad);
    expect(() => loadIpIntel(dir)).toThrow(/run npm run build/);
  });

  it('finds the project data without an explicit folder', () => {
    expect(loadIpIntel().lookup('1.1.1.1').asn).toBe(13335);
  });
});
