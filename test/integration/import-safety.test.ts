/**
 * "Nothing lost, clear errors": every failure names the file and the problem and leaves the
 * database exactly as it was; a re-import is recognised; a cancel rolls back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../electron/core/store/db';
import { buildZip } from '../unit/archive/helpers/zip-writer';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { fingerprint, importInto, tempDir } from './helpers';

async function zipOf(path: string, files: Record<string, string | Buffer>): Promise<string> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) z.addBuffer(Buffer.from(content), name, { mtime: new Date(0) });
  z.end();
  const out = createWriteStream(path);
  z.outputStream.pipe(out);
  await once(out, 'close');
  return path;
}

describe('import safety', () => {
  const dir = tempDir();
  let db: Db;
  let good: string;
  let baseline: string;

  beforeAll(async () => {
    db = openDb(join(dir, 'p.db'));
    good = join(dir, 'TikTok_Data_1.zip');
    await writeTikTokZip(good, { variant: 'json-2024', seed: 3 });
    // A database with one source already in it: failures must not touch it either.
    const first = join(dir, 'TikTok_Data_0.zip');
    await writeTikTokZip(first, { variant: 'json-2022', seed: 4 });
    expect((await importInto(db, [first])).status).toBe('imported');
    baseline = fingerprint(db);
  });

  it('rolls back completely when the import fails half-way', async () => {
    // Batches of 10: two are committed (staged, invisible) before the failure; the cleanup removes them.
    const outcome = await importInto(db, [good], { failAfterRecords: 25, batchRecords: 10 });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('TikTok_Data_1.zip');
    expect(fingerprint(db)).toBe(baseline);
  });

  it('rolls back when cancelled, and says nothing was changed', async () => {
    const controller = new AbortController();
    let seen = 0;
    const outcome = await importInto(db, [good], {
      signal: controller.signal,
      batchRecords: 10,
      onProgress: (p) => {
        if (p.phase === 'reading' && ++seen === 1) controller.abort();
      },
    });
    expect(outcome.status).toBe('cancelled');
    expect(outcome.message).toMatch(/nothing was changed/);
    expect(fingerprint(db)).toBe(baseline);
  });

  it('recognises a re-import by SHA-256 and adds nothing', async () => {
    const db = openDb(join(tempDir(), 'fresh.db'));
    const first = await importInto(db, [good]);
    expect(first.status).toBe('imported');
    const after = fingerprint(db);
    const again = await importInto(db, [good]);
    expect(again.status).toBe('already-imported');
    expect(again.sourceIds).toEqual(first.sourceIds);
    expect(again.message).toMatch(/imported before/);
    expect(fingerprint(db)).toBe(after);
    db.close();
  });

  const bad: [string, () => Promise<string>, RegExp][] = [
    ['not a zip', async () => { const p = join(dir, 'notes.zip'); writeFileSync(p, '%PDF-1.7 definitely not a zip'); return p; }, /notes\.zip: .*not a zip/i],
    ['a truncated zip', async () => {
      const p = join(dir, 'TikTok_cut.zip');
      await writeTikTokZip(p, { variant: 'json-2024', seed: 5 });
      const { readFileSync } = await import('node:fs');
      const bytes = readFileSync(p);
      writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return p;
    }, /TikTok_cut\.zip: .*(truncated|incomplete|cut off|ends)/i],
    ['an invalid JSON member', () => zipOf(join(dir, 'TikTok_badjson.zip'), { 'user_data_tiktok.json': '{"Your Activity": {"Login History": {"LoginHistoryList": [{"Date": "2024-01-01 00:00:00",' }), /TikTok_badjson\.zip: user_data_tiktok\.json: .*(JSON|ends|unexpected)/i],
    ['JSON of an unexpected shape', () => zipOf(join(dir, 'TikTok_shape.zip'), { 'user_data_tiktok.json': '[1, 2, 3]' }), /TikTok_shape\.zip: user_data_tiktok\.json: /],
    ['a 0-byte member', () => zipOf(join(dir, 'TikTok_empty.zip'), { 'user_data_tiktok.json': '' }), /TikTok_empty\.zip: user_data_tiktok\.json: .*empty/i],
    ['wrong text encoding', () => zipOf(join(dir, 'TikTok_latin1.zip'), { 'user_data_tiktok.json': Buffer.from('{"Your Activity": {"Searches": {"SearchList": [{"Date": "2024-01-01 00:00:00", "SearchTerm": "caf\xe9"}]}}}', 'latin1') }), /TikTok_latin1\.zip: user_data_tiktok\.json: .*UTF-8/i],
    ['an unsupported platform', () => zipOf(join(dir, 'spotify.zip'), { 'MyData/StreamingHistory0.json': '[]', 'MyData/Userdata.json': '{}' }), /spotify\.zip: this is not an export Whereabouts can read yet: .*MyData.*Supported: TikTok/],
    ['a path escaping the archive', async () => {
      const p = join(dir, 'evil.zip');
      writeFileSync(p, buildZip([{ name: 'user_data_tiktok.json', data: Buffer.from('{}') }, { name: '../../evil.txt', data: Buffer.from('x') }]));
      return p;
    }, /evil\.zip: .*\.\.\/\.\.\/evil\.txt/],
    ['a folder that does not exist', async () => join(dir, 'nope'), /nope/],
  ];

  it.each(bad)('%s: clear message naming the file, database unchanged', async (_name, make, message) => {
    const path = await make();
    const outcome = await importInto(db, [path]);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(message);
    expect(fingerprint(db)).toBe(baseline);
  });

  it('imports a folder export and hashes it by its manifest', async () => {
    const db = openDb(join(tempDir(), 'fresh.db'));
    const folder = join(dir, 'unzipped');
    mkdirSync(folder);
    const { writeTikTokFolder } = await import('../fixtures/generators/tiktok');
    const expected = await writeTikTokFolder(folder, { variant: 'txt-2023', seed: 9 });
    const outcome = await importInto(db, [folder]);
    expect(outcome.status).toBe('imported');
    const src = db.prepare('SELECT sha256, events FROM sources WHERE id = ?').get(outcome.sourceIds[0]) as { sha256: string; events: number };
    expect(src.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(src.events).toBe(expected.events);
    expect((await importInto(db, [folder])).status).toBe('already-imported');
    db.close();
  });
});

describe('multi-file exports with one unreadable file', () => {
  it('import the rest and say which file could not be read', async () => {
    const { generateXArchive } = await import('../fixtures/generators/x');
    const { writeDeterministicZip } = await import('../fixtures/generators/zip');
    const x = generateXArchive({ variant: 'current', seed: 5 });
    const broken = x.files.find((f) => f.path.endsWith('ip-audit.js'))!;
    const files = x.files.map((f) => (f === broken ? { ...f, content: 'window.YTD.ip_audit.part0 = [ { "ipAudit" : { ' } : f));
    const dir = tempDir();
    const zip = join(dir, 'twitter-2026-01-01-abc.zip');
    await writeDeterministicZip(zip, files);
    const db = openDb(join(dir, 'p.db'));
    const outcome = await importInto(db, [zip]);
    expect(outcome.status).toBe('imported');
    expect(outcome.message).toMatch(/twitter-2026-01-01-abc\.zip: imported, but 1 file\(s\) could not be read completely: data\/ip-audit\.js: /);
    const member = db.prepare(`SELECT status, note FROM members WHERE path = 'data/ip-audit.js'`).get() as { status: string; note: string };
    expect(member.status).toBe('error');
    expect((db.prepare(`SELECT count(*) AS n FROM events WHERE kind = 'post'`).get() as { n: number }).n).toBeGreaterThan(0);
    db.close();
  });
});
