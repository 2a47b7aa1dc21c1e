/**
 * Broken X archive files: each is a problem on that file (named, with what is wrong and where),
 * and the other files are still read. The preface is stripped while streaming, so its checks and
 * the byte positions in JSON errors are tested here too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripYtdPreface } from '../../../../electron/core/importers/x';
import { xImporters } from '../../../../electron/core/importers/x';
import { MemberError } from '../../../../electron/core/importers/types';
import { generateXArchive } from '../../../fixtures/generators/x';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { coverageOf, importError } from '../harness';
import { importModified } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'x-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OPTS = { variant: 'current', seed: 5 } as const;
const generated = generateXArchive(OPTS);
const content = (path: string): string => String(generated.files.find((f) => f.path === path)?.content);
const others = (parsed: string[], member: string): string[] => parsed.filter((p) => p !== member);
const allData = generated.files.map((f) => f.path).filter((p) => /^data\/[^/]+\.js$/.test(p) && p !== 'data/follower.js');

describe('a data file with invalid JSON after the preface', () => {
  it('is a problem naming the member and the byte (counted from the file start, preface included); earlier records are kept', async () => {
    const text = content('data/ip-audit.js');
    const at = text.indexOf('"loginIp"', text.indexOf('"loginIp"') + 1); // inside the second item
    const broken = `${text.slice(0, at)}"loginIp" ::${text.slice(at + 9)}`;
    const r = await importModified(dir, 'invalid-json', OPTS, { 'data/ip-audit.js': broken });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.member).toBe('data/ip-audit.js');
    const m = /^invalid JSON at byte (\d+): unexpected ":"$/.exec(r.problems[0]?.message ?? '');
    expect(m, r.problems[0]?.message).not.toBeNull();
    expect(broken[Number(m?.[1])]).toBe(':');
    expect(r.records.filter((x) => x.member === 'data/ip-audit.js')).toHaveLength(1);
    expect(others(r.parsed, 'data/ip-audit.js').sort()).toEqual(others(allData, 'data/ip-audit.js').sort());
    expect(coverageOf(r).outcomes.find((o) => o.path === 'data/ip-audit.js')?.status).toBe('error');
  });

  it('a truncated tweets.js keeps the posts before the cut', async () => {
    const text = content('data/tweets.js');
    const r = await importModified(dir, 'truncated', OPTS, { 'data/tweets.js': text.slice(0, Math.floor(text.length / 2)) });
    expect(r.problems).toEqual([{ member: 'data/tweets.js', message: expect.stringMatching(/^invalid JSON at byte \d+: the file ends before the JSON is complete \(truncated\?\)$/) }]);
    expect(r.records.filter((x) => x.member === 'data/tweets.js').length).toBeGreaterThan(3);
  });
});

describe('files that are not X data files', () => {
  it('a .js without the window.YTD preface', async () => {
    const plain = content('data/account.js').slice(content('data/account.js').indexOf('=') + 1);
    const r = await importModified(dir, 'no-preface', OPTS, { 'data/account.js': plain });
    expect(r.problems).toEqual([{ member: 'data/account.js', message: 'not an X archive data file: expected it to start with "window.YTD.<name>.part<N> = [", found "[ { \\"account\\" : { \\"email\\" : \\"mara.lindqv…"' }]);
    // account.js gave no creation time: the creation-IP record has no time (kept, as a fact by the pipeline).
    const creation = r.records.find((x) => x.member === 'data/account-creation-ip.js');
    expect(creation?.type === 'event' && creation.time.utc).toBe(null);
  });

  it('a .js whose preface is something else', async () => {
    const r = await importModified(dir, 'other-preface', OPTS, { 'data/like.js': 'var likes = [ ]' });
    expect(r.problems).toEqual([{ member: 'data/like.js', message: 'not an X archive data file: expected it to start with "window.YTD.<name>.part<N> = [", found "var likes = [ ]"' }]);
  });

  it('a 0-byte data file', async () => {
    const r = await importModified(dir, 'empty', OPTS, { 'data/like.js': Buffer.alloc(0) });
    expect(r.problems).toEqual([{ member: 'data/like.js', message: 'the file is empty (0 bytes)' }]);
    expect(r.records.some((x) => x.member === 'data/like.js')).toBe(false);
  });

  it('an object where the array should be', async () => {
    const r = await importModified(dir, 'object', OPTS, { 'data/device-token.js': 'window.YTD.device_token.part0 = { }' });
    expect(r.problems).toEqual([{ member: 'data/device-token.js', message: 'expected a JSON array after "window.YTD.device_token.part0 ="; found a JSON object' }]);
  });

  it('a broken manifest is a problem; the data files are still read (DM sides then fall back to account.js)', async () => {
    const r = await importModified(dir, 'manifest', OPTS, { 'data/manifest.js': 'window.__THAR_CONFIG = { "userInfo" : ' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.member).toBe('data/manifest.js');
    expect(r.problems[0]?.message).toMatch(/^invalid JSON after "window.__THAR_CONFIG =": /);
    expect(r.records.filter((x) => x.type === 'event' && x.kind === 'message').map((x) => x.type === 'event' && x.counterpart))
      .not.toContain(generated.model.accountId);
  });

  it('a manifest listing files the archive lacks says which', async () => {
    const r = await importModified(dir, 'partial', OPTS, { 'data/like.js': null });
    expect(r.problems).toEqual([{ member: 'data/manifest.js', message: 'the manifest lists 1 file(s) with records that the archive does not hold: data/like.js (10)' }]);
  });

  it('ad impressions where no impression sits in the expected place', async () => {
    const r = await importModified(dir, 'ads-shape', OPTS, { 'data/ad-impressions.js': 'window.YTD.ad_impressions.part0 = [ { "ad" : { "adsUserData" : { "shown" : [ ] } } } ]' });
    expect(r.problems).toEqual([{ member: 'data/ad-impressions.js', message: '1 item(s) in the file, but no records where ads shown (with targeting) are expected ($.*.ad.adsUserData.adImpressions.impressions.*)' }]);
  });
});

describe('nothing readable at all', () => {
  it('fails the import with the first file\'s error', async () => {
    const zip = join(dir, 'only-broken.zip');
    await writeDeterministicZip(zip, [{ path: 'data/manifest.js', content: 'window.__THAR_CONFIG = nope' }, { path: 'data/ip-audit.js', content: '' }]);
    const { error: err } = await importError([zip], xImporters);
    expect(err).toBeInstanceOf(MemberError);
    // Only `data/` in the zip: the archive layer strips it, and the files are found at the top.
    expect(err.message).toMatch(/^manifest\.js: invalid JSON after "window.__THAR_CONFIG =": /);
  });
});

describe('stripYtdPreface', () => {
  async function strip(text: string, size: number): Promise<{ out: string; name?: string; part?: number; bytes?: number }> {
    const bytes = Buffer.from(text);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    const info: { name?: string; part?: number; bytes?: number } = {};
    let out = '';
    const decoder = new TextDecoder();
    for await (const c of stripYtdPreface(chunks(), 'data/x.js', info)) out += typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    return { out, ...info };
  }

  it('passes everything after the first "=" through, whatever the chunking, and reads the name and part', async () => {
    const text = 'window.YTD.tweets.part1 = [ {"t" : "a = b, Grüße"} ]';
    for (const size of [1, 2, 5, 1000]) {
      expect(await strip(text, size)).toEqual({ out: ' [ {"t" : "a = b, Grüße"} ]', name: 'tweets', part: 1, bytes: 25 });
    }
  });

  it('refuses a file with no "=" in its first kilobyte', async () => {
    await expect(strip(`[${' '.repeat(2000)}]`, 100)).rejects.toThrow('data/x.js: not an X archive data file');
  });
});
