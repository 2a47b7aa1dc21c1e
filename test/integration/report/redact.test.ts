/**
 * `whereabouts report --redact`: the same archives give the same redacted bytes; verify passes on
 * an honest redacted report and catches one whose figures were changed, one whose redaction was
 * undone (a raw address put back) and a full report that claims to be redacted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/report';
import { ALL_TEMPLATES, GENERATED_AT, runCommand, tempDir, templateArgs, variantZip } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let zip: string;
const report = (name: string, extra: string[] = []) => {
  const out = join(tmp.dir, name);
  return runCommand('report', [zip, ...templateArgs(ALL_TEMPLATES), '--out', out, '--generated-at', GENERATED_AT, '--quiet', ...extra]).then((r) => {
    expect(r.code, r.err).toBe(0);
    return out;
  });
};
const verify = (file: string) => runCommand('verify', [file, zip]);

beforeAll(async () => {
  tmp = tempDir();
  zip = await variantZip(tmp.dir, 'json-2024');
}, 60_000);
afterAll(() => tmp.remove());

describe('report --redact', () => {
  it('writes the same bytes twice, says it is redacted, and labels every address', async () => {
    const a = readFileSync(await report('a.json', ['--redact']), 'utf8');
    const b = readFileSync(await report('b.json', ['--redact']), 'utf8');
    expect(a).toBe(b);
    const doc = JSON.parse(a) as ReportDocument;
    const full = JSON.parse(readFileSync(await report('full.json'), 'utf8')) as ReportDocument;
    expect(doc.redacted).toBe(true);
    expect(full.redacted).toBeUndefined();
    expect(doc.access.ips.length).toBe(full.access.ips.length);
    expect(doc.access.ips.every((r) => /^address \d+$/.test(r.ip))).toBe(true);
    for (const ip of full.access.ips) expect(a).not.toContain(ip.ip);
    // Counts, countries and owners are the full report's.
    expect(doc.access.ips.map((r) => [r.count, r.country, r.org])).toEqual(full.access.ips.map((r) => [r.count, r.country, r.org]));
    expect(doc.events).toEqual(full.events);
    expect(doc.verdicts.map((v) => v.verdict)).toEqual(full.verdicts.map((v) => v.verdict));
    // Flag ids hash what a flag says: a redacted flag's id is not the full one's (which hashed the address).
    expect(doc.flags.length).toBe(full.flags.length);
    expect(doc.flags.length).toBeGreaterThan(0);
    for (const f of doc.flags) {
      const same = full.flags.find((x) => x.id === f.id);
      // An id is shared only by a flag whose words and citations had nothing to hide.
      if (same) expect({ title: same.title, evidence: same.evidence }).toEqual({ title: f.title, evidence: f.evidence });
    }
    const html = readFileSync(await report('a.html', ['--redact']), 'utf8');
    expect(html).toContain('<h1>Whereabouts report (redacted)');
    expect(html).toContain('id="redacted"');
  });

  it('verifies an honest redacted report (JSON and HTML) and catches edits', async () => {
    const json = await report('r.json', ['--redact']);
    const html = await report('r.html', ['--redact']);
    expect((await verify(json)).code).toBe(0);
    expect((await verify(html)).code).toBe(0);

    const text = readFileSync(json, 'utf8');
    const doc = JSON.parse(text) as ReportDocument;
    const full = JSON.parse(readFileSync(await report('f.json'), 'utf8')) as ReportDocument;
    const write = (name: string, d: unknown) => {
      const p = join(tmp.dir, name);
      writeFileSync(p, `${JSON.stringify(d, null, 2)}\n`);
      return p;
    };
    // A changed count.
    expect((await verify(write('count.json', { ...doc, access: { ...doc.access, logins: doc.access.logins + 1 } }))).code).toBe(1);
    // The redaction undone for one address.
    const ips = doc.access.ips.map((r, i) => (i === 0 ? { ...r, ip: full.access.ips[0]!.ip } : r));
    expect((await verify(write('unredacted.json', { ...doc, access: { ...doc.access, ips } }))).code).toBe(1);
    // A full report that says it is redacted.
    expect((await verify(write('claims-redacted.json', { ...full, redacted: true }))).code).toBe(1);
  });
});
