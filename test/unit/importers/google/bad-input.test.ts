/**
 * Broken Takeout members: each is a problem on that member (named, with what is wrong), records
 * read before the break are kept, and the other members are still read. Only an export of which
 * nothing at all could be read fails as a whole.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleImporters } from '../../../../electron/core/importers/google';
import { MemberError } from '../../../../electron/core/importers/types';
import { generateGoogleTakeout } from '../../../fixtures/generators/google';
import { writeDeterministicZip, type ZipInput } from '../../../fixtures/generators/zip';
import { coverageOf, importError, runImport } from '../harness';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const generated = generateGoogleTakeout({ variant: 'en', seed: 8 });
const RECORDS = 'Takeout/Location History (Timeline)/Records.json';
const SEARCH = 'Takeout/My Activity/Search/MyActivity.json';
const MAPS = 'Takeout/My Activity/Maps/MyActivity.json';
const content = (path: string): string => String(generated.files.find((f) => f.path === path)?.content);

async function importWith(name: string, replace: Record<string, string | Buffer>, keep: (f: ZipInput) => boolean = () => true): ReturnType<typeof runImport> {
  const zip = join(dir, `${name}.zip`);
  await writeDeterministicZip(zip, generated.files.filter(keep).map((f) => (f.path in replace ? { ...f, content: replace[f.path] ?? '' } : f)));
  return runImport([zip], googleImporters);
}

const strip = (p: string): string => p.replace(/^Takeout\//, '');
const allParsedBut = (r: Awaited<ReturnType<typeof runImport>>, member: string): void => {
  const readable = generated.files.map((f) => strip(f.path)).filter((p) => /\.(json|csv)$/.test(p) && !p.startsWith('Chrome/') && p !== member);
  expect([...r.parsed].filter((p) => p !== member).sort()).toEqual(readable.sort());
};

describe('a truncated Records.json', () => {
  it('keeps the points read before the cut, reports the member as truncated, reads everything else', async () => {
    const full = content(RECORDS);
    const cut = full.slice(0, Math.floor(full.length * 0.6));
    const r = await importWith('truncated', { [RECORDS]: cut });
    const member = strip(RECORDS);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.member).toBe(member);
    expect(r.problems[0]?.message).toMatch(/^invalid JSON at byte \d+: the file ends before the JSON is complete \(truncated\?\)$/);
    const points = r.records.filter((x) => x.member === member);
    expect(points.length).toBeGreaterThan(50);
    expect(points.length).toBeLessThan(generated.model.points.length);
    expect(points.map((p) => p.pointer)).toEqual(points.map((_, i) => `/locations/${i}`));
    allParsedBut(r, member);
    const outcome = coverageOf(r).outcomes.find((o) => o.path === member);
    expect(outcome).toMatchObject({ status: 'error', records: points.length });
  });
});

describe('members that cannot be read at all', () => {
  it('a 0-byte My Activity file', async () => {
    const r = await importWith('empty', { [SEARCH]: Buffer.alloc(0) });
    expect(r.problems).toEqual([{ member: strip(SEARCH), message: 'the file is empty (0 bytes)' }]);
    allParsedBut(r, strip(SEARCH));
  });

  it('invalid JSON in the middle of a My Activity file: the byte is named', async () => {
    const broken = content(MAPS).replace('"header"', '"header" "');
    const r = await importWith('invalid', { [MAPS]: broken });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.member).toBe(strip(MAPS));
    expect(r.problems[0]?.message).toMatch(/^invalid JSON at byte \d+: unexpected/);
  });

  it('a My Activity file that is an object, not a list', async () => {
    const r = await importWith('object', { [SEARCH]: '{"items": []}' });
    expect(r.problems).toEqual([{ member: strip(SEARCH), message: 'expected a list of activities (a JSON array); found a JSON object' }]);
  });

  it('a file that is not JSON at all', async () => {
    const r = await importWith('html', { [SEARCH]: '<!doctype html><p>oops</p>' });
    expect(r.problems[0]?.message).toBe('not a JSON object or list: the text starts with "<!doctype html><p>oops</…"');
  });

  it('a CSV that is not UTF-8', async () => {
    const csv = 'Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv';
    const r = await importWith('latin1', { [csv]: Buffer.concat([Buffer.from(content(csv).split('\n')[0] ?? ''), Buffer.from('\n1,2024-01-01 10:00:00 UTC,1.2.3.4,,No,DE,BE,K\xf6ln,ua,Gmail,,Sign in,\n', 'latin1')]) });
    expect(r.problems).toEqual([{ member: strip(csv), message: expect.stringMatching(/^not UTF-8 text: invalid byte sequence at byte \d+$/) }]);
  });
});

describe('odd content inside a readable member', () => {
  it('a Records.json without a "locations" list is read (nothing in it) and says so', async () => {
    const r = await importWith('no-locations', { [RECORDS]: '{"places": []}' });
    expect(r.problems).toEqual([{ member: strip(RECORDS), message: 'no "locations" list in the file (top-level keys: "places"); nothing to read' }]);
    expect(r.parsed).toContain(strip(RECORDS));
  });

  it('items that are not objects are skipped and counted; an unreadable time keeps the record, without a place on the timeline', async () => {
    const items = JSON.parse(content(SEARCH)) as Record<string, unknown>[];
    const first = items[0] ?? {};
    const r = await importWith('odd-items', { [SEARCH]: JSON.stringify(['just a string', { ...first, time: 'yesterday' }, ...items.slice(1)]) });
    const member = strip(SEARCH);
    expect(r.problems).toEqual([
      { member, message: '1 item(s) of an unexpected shape were skipped (first at /0)' },
      { member, message: '1 record(s) have a time that could not be read (first: "yesterday" at /1); kept without a place on the timeline' },
    ]);
    // Every item but the string, plus one location event per locationInfos entry.
    const places = items.reduce((n, item) => n + (Array.isArray(item.locationInfos) ? item.locationInfos.length : 0), 0);
    expect(r.records.filter((x) => x.member === member)).toHaveLength(items.length + places);
  });
});

describe('nothing readable at all', () => {
  it('fails the import with the first member\'s error', async () => {
    const err = await (async () => {
      const zip = join(dir, 'only-empty.zip');
      await writeDeterministicZip(zip, [{ path: SEARCH, content: '' }, { path: 'Takeout/archive_browser.html', content: '<p>x</p>' }]);
      return (await importError([zip], googleImporters)).error;
    })();
    expect(err).toBeInstanceOf(MemberError);
    expect(err.message).toBe('My Activity/Search/MyActivity.json: the file is empty (0 bytes)');
  });
});
