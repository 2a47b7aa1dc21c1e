/**
 * The workshop personas end to end: the build wrote exactly what the recipes write (same bytes,
 * twice), `analyze --persona ID --json` imports them with every source marked synthetic, and each
 * story's facts are in the imported data (checked against the generators' own models).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeDocument } from '../../../shared/analyze';
import { createAnalyzeCommand } from '../../../electron/cli/analyze-command';
import { PERSONAS, personaById } from '../../../electron/core/personas/catalogue';
import { personaPaths, personasDir } from '../../../electron/core/personas/paths';
import { defaultResourcesDir } from '../../../electron/core/resources';
import { generateFacebookExport } from '../../fixtures/generators/facebook';
import { generateGoogleTakeout, CLOUD_IP } from '../../fixtures/generators/google';
import { generateInstagramExport, SHARED_TIKTOK_IP } from '../../fixtures/generators/instagram';
import { generateTikTokExport } from '../../fixtures/generators/tiktok';
import { generateXArchive, X_CLOUD_IP } from '../../fixtures/generators/x';
import {
  COMMUTER_INSTAGRAM, COMMUTER_TIKTOK, JOURNALIST_GOOGLE, JOURNALIST_X, TAKEOVER_FACEBOOK, TEEN_TIKTOK, writePersonas,
} from '../../fixtures/personas/recipes';
import { tempDir } from '../helpers';

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

async function analyzePersona(id: string): Promise<AnalyzeDocument> {
  const out: string[] = [];
  const err: string[] = [];
  const cmd = createAnalyzeCommand({ out: (l) => out.push(l), err: (l) => err.push(l) });
  const code = await cmd.run(['--persona', id, '--json', '--quiet', '--db', join(tempDir(), 'p.db')]);
  expect(code, err.join('\n')).toBe(0);
  return JSON.parse(out.join('\n')) as AnalyzeDocument;
}

const ip = (doc: AnalyzeDocument, address: string) => doc.access.ips.find((r) => r.ip === address);

describe('persona exports', () => {
  let first: string;
  beforeAll(async () => {
    first = tempDir();
    await writePersonas(first);
  }, 60_000);

  it('are written with the same bytes every time, and the build holds exactly those', async () => {
    const second = tempDir();
    await writePersonas(second);
    const built = personasDir(defaultResourcesDir());
    let files = 0;
    for (const p of PERSONAS) {
      for (const e of p.exports) {
        for (const f of e.files) {
          const a = sha(join(first, p.id, f));
          expect(sha(join(second, p.id, f))).toBe(a);
          expect(sha(join(built, p.id, f)), `${p.id}/${f}: run npm run build`).toBe(a);
          files++;
        }
      }
    }
    expect(files).toBe(7);
  }, 60_000);
});

describe('analyze --persona', () => {
  it('teen-tiktok: a new Android phone signing in from cloud networks, as the story tells', async () => {
    const doc = await analyzePersona('teen-tiktok');
    const { expected, model } = generateTikTokExport(TEEN_TIKTOK);
    expect(doc.sources.map((s) => [s.platform, s.synthetic])).toEqual([['tiktok', true]]);
    expect(doc.access.logins).toBe(expected.logins);
    expect(doc.events.total).toBe(expected.events);
    expect(doc.events.byKind.watch).toBe(expected.byKind.watch);
    expect(doc.events.byKind.watch).toBeGreaterThan(100);
    const galaxy = model.logins.filter((l) => l.model === 'SM-G991B');
    expect(galaxy).toHaveLength(2);
    for (const l of galaxy) expect(ip(doc, l.ip)?.networkKind).toBe('cloud');
    expect(galaxy.map((l) => ip(doc, l.ip)?.org).sort()).toEqual(['Amazon.com, Inc.', 'Oracle Corporation']);
    expect(doc.access.devices.find((d) => d.model === 'SM-G991B')?.count).toBe(2);
    expect(doc.access.ips.filter((r) => r.country === 'SE').map((r) => r.count)).toEqual([1]);
    const story = personaById('teen-tiktok')?.story ?? '';
    for (const word of ['SM-G991B', 'Oracle', 'AWS', 'Swedish']) expect(story).toContain(word);
  });

  it('commuter-instagram-tiktok: Swedish lines on Instagram, German ones on TikTok, one address both saw', async () => {
    const doc = await analyzePersona('commuter-instagram-tiktok');
    const ig = generateInstagramExport(COMMUTER_INSTAGRAM).model;
    const tt = generateTikTokExport(COMMUTER_TIKTOK).model;
    expect(doc.sources.map((s) => s.platform).sort()).toEqual(['instagram', 'tiktok']);
    expect(doc.sources.every((s) => s.synthetic)).toBe(true);
    expect(ig.logins.some((l) => l.ip === SHARED_TIKTOK_IP)).toBe(true);
    expect(tt.logins.some((l) => l.ip === SHARED_TIKTOK_IP)).toBe(true);
    expect(ip(doc, SHARED_TIKTOK_IP)?.country).toBe('SE');
    expect(ip(doc, '2.64.210.9')?.networkKind).toBe('mobile');
    expect(ip(doc, '84.157.23.41')?.country).toBe('DE');
    expect(doc.access.ips.filter((r) => r.networkKind === 'vpn').map((r) => r.provider)).toEqual(['Mullvad VPN']);
    expect(doc.flags.some((f) => f.kind === 'new-device-security')).toBe(true);
    expect(ig.passwordChanges.length).toBeGreaterThan(0);
  });

  it('journalist-x-google: connected apps, a Hetzner sign-in on X, a password change and a DigitalOcean sign-in on Google', async () => {
    const doc = await analyzePersona('journalist-x-google');
    const x = generateXArchive(JOURNALIST_X).expected;
    const g = generateGoogleTakeout(JOURNALIST_GOOGLE).expected;
    expect(doc.sources.map((s) => [s.platform, s.parts.length, s.synthetic]).sort()).toEqual([['google', 2, true], ['x', 1, true]]);
    expect(doc.access.logins).toBe(x.logins + g.logins);
    expect(doc.events.byKind.app_authorised).toBe((x.byKind.app_authorised ?? 0) + (g.byKind.app_authorised ?? 0));
    expect(doc.events.byKind.app_authorised).toBe(3);
    expect(doc.events.byKind.password_change).toBe((g.byKind.password_change ?? 0) + (x.byKind.password_change ?? 0));
    expect(doc.events.byKind.password_change).toBeGreaterThan(0);
    expect(ip(doc, X_CLOUD_IP)?.org).toMatch(/Hetzner/);
    expect(ip(doc, X_CLOUD_IP)?.networkKind).toBe('hosting');
    expect(ip(doc, CLOUD_IP)?.org).toMatch(/DigitalOcean/);
    expect(doc.access.apps.map((a) => a.name)).toContain('Nordpfad Scheduler');
  });

  it('takeover-facebook: OVH login and logout, an AWS session on an unknown Linux device through Puzzle Garden', async () => {
    const doc = await analyzePersona('takeover-facebook');
    const model = generateFacebookExport(TAKEOVER_FACEBOOK).model;
    expect(doc.sources.map((s) => [s.platform, s.synthetic])).toEqual([['facebook', true]]);
    expect(model.accesses.filter((a) => a.ip === '176.31.2.3').map((a) => a.action).sort()).toEqual(['login', 'logout']);
    expect(ip(doc, '176.31.2.3')?.networkKind).toBe('hosting');
    expect(ip(doc, '176.31.2.3')?.org).toMatch(/OVH/);
    const stranger = model.sessions.find((s) => s.app === 'Puzzle Garden');
    expect(stranger?.ip).toBe('3.120.45.7');
    expect(stranger?.location).toMatch(/^Frankfurt/);
    expect(stranger?.device).toBe('Linux');
    expect(ip(doc, '3.120.45.7')?.networkKind).toBe('cloud');
    expect(doc.access.devices.some((d) => d.model === 'Linux')).toBe(true);
    expect(doc.access.apps.some((a) => a.name === 'Puzzle Garden')).toBe(true);
  });

  it('leaves an export given by path unmarked, beside a persona in the same run', async () => {
    const dir = tempDir();
    const own = join(dir, 'TikTok_Data_1700000000.zip');
    const { writeTikTokZip } = await import('../../fixtures/generators/tiktok');
    await writeTikTokZip(own, { variant: 'json-2023', seed: 7 });
    const out: string[] = [];
    const code = await createAnalyzeCommand({ out: (l) => out.push(l), err: () => undefined })
      .run([own, '--persona', 'takeover-facebook', '--json', '--quiet', '--db', join(dir, 'a.db')]);
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('\n')) as AnalyzeDocument;
    expect(doc.sources.map((s) => [s.platform, s.synthetic]).sort()).toEqual([['facebook', true], ['tiktok', false]]);
  });

  it('every persona resolves to files that exist in the build', () => {
    for (const p of PERSONAS) expect(personaPaths(defaultResourcesDir(), p.id)).toHaveLength(p.exports.reduce((n, e) => n + e.files.length, 0));
  });
});

describe('the bundled sample', () => {
  it('is marked synthetic when analysed with --sample', async () => {
    const out: string[] = [];
    const code = await createAnalyzeCommand({ out: (l) => out.push(l), err: () => undefined }).run(['--sample', '--json', '--quiet', '--db', join(tempDir(), 's.db')]);
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('\n')) as AnalyzeDocument;
    expect(doc.sources.map((s) => [s.file, s.synthetic])).toEqual([['TikTok_Data_sample.zip', true]]);
  });
});

describe('report --persona', () => {
  it('tests claims against a persona with no export path given', async () => {
    const { createReportCommand } = await import('../../../electron/cli/report-command');
    const out = join(tempDir(), 'r.json');
    const lines: string[] = [];
    const err: string[] = [];
    const code = await createReportCommand({ out: (l) => lines.push(l), err: (l) => err.push(l) })
      .run(['--persona', 'takeover-facebook', '--template', 'no-datacenter-logins', '--out', out, '--generated-at', '2026-01-01T00:00:00Z', '--quiet']);
    expect(code, err.join('\n')).toBe(0);
    const file = personaPaths(defaultResourcesDir(), 'takeover-facebook')[0] ?? '';
    expect(readFileSync(out, 'utf8')).toContain(sha(file));
    expect(lines.join('\n')).toMatch(/no-datacenter-logins/);
  });
});
