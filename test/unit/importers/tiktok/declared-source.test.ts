/**
 * The TikTok readers consume the declared spec (importers/tiktok/declared.ts): an importer built
 * from a changed copy of it reads a real generated export differently, in exactly the way the
 * change says. Each case changes one member of the copy (its status, its selectors, its TXT
 * files, its consumed keys, its record's keys, its mapper id) and compares with the same export
 * read by the declared spec as is. If a reader went back to a table of its own, these would fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberSpec, PlatformSpec } from '../../../../electron/core/importers/common/spec-format';
import {
  createTikTokJsonImporter, createTikTokTxtImporter, TIKTOK_SPEC, type SectionReport,
} from '../../../../electron/core/importers/tiktok';
import { compileSections } from '../../../../electron/core/importers/tiktok/compile';
import type { TikTokMapperId } from '../../../../electron/core/importers/tiktok/declared';
import { NESTED, TIKTOK_RULES } from '../../../../electron/core/importers/tiktok/rules';
import type { EventRecord, ImportRecord } from '../../../../shared/records';
import { writeTikTokZip } from '../../../fixtures/generators/tiktok';
import { runImport, type ImportRun } from '../harness';

type Spec = PlatformSpec<TikTokMapperId>;
type Member = MemberSpec<TikTokMapperId>;

/** A copy of the declared spec with member `id` changed by `change`; every other member as declared. */
function changed(id: string, change: (m: Member) => Member): Spec {
  expect(TIKTOK_SPEC.members.some((m) => m.id === id), id).toBe(true);
  return { ...TIKTOK_SPEC, members: TIKTOK_SPEC.members.map((m) => (m.id === id ? change(m) : m)) };
}

const events = (records: ImportRecord[], kind: string): EventRecord[] =>
  records.filter((r): r is EventRecord => r.type === 'event' && r.kind === kind);

let dir: string;
let jsonZip: string;
let txtZip: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-declared-'));
  jsonZip = join(dir, 'json-2024.zip');
  txtZip = join(dir, 'txt-2023.zip');
  await writeTikTokZip(jsonZip, { variant: 'json-2024', seed: 3 });
  await writeTikTokZip(txtZip, { variant: 'txt-2023', seed: 3 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readJson(spec?: Spec): Promise<{ run: ImportRun; report: SectionReport }> {
  const reports: SectionReport[] = [];
  const run = await runImport([jsonZip], [createTikTokJsonImporter({ onSections: (r) => reports.push(r), ...(spec ? { spec } : {}) })]);
  const [report] = reports;
  if (!report) throw new Error('no section report');
  return { run, report };
}

const readTxt = (spec?: Spec): Promise<ImportRun> => runImport([txtZip], [createTikTokTxtImporter(spec ? { spec } : {})]);

describe('the TikTok JSON reader reads by the declared spec it is given', () => {
  let base: { run: ImportRun; report: SectionReport };
  beforeAll(async () => {
    base = await readJson();
  });

  it('a copy equal to the declared spec reads the same records', async () => {
    const same = await readJson({ ...TIKTOK_SPEC, members: TIKTOK_SPEC.members.map((m) => ({ ...m })) });
    expect(same.run.records).toEqual(base.run.records);
    expect(same.report).toEqual(base.report);
  });

  it('a member declared ignored gives no records and is reported ignored with the declared reason', async () => {
    const watched = events(base.run.records, 'watch').length;
    expect(watched).toBeGreaterThan(0);
    const { run, report } = await readJson(changed('watch-history', ({ record: _r, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' })));
    expect(events(run.records, 'watch')).toEqual([]);
    expect(run.records).toHaveLength(base.run.records.length - watched);
    expect(report.ignored.filter((i) => i.reason === 'a test says so').map((i) => i.section)).toEqual(['Your Activity > Watch History > VideoList']);
  });

  it('a changed selector moves the member: its old list is an unknown section, its data unread', async () => {
    const likes = events(base.run.records, 'like').length;
    expect(likes).toBeGreaterThan(0);
    const spec = changed('like-list', (m) => ({ ...m, items: { json: { object: ['$.Your Activity.Like List.SomeOtherList.*'] } } }));
    const { run, report } = await readJson(spec);
    expect(events(run.records, 'like')).toEqual([]);
    expect(report.unknown).toContain('Your Activity > Like List > ItemFavoriteList');
    expect(run.ledger.gapsOf('user_data_tiktok.json').concat(run.ledger.gapsOf('user_data.json')))
      .toContainEqual(expect.objectContaining({ kind: 'key', what: '/Your Activity/Like List/ItemFavoriteList/*', count: likes }));
  });

  it('a key taken out of a member\'s consumed keys is reported unread; put back, it is not', async () => {
    const unreadLikes = (r: ImportRun) => [...r.ledger.members()].flatMap((m) => r.ledger.gapsOf(m)).filter((g) => g.what.endsWith('/VideoList/*/Likes'));
    expect(unreadLikes(base.run)).toEqual([]);
    const { run } = await readJson(changed('posts', (m) => ({ ...m, consumed: (m.consumed ?? []).filter((k) => k !== 'Likes') })));
    const posts = events(base.run.records, 'post').filter((e) => e.pointer.includes('/Posts/VideoList/')).length; // not deleted posts
    expect(posts).toBeGreaterThan(0);
    expect(unreadLikes(run)).toEqual([expect.objectContaining({ kind: 'key', count: posts })]);
  });

  it('the record\'s declared keys are the ones read: a search without its declared text key has no text', async () => {
    const searches = events(base.run.records, 'search');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((s) => s.text !== undefined)).toBe(true);
    const spec = changed('searches', (m) => ({ ...m, record: { ...m.record!, text: ['Query'] } }));
    const { run } = await readJson(spec);
    const now = events(run.records, 'search');
    expect(now).toHaveLength(searches.length);
    expect(now.every((s) => s.text === undefined && s.title === 'Searched')).toBe(true);
  });

  it('the mapper is the one the declared mapper id names: profile fields read as a list of names give no profile facts', async () => {
    const profile = (r: ImportRun) => r.records.filter((x) => x.type === 'fact' && x.fact === 'profile');
    expect(profile(base.run).length).toBeGreaterThan(0);
    const spec = changed('profile', (m) => ({ ...m, record: { ...m.record!, becomes: ['fact:ad_interest'], mapperId: 'names' } }));
    const { run } = await readJson(spec);
    expect(profile(run)).toEqual([]);
    expect(run.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/ProfileMap" should be a string, found an object/));
  });
});

describe('the TikTok TXT reader reads by the declared spec it is given', () => {
  let base: ImportRun;
  beforeAll(async () => {
    base = await readTxt();
  });

  it('a TXT member whose declared file names change no longer reads its file', async () => {
    expect(base.parsed).toContain('Searches.txt');
    const searches = events(base.records, 'search').length;
    expect(searches).toBeGreaterThan(0);
    const run = await readTxt(changed('searches.txt', (m) => ({ ...m, files: ['Zoekopdrachten van vroeger.txt'] })));
    expect(run.parsed).not.toContain('Searches.txt');
    expect(events(run.records, 'search')).toEqual([]);
    expect(run.records).toHaveLength(base.records.length - searches);
  });

  it('a TXT member declared ignored is not read, and its JSON sibling is untouched', async () => {
    const run = await readTxt(changed('like-list.txt', ({ record: _r, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' })));
    expect(base.parsed).toContain('Like List.txt');
    expect(run.parsed).not.toContain('Like List.txt');
    expect(events(run.records, 'like')).toEqual([]);
    expect(events(base.records, 'like').length).toBeGreaterThan(0);
  });
});

describe('the declared spec compiles, and nothing beside it names a member it does not have', () => {
  it('every rule is keyed by a declared JSON member id (or a nested record)', () => {
    const ids = new Set(TIKTOK_SPEC.members.map((m) => m.id));
    for (const id of Object.keys(TIKTOK_RULES)) expect(ids.has(id) || id in NESTED, id).toBe(true);
  });

  it('a member that cannot be read as declared fails to compile, naming it', () => {
    const bad = (id: string, change: (m: Member) => Member): (() => unknown) => () => compileSections(changed(id, change));
    expect(bad('searches', (m) => ({ ...m, record: { ...m.record!, mapperId: 'nope' as TikTokMapperId } }))).toThrow(/tiktok\/searches: mapper "nope"/);
    expect(bad('searches', (m) => ({ ...m, record: { ...m.record!, becomes: ['fact:ad_interest'], mapperId: 'names' } }))).toThrow(/tiktok\/searches: a mapper of one string/);
    expect(bad('searches', (m) => ({ ...m, record: { ...m.record!, becomes: ['fact:ad_interest'] } }))).toThrow(/tiktok\/searches: becomes \["fact:ad_interest"\], expected one event:kind/);
    expect(bad('searches', (m) => ({ ...m, items: { json: { object: ['$.Your Activity.Searches'] } } }))).toThrow(/tiktok\/searches: .* is not \$\.Top\.Section\.List/);
    expect(bad('login-history', (m) => ({ ...m, record: { ...m.record!, device: ['DeviceModel'] } }))).toThrow(/tiktok\/login-history: the rule's device/);
    expect(bad('status', (m) => ({ ...m, record: { ...m.record!, device: ['IDFA'] } }))).toThrow(/tiktok\/status: the rule's identifier names/);
  });
});
