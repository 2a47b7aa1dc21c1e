/**
 * `whereabouts letter` names what the profile's export of that platform lacked, from real imports:
 * an X archive without its ip-audit file (missing), a TikTok export with an unknown key in its
 * login items (not read) and a sign-in history of a few days (short), and nothing for a
 * platform with no export. EU and US wording; --how prints the request helper with its sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLetterCommand } from '../../../electron/cli/letter-command';
import { ArgsError } from '../../../electron/cli/args';
import { openDb } from '../../../electron/core/store/db';
import { generateXArchive, X_VARIANTS } from '../../fixtures/generators/x';
import { writeDeterministicZip } from '../../fixtures/generators/zip';
import { importInto, tempDir } from '../helpers';

async function letter(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await createLetterCommand({ out: (l) => out.push(l), err: (l) => err.push(l) }).run(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function profileWith(zips: { name: string; files: { path: string; content: string | Buffer }[] }[]): Promise<string> {
  const dir = tempDir();
  const dbPath = join(dir, 'p.db');
  const db = openDb(dbPath);
  try {
    for (const z of zips) {
      const p = join(dir, z.name);
      await writeDeterministicZip(p, z.files);
      const r = await importInto(db, [p]);
      expect(r.status, r.message ?? '').toBe('imported');
    }
  } finally {
    db.close();
  }
  return dbPath;
}

const tiktokJson = {
  'Your Activity': {
    'Login History': {
      LoginHistoryList: [
        { Date: '2025-03-01 10:00:00', IP: '192.0.2.10', DeviceModel: 'iPhone14,2', DeviceSystem: 'iOS 17.4', NetworkType: 'Wi-Fi', Carrier: '', SecretNewField: 'abc' },
        { Date: '2025-03-09 18:30:00', IP: '192.0.2.11', DeviceModel: 'iPhone14,2', DeviceSystem: 'iOS 17.4', NetworkType: '4G', Carrier: 'Example', SecretNewField: 'def' },
      ],
    },
  },
};

describe('whereabouts letter', () => {
  it('names the missing X file and says there are no sign-ins in the download', async () => {
    const variant = X_VARIANTS[1] ?? 'current';
    const files = generateXArchive({ variant, seed: 3 }).files.filter((f) => !f.path.endsWith('ip-audit.js'));
    const db = await profileWith([{ name: 'twitter-2025-01-01-abc.zip', files }]);
    const r = await letter(['x', '--db', db]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Subject: Request for access to my personal data — Article 15 GDPR');
    expect(r.out).toContain('- ip-audit.js: expected in the download but not in it (expected: Login IP addresses).');
    expect(r.out).toContain('- a record of the sign-ins to my account, with IP addresses, devices and times: the download contains none.');
    expect(r.out).toContain('I downloaded my data from X (Twitter) (twitter-2025-01-01-abc.zip)');
    expect(r.out).toContain('- ip-audit (login IP addresses) and account-creation-ip');
    expect(r.out).toContain('within one month of receiving this request (Article 12(3) GDPR)');
    expect(r.out).not.toContain('[SAMPLE');
  });

  it('names unread keys and a short sign-in history for TikTok, in CCPA wording for --jurisdiction us', async () => {
    const db = await profileWith([{ name: 'TikTok_Data_1700000000.zip', files: [{ path: 'user_data_tiktok.json', content: JSON.stringify(tiktokJson) }] }]);
    const out = join(tempDir(), 'letter.txt');
    const r = await letter(['tiktok', '--db', db, '--jurisdiction', 'us', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Subject: Request to know — California Consumer Privacy Act');
    expect(text).toContain('within 45 days');
    expect(text).toMatch(/- user_data_tiktok\.json: 2 value\(s\) under "[^"]*SecretNewField"/);
    expect(text).toContain('- the complete history of sign-ins to my account: the download covers only 2025-03-01 to 2025-03-09 (8 days).');
    expect(text).not.toContain('Article 15');
  });

  it('writes a general request without --db, or when the profile has no export of that platform', async () => {
    const general = await letter(['instagram']);
    expect(general.code).toBe(0);
    expect(general.out).not.toContain('lacked the following');
    expect(general.out).toContain('- login activity and logout activity');
    const db = await profileWith([{ name: 'TikTok_Data_1700000000.zip', files: [{ path: 'user_data_tiktok.json', content: JSON.stringify(tiktokJson) }] }]);
    const r = await letter(['facebook', '--db', db]);
    expect(r.err).toContain('No Facebook export in this profile');
    expect(r.out).not.toContain('lacked the following');
  });

  it('--how prints where to ask, the wait as not sourced, and the sources', async () => {
    const r = await letter(['tiktok', '--how']);
    expect(r.out).toContain('Where:        In the TikTok app: Settings > Account > Download your data.');
    expect(r.out).toContain('Typical wait: Not stated in our sources');
    expect(r.out).toContain('export-formats.md §1.1');
    expect(r.out).not.toMatch(/https?:\/\//);
  });

  it('refuses an unknown platform or jurisdiction', async () => {
    await expect(letter(['myspace'])).rejects.toBeInstanceOf(ArgsError);
    await expect(letter(['x', '--jurisdiction', 'uk'])).rejects.toThrow(/eu or us/);
  });
});
