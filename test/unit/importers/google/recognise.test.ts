/**
 * Recognition through the registry, on real archives: a Takeout is claimed by its `Takeout/`
 * wrapper or by its files' names in any known language; other platforms' exports are not.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/core/archive/open';
import { classifyMember, detectLang } from '../../../../electron/core/importers/google';
import { chooseImporter } from '../../../../electron/core/importers/registry';
import { generateGoogleTakeout } from '../../../fixtures/generators/google';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { writeXZip } from '../../../fixtures/generators/x';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-recognise-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function choose(paths: string[]): Promise<{ id: string; format: string; confidence: number; reason: string } | null> {
  const reader = await openArchive(paths);
  try {
    const choice = await chooseImporter(reader.inventory, (p, n) => reader.peek(p, n));
    return choice && { id: choice.importer.id, ...choice.recognition };
  } finally {
    await reader.close();
  }
}

const { files } = generateGoogleTakeout({ variant: 'en', seed: 2 });

describe('which importer claims which export', () => {
  it('Takeout, X and TikTok exports each go to their own importer', async () => {
    const google = join(dir, 'takeout.zip');
    const x = join(dir, 'x.zip');
    const tiktok = join(dir, 'tiktok.zip');
    await writeDeterministicZip(google, files);
    await writeXZip(x, { variant: 'current', seed: 2 });
    await writeTikTokZip(tiktok, { variant: 'json-2024', seed: 2 });
    expect(await choose([google])).toMatchObject({ id: 'google-takeout', format: 'google-takeout', confidence: 0.95 });
    expect(await choose([x])).toMatchObject({ id: 'x-archive', format: 'x-archive-2024' });
    expect((await choose([tiktok]))?.id).toBe('tiktok-json');
  });

  it('a Takeout holding nothing Whereabouts reads is still called a Takeout, and says so', async () => {
    const zip = join(dir, 'photos-only.zip');
    await writeDeterministicZip(zip, [{ path: 'Takeout/archive_browser.html', content: 'x' }, { path: 'Takeout/Google Photos/a.jpg', content: 'x' }]);
    const c = await choose([zip]);
    expect(c).toMatchObject({ id: 'google-takeout', confidence: 0.9 });
    expect(c?.reason).toMatch(/none of the parts Whereabouts reads/);
  });

  it('members under Takeout/ next to another top folder (nothing stripped) are still a Takeout', async () => {
    const zip = join(dir, 'two-tops.zip');
    await writeDeterministicZip(zip, [...files, { path: 'notes/readme.txt', content: 'mine' }]);
    const reader = await openArchive([zip]);
    try {
      expect(reader.inventory.strippedFolder).toBeUndefined();
      expect(await choose([zip])).toMatchObject({ id: 'google-takeout', confidence: 0.95 });
    } finally {
      await reader.close();
    }
  });

  it('the Takeout folder itself, opened as a folder, is found by its files\' names', async () => {
    const root = join(dir, 'Takeout');
    for (const f of files) {
      const path = join(root, ...f.path.replace(/^Takeout\//, '').split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.content);
    }
    const c = await choose([root]);
    expect(c).toMatchObject({ id: 'google-takeout', confidence: 0.8 });
  });

  it('an unrelated zip is claimed by nobody', async () => {
    const zip = join(dir, 'other.zip');
    await writeDeterministicZip(zip, [{ path: 'holiday/Records.json', content: '{}' }, { path: 'holiday/notes.csv', content: 'a,b\n' }]);
    expect(await choose([zip])).toBeNull();
  });
});

describe('member names', () => {
  it('classifies by folder and file names in English, German and French', () => {
    expect(classifyMember('My Activity/YouTube/MyActivity.json')).toBe('my-activity');
    expect(classifyMember('My Activity/YouTube/My Activity.json')).toBe('my-activity');
    expect(classifyMember('Meine Aktivitäten/Suche/MeineAktivitäten.json')).toBe('my-activity');
    expect(classifyMember('Mon activité/Recherche/MonActivité.json')).toBe('my-activity');
    expect(classifyMember('My Activity/Search/MyActivity.html')).toBeNull();
    expect(classifyMember('YouTube and YouTube Music/history/search-history.json')).toBe('my-activity');
    expect(classifyMember('Standortverlauf/Records.json')).toBe('location-records');
    expect(classifyMember('Historique des positions/Historique des positions.json')).toBe('location-records');
    expect(classifyMember('Location History/Settings.json')).toBe('location-settings');
    expect(classifyMember('Records.json', 'Location History')).toBe('location-records');
    expect(classifyMember('Records.json')).toBeNull();
    expect(classifyMember('Standortverlauf/Semantic Location History/2021/2021_JANUAR.json')).toBe('semantic-location');
    expect(classifyMember('Zugriffsprotokollaktivitäten/Aktivitäten\u00a0– eine Liste der Google-Dienste, auf d.csv')).toBe('access-csv');
    expect(classifyMember('Access Log Activity/Activities - A list of Google services accessed by.csv')).toBe('access-csv');
    expect(classifyMember('Fit/Daily activity metrics/2024-01-01.csv')).toBeNull();
    expect(classifyMember('Timeline.json')).toBe('timeline');
  });

  it('detects the language from folder names (English when nothing tells)', () => {
    const inv = (paths: string[]): Parameters<typeof detectLang>[0] => ({
      label: 'x', kind: 'zip', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
      entries: paths.map((path) => ({ path, rawPath: path, bytes: 1, compressedBytes: 1, part: 0 })),
    });
    expect(detectLang(inv(['Meine Aktivitäten/Suche/MeineAktivitäten.json', 'Standortverlauf/Records.json']))).toBe('de');
    expect(detectLang(inv(['Mon activité/Recherche/MonActivité.json']))).toBe('fr');
    expect(detectLang(inv(['Timeline.json']))).toBe('en');
  });
});
