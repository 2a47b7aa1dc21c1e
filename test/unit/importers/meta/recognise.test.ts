/**
 * Recognition of Instagram and Facebook exports from member names: every layout's format, no
 * claims across platforms, the HTML version explained, and the choice the real registry makes.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/core/archive/open';
import type { Inventory } from '../../../../electron/core/archive/types';
import { facebookJson, FACEBOOK_SIGNATURE } from '../../../../electron/core/importers/facebook';
import { instagramJson, INSTAGRAM_SIGNATURE } from '../../../../electron/core/importers/instagram';
import { diagnoseHtmlExport, HtmlExportError } from '../../../../electron/core/importers/meta';
import { chooseImporter, IMPORTERS, supportedExportsText } from '../../../../electron/core/importers/registry';
import { SAMPLE_OPTIONS } from '../../../fixtures/sample';
import { generateFacebookExport, writeFacebookZip } from '../../../fixtures/generators/facebook';
import { generateInstagramExport, INSTAGRAM_VARIANTS, writeInstagramZip } from '../../../fixtures/generators/instagram';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { contextFor } from '../harness';

function inventoryOf(paths: readonly string[]): Inventory {
  return {
    label: 'test.zip', kind: 'zip', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
    entries: paths.map((path) => ({ path, rawPath: path, bytes: 10, compressedBytes: 10, part: 0 })),
  };
}
const noPeek = (): Promise<Buffer> => Promise.reject(new Error('recognition must not read members'));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meta-recognise-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Instagram layouts by path', () => {
  it.each(INSTAGRAM_VARIANTS)('%s layout gives instagram-json-%s', async (variant) => {
    const paths = generateInstagramExport({ variant, seed: 1 }).files.map((f) => f.path);
    const r = await instagramJson.recognise(inventoryOf(paths), noPeek);
    expect(r).toMatchObject({ format: `instagram-json-${variant}`, confidence: 0.95 });
    expect(await facebookJson.recognise(inventoryOf(paths), noPeek)).toBeNull();
  });

  it.each([
    [['your_instagram_activity/likes/liked_posts.json'], 'instagram-json-2024'],
    // A real July 2024 export already has the deeper profile folder (real-layouts/instagram-2024-07).
    [['personal_information/personal_information/personal_information.json'], 'instagram-json-2024'],
    [['security_and_login_information/login_and_profile_creation/login_activity.json', 'personal_information/personal_information.json'], 'instagram-json-2025'],
    [['account_information/personal_information.json', 'login_and_account_creation/login_activity.json'], 'instagram-json-2021'],
    [['personal_information/personal_information.json', 'login_and_account_creation/login_activity.json'], 'instagram-json-2023'],
    [['x/instagram_profile_information.json', 'x/login_activity.json'], 'instagram-json-2023'],
  ])('%j → %s', async (paths, format) => {
    expect((await instagramJson.recognise(inventoryOf(paths), noPeek))?.format).toBe(format);
  });

  it('a login_activity.json alone is not evidence of Instagram', async () => {
    expect(await instagramJson.recognise(inventoryOf(['login_activity.json', 'posts_1.json']), noPeek)).toBeNull();
  });

  it('Instagram folders without any file the importer reads: claimed weakly', async () => {
    const r = await instagramJson.recognise(inventoryOf(['your_instagram_activity/monetization/eligibility.json']), noPeek);
    expect(r?.confidence).toBe(0.6);
  });
});

describe('Facebook layouts by path', () => {
  it.each([['2021', 'facebook-json-2021'], ['2024', 'facebook-json-2024']] as const)('%s layout gives %s', async (variant, format) => {
    const paths = generateFacebookExport({ variant, seed: 1 }).files.map((f) => f.path);
    expect(await facebookJson.recognise(inventoryOf(paths), noPeek)).toMatchObject({ format, confidence: 0.95 });
    expect(await instagramJson.recognise(inventoryOf(paths), noPeek)).toBeNull();
  });

  it('your_facebook_activity/ alone is 2024; profile_information/ at the top is pre-2024', async () => {
    expect((await facebookJson.recognise(inventoryOf(['your_facebook_activity/messages/inbox/a_1/message_1.json']), noPeek))?.format).toBe('facebook-json-2024');
    expect((await facebookJson.recognise(inventoryOf(['profile_information/profile_information.json']), noPeek))?.format).toBe('facebook-json-2021');
  });
});

describe('HTML version of the export', () => {
  const htmlPaths = (paths: readonly string[]): string[] => paths.map((p) => p.replace(/\.json$/, '.html'));

  it('is recognised and explained; the import fails with "request the JSON format"', async () => {
    const { files } = generateInstagramExport({ variant: '2024', seed: 1 });
    const zip = join(dir, 'instagram-html.zip');
    await writeDeterministicZip(zip, files.map((f) => ({ path: f.path.replace(/\.json$/, '.html'), content: f.path.endsWith('.json') ? '<html><body>…</body></html>' : f.content })));
    const reader = await openArchive([zip]);
    try {
      const choice = await chooseImporter(reader.inventory, (p, n) => reader.peek(p, n));
      expect(choice?.importer.id).toBe('instagram-json');
      expect(choice?.recognition.format).toBe('instagram-html');
      expect(choice?.recognition.reason).toContain('this is the HTML version of the Instagram export; request the JSON format');
      const sink = { problems: [], parsed: [], ledger: new LedgerBook() };
      const records = instagramJson.import(contextFor(reader, 'instagram-html', sink));
      const iterator = records[Symbol.asyncIterator]();
      await expect(iterator.next()).rejects.toThrow(HtmlExportError);
      await expect(instagramJson.import(contextFor(reader, 'instagram-html', sink))[Symbol.asyncIterator]().next())
        .rejects.toThrow(/^this is the HTML version of the Instagram export; request the JSON format/);
      const catalogue = instagramJson.catalogue('instagram-html');
      expect(catalogue[0]).toMatchObject({ status: 'ignored' });
      expect(String(catalogue[0]?.reason)).toContain('request the JSON format');
    } finally {
      await reader.close();
    }
  });

  it('diagnoseHtmlExport gives the sentence without importing, for either platform', () => {
    const ig = inventoryOf(htmlPaths(generateInstagramExport({ variant: '2023', seed: 1 }).files.map((f) => f.path)));
    const fb = inventoryOf(htmlPaths(generateFacebookExport({ variant: '2021', seed: 1 }).files.map((f) => f.path)));
    expect(diagnoseHtmlExport(ig, INSTAGRAM_SIGNATURE)).toMatch(/^this is the HTML version of the Instagram export; request the JSON format/);
    expect(diagnoseHtmlExport(fb, FACEBOOK_SIGNATURE)).toMatch(/^this is the HTML version of the Facebook export/);
    expect(diagnoseHtmlExport(ig, FACEBOOK_SIGNATURE)).toBeNull();
    const json = inventoryOf(generateInstagramExport({ variant: '2023', seed: 1 }).files.map((f) => f.path));
    expect(diagnoseHtmlExport(json, INSTAGRAM_SIGNATURE)).toBeNull();
  });
});

describe('the registry', () => {
  it('lists Instagram and Facebook among supported exports', () => {
    expect(supportedExportsText()).toContain('Instagram (JSON)');
    expect(supportedExportsText()).toContain('Facebook (JSON)');
  });

  it('chooses the Meta importer for Meta zips, and not for the TikTok sample', async () => {
    const cases: [string, () => Promise<unknown>, string][] = [
      [join(dir, 'ig.zip'), () => writeInstagramZip(join(dir, 'ig.zip'), { variant: '2025', seed: 2 }), 'instagram-json'],
      [join(dir, 'fb.zip'), () => writeFacebookZip(join(dir, 'fb.zip'), { variant: '2021', seed: 2 }), 'facebook-json'],
      [join(dir, 'tt.zip'), () => writeTikTokZip(join(dir, 'tt.zip'), SAMPLE_OPTIONS), 'tiktok-json'],
    ];
    for (const [zip, write, id] of cases) {
      await write();
      const reader = await openArchive([zip]);
      try {
        const choice = await chooseImporter(reader.inventory, (p, n) => reader.peek(p, n), IMPORTERS);
        expect(choice?.importer.id, zip).toBe(id);
      } finally {
        await reader.close();
      }
    }
  });
});
