/**
 * `verify`: passes on an honest report (JSON and HTML), catches a tampered verdict or count (in
 * the JSON, in the HTML's embedded JSON, and in the HTML's visible text), a different archive, and
 * says so plainly when the report was made by another tool version.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TEMPLATES, GENERATED_AT, runCommand, tempDir, templateArgs, variantZip } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let zip24: string;
let zip23: string;
let json: string;
let html: string;

beforeAll(async () => {
  tmp = tempDir();
  zip24 = await variantZip(tmp.dir, 'json-2024');
  zip23 = await variantZip(tmp.dir, 'json-2023');
  json = join(tmp.dir, 'report.json');
  html = join(tmp.dir, 'report.html');
  for (const out of [json, html]) {
    const r = await runCommand('report', [zip24, ...templateArgs(ALL_TEMPLATES), '--out', out, '--generated-at', GENERATED_AT, '--quiet']);
    expect(r.code, r.err).toBe(0);
  }
}, 60_000);
afterAll(() => tmp.remove());

const edited = (from: string, name: string, edit: (t: string) => string): string => {
  const p = join(tmp.dir, name);
  const text = readFileSync(from, 'utf8');
  const next = edit(text);
  expect(next).not.toBe(text);
  writeFileSync(p, next);
  return p;
};

describe('verify', () => {
  it('MATCH for an honest JSON report and an honest HTML report', async () => {
    for (const file of [json, html]) {
      const r = await runCommand('verify', [file, zip24]);
      expect(r.code, r.out + r.err).toBe(0);
      expect(r.out).toMatch(/match {5}tiktok-json-2024-1\.zip {2}SHA-256 [0-9a-f]{64} is in the report/);
      expect(r.out).toContain('Overall: MATCH');
      expect(r.out).not.toContain('MISMATCH');
    }
    expect((await runCommand('verify', [html, zip24])).out).toContain('match     html page');
  });

  it('catches an edited verdict in the JSON', async () => {
    const file = edited(json, 'tampered-verdict.json', (t) => t.replace('"verdict": "contradicted"', '"verdict": "consistent"'));
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('MISMATCH  claims');
    expect(r.out).toMatch(/claims\.verdicts\[\d\]\.verdict: the report says "consistent", recomputed "contradicted"/);
    expect(r.out).toContain('Overall: MISMATCH');
  });

  it('catches an edited count in the HTML\'s embedded JSON', async () => {
    const file = edited(html, 'tampered-count.html', (t) => t.replace(/("logins": )(\d+)/, (_m, k: string, n: string) => `${k}${Number(n) + 1}`));
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('MISMATCH  access');
    expect(r.out).toMatch(/access\.logins: the report says \d+, recomputed \d+/);
  });

  it('catches an edited verdict in the HTML\'s embedded JSON', async () => {
    const file = edited(html, 'tampered-embedded.html', (t) => t.replace('"verdict": "contradicted"', '"verdict": "consistent"'));
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('MISMATCH  claims');
  });

  it('catches an edit to the visible HTML even when the embedded JSON is untouched', async () => {
    const file = edited(html, 'tampered-visible.html', (t) => t.replace('<span class="badge v-contradicted">Contradicted</span>', '<span class="badge v-consistent">Consistent</span>'));
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('match     claims');
    expect(r.out).toContain('MISMATCH  html page');
  });

  it('catches a different archive', async () => {
    const r = await runCommand('verify', [json, zip23]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/MISMATCH {2}tiktok-json-2023-1\.zip {2}SHA-256 [0-9a-f]{64} is not in the report/);
    expect(r.out).toMatch(/MISSING {3}tiktok-json-2024-1\.zip/);
    expect(r.out).toContain('Overall: MISMATCH');
  });

  it('warns plainly about another tool version, and still compares', async () => {
    const file = edited(json, 'other-version.json', (t) => t.replace(/("tool": \{\n\s+"name": "whereabouts",\n\s+"version": )"[^"]+"/, '$1"0.0.1-old"'));
    const r = await runCommand('verify', [file, zip24]);
    expect(r.out).toMatch(/Warning: this report was made by whereabouts 0\.0\.1-old; this is \S+\. Differences may come from the tool having changed/);
    expect(r.out).toContain('Overall: MATCH');
    expect(r.code).toBe(0);
  });

  it('tolerates a byte-order mark added by an editor or a download', async () => {
    const file = edited(html, 'bom.html', (t) => `\uFEFF${t}`);
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code, r.out).toBe(0);
  });

  it('refuses a file that is not a report', async () => {
    const file = join(tmp.dir, 'not-a-report.html');
    writeFileSync(file, '<!DOCTYPE html><p>hello</p>');
    const r = await runCommand('verify', [file, zip24]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('has no embedded report');
  });
});
