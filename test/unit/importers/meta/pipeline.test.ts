/**
 * The Meta importers inside the real import pipeline (store, coverage, evidence): Instagram and
 * Facebook exports land next to the TikTok sample, one IP address shows both TikTok and
 * Instagram as sources, pasted CDN hosts are counted, coverage accounts for every member, and an
 * HTML export fails with the "request the JSON format" sentence and changes nothing.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../../electron/core/store/db';
import { SAMPLE_OPTIONS } from '../../../fixtures/sample';
import { generateInstagramExport, SHARED_TIKTOK_IP, writeInstagramZip } from '../../../fixtures/generators/instagram';
import { writeFacebookZip } from '../../../fixtures/generators/facebook';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { fingerprint, importInto, tempDir } from '../../../integration/helpers';

const dir = tempDir('meta-pipeline-');
let db: Db;
const ig = join(dir, 'instagram-asa.zip');
const fb = join(dir, 'facebook-zoe.zip');
const tt = join(dir, 'TikTok_Data_sample.zip');

beforeAll(async () => {
  db = openDb(join(dir, 'p.db'));
  await writeInstagramZip(ig, { variant: '2024', seed: 7 });
  await writeFacebookZip(fb, { variant: '2021', seed: 7 });
  await writeTikTokZip(tt, SAMPLE_OPTIONS);
  for (const path of [tt, ig, fb]) expect((await importInto(db, [path])).status, path).toBe('imported');
});
afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Meta exports in the pipeline', () => {
  it('each export is one source with its platform and format', () => {
    const sources = db.prepare('SELECT platform, format FROM sources ORDER BY id').all();
    expect(sources).toEqual([
      { platform: 'tiktok', format: 'tiktok-json-2024' },
      { platform: 'instagram', format: 'instagram-json-2024' },
      { platform: 'facebook', format: 'facebook-json-2021' },
    ]);
  });

  it('one IP address, two platforms: the TikTok sample and Instagram share 78.70.139.54', () => {
    const rows = db.prepare(`
      SELECT DISTINCT s.platform FROM events e JOIN ips i ON i.id = e.ip_id JOIN sources s ON s.id = e.source_id
      WHERE i.address = ? ORDER BY s.platform`).all(SHARED_TIKTOK_IP) as { platform: string }[];
    expect(rows.map((r) => r.platform)).toEqual(['instagram', 'tiktok']);
    const shared = db.prepare(`
      SELECT i.address FROM ips i WHERE
        EXISTS (SELECT 1 FROM events e JOIN sources s ON s.id = e.source_id WHERE e.ip_id = i.id AND s.platform = 'tiktok') AND
        EXISTS (SELECT 1 FROM events e JOIN sources s ON s.id = e.source_id WHERE e.ip_id = i.id AND s.platform = 'instagram')`).all();
    expect(shared).toEqual([{ address: SHARED_TIKTOK_IP }]);
  });

  it('pasted CDN links become hosts, counted per URL occurrence', () => {
    const count = (host: string): number => (db.prepare('SELECT count(*) AS n FROM urls u JOIN hosts h ON h.id = u.host_id WHERE h.name = ?').get(host) as { n: number }).n;
    expect(count('scontent-lhr8-1.cdninstagram.com')).toBe(1);
    expect(count('instagram.fsyd6-1.fna.fbcdn.net')).toBe(1);
    expect(count('scontent-cdg4-2.xx.fbcdn.net')).toBe(1);
    expect(count('www.instagram.com')).toBe(generateInstagramExport({ variant: '2024', seed: 7 }).expected.hosts['www.instagram.com']);
  });

  it('coverage: every Instagram member parsed or ignored with a reason; no errors; nothing missing', () => {
    const rows = db.prepare(`SELECT m.path, m.status, m.note FROM members m JOIN sources s ON s.id = m.source_id WHERE s.platform = 'instagram'`).all() as { path: string; status: string; note: string | null }[];
    expect(rows.filter((r) => r.status === 'error' || r.status === 'unknown' || r.status === 'missing')).toEqual([]);
    expect(rows.filter((r) => r.path.endsWith('.jpg')).every((r) => r.status === 'ignored' && r.note === 'media file, not analysed')).toBe(true);
    expect(rows.find((r) => r.path.endsWith('saved_posts.json'))).toMatchObject({ status: 'ignored' });
    expect(rows.find((r) => r.path.endsWith('login_activity.json'))).toMatchObject({ status: 'parsed', note: 'login' });
  });

  it('an export without its login file reports it as expected but missing', async () => {
    const { files } = generateInstagramExport({ variant: '2023', seed: 8 });
    const path = join(dir, 'instagram-no-logins.zip');
    await writeDeterministicZip(path, files.filter((f) => !f.path.endsWith('login_activity.json')));
    expect((await importInto(db, [path])).status).toBe('imported');
    const missing = db.prepare(`SELECT path, note FROM members WHERE status = 'missing'`).all();
    expect(missing).toEqual([{ path: 'login_activity.json', note: 'expected: login' }]);
  });

  it('an HTML export fails with the sentence, and the database is unchanged', async () => {
    const { files } = generateInstagramExport({ variant: '2024', seed: 9 });
    const path = join(dir, 'instagram-html.zip');
    await writeDeterministicZip(path, files.map((f) => ({ path: f.path.replace(/\.json$/, '.html'), content: f.path.endsWith('.json') ? '<html></html>' : f.content })));
    const before = fingerprint(db);
    const outcome = await importInto(db, [path]);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toBe('instagram-html.zip: this is the HTML version of the Instagram export; request the JSON format instead '
      + '(Accounts Center → Your information and permissions → Download your information → Format: JSON) and import that');
    expect(fingerprint(db)).toBe(before);
  });
});
