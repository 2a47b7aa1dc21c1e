/**
 * The built CLI end to end: `node bin/whereabouts.js report …` then `verify`. Needs `npm run build`
 * first (CI builds before testing); skipped visibly when the build predates these commands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TEMPLATES, GENERATED_AT, tempDir, templateArgs, variantZip } from './fixtures';

const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'whereabouts.js');
const CLI = join(ROOT, 'out', 'main', 'cli.js');
const built = existsSync(CLI) && readFileSync(CLI, 'utf8').includes('verify');
if (!built) console.warn('report cli.test: SKIPPED, out/main/cli.js is missing or older than the report/verify commands (run npm run build).');

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

let tmp: ReturnType<typeof tempDir>;
let zip: string;
beforeAll(async () => {
  tmp = tempDir();
  zip = await variantZip(tmp.dir, 'json-2024');
}, 60_000);
afterAll(() => tmp.remove());

describe.skipIf(!built)('whereabouts report / verify (built CLI)', () => {
  it('writes an HTML report whose bytes repeat, and verify says MATCH', () => {
    const a = join(tmp.dir, 'a.html');
    const b = join(tmp.dir, 'b.html');
    for (const out of [a, b]) {
      const r = run(['report', zip, ...templateArgs(ALL_TEMPLATES), '--out', out, '--generated-at', GENERATED_AT]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^contradicted +no-datacenter-logins: /m);
      expect(r.stdout).toMatch(/^Wrote .*a?b?\.html \(\d+ bytes, SHA-256 [0-9a-f]{64}\)\.$/m);
    }
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const v = run(['verify', a, zip]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toContain('Overall: MATCH');
  });

  it('--time-zone shows the HTML in that zone and verify still says MATCH', () => {
    const out = join(tmp.dir, 'zone.html');
    const r = run(['report', zip, '--template', 'no-datacenter-logins', '--out', out, '--generated-at', GENERATED_AT, '--time-zone', 'America/New_York']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Times on this page are in America/New_York');
    const v = run(['verify', out, zip]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toContain('Overall: MATCH');
    expect(run(['report', zip, '--template', 'no-datacenter-logins', '--out', out, '--time-zone', 'Nowhere/Land']).status).toBe(2);
  });

  it('usage errors exit 2; --help lists both commands', () => {
    expect(run(['report', zip, '--out', join(tmp.dir, 'x.html')]).status).toBe(2);
    expect(run(['report', zip, '--template', 'no-datacenter-logins', '--out', join(tmp.dir, 'x.docx')]).status).toBe(2);
    expect(run(['verify', join(tmp.dir, 'a.html')]).status).toBe(2);
    const help = run(['--help']).stdout;
    expect(help).toMatch(/^ {2}report +Test claims/m);
    expect(help).toMatch(/^ {2}verify +Check a report/m);
  });

  it('PDF: a real PDF through the local Chromium, or one clear line and exit 1 without it', () => {
    const out = join(tmp.dir, 'r.pdf');
    const missing = run(['report', zip, '--template', 'no-datacenter-logins', '--out', out, '--generated-at', GENERATED_AT, '--db', join(tmp.dir, 'p.db')]);
    if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
      expect(missing.status, missing.stderr).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const r = spawnSync(process.execPath, [BIN, 'report', zip, '--template', 'no-datacenter-logins', '--out', join(tmp.dir, 'n.pdf')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: join(tmp.dir, 'no-chromium-here') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('PDF output needs Chromium, not found at');
  }, 60_000);
});
