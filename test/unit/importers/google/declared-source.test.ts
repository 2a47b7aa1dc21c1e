/**
 * The Google readers consume the declared spec (importers/google/declared.ts): an importer built
 * from a changed copy of it reads a real generated Takeout differently, in exactly the way the
 * change says — a member's status, its file patterns, its selectors, its consumed keys (relative,
 * and absolute ones for one selector's items), its mapper id. If the readers went back to tables
 * of their own, these would fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberSpec, PlatformSpec } from '../../../../electron/core/importers/common/spec-format';
import { createGoogleImporter, GOOGLE_SPEC } from '../../../../electron/core/importers/google';
import { compileMembers } from '../../../../electron/core/importers/google/compile';
import type { GoogleMapperId } from '../../../../electron/core/importers/google/declared';
import { classifyMember, memberOf } from '../../../../electron/core/importers/google/members';
import { GOOGLE_RULES } from '../../../../electron/core/importers/google/rules';
import type { ImportRecord } from '../../../../shared/records';
import { writeGoogleTimelineZip, writeGoogleZip } from '../../../fixtures/generators/google';
import { coverageOf, runImport, type ImportRun } from '../harness';

type Spec = PlatformSpec<GoogleMapperId>;
type Member = MemberSpec<GoogleMapperId>;

function changed(id: string, change: (m: Member) => Member): Spec {
  expect(GOOGLE_SPEC.members.some((m) => m.id === id), id).toBe(true);
  return { ...GOOGLE_SPEC, members: GOOGLE_SPEC.members.map((m) => (m.id === id ? change(m) : m)) };
}

const what = (r: ImportRecord): string => (r.type === 'event' ? `event:${r.kind}` : `fact:${r.fact}`);
const of = (run: ImportRun, member: string): ImportRecord[] => run.records.filter((r) => r.member === member);
const unreadKeys = (run: ImportRun, member: string, key: string): number =>
  run.ledger.gapsOf(member).filter((g) => g.kind === 'key' && g.what.endsWith(`/${key}`)).reduce((n, g) => n + g.count, 0);

const RECORDS = 'Location History (Timeline)/Records.json';
const SETTINGS = 'Location History (Timeline)/Settings.json';
const SEARCH = 'My Activity/Search/MyActivity.json';
const WATCH_HISTORY = 'YouTube and YouTube Music/history/watch-history.json';

let dir: string;
let takeout: string;
let timeline: string;
let base: ImportRun;
let baseTimeline: ImportRun;
const read = (zip: string, spec?: Spec): Promise<ImportRun> => runImport([zip], [createGoogleImporter(spec ? { spec } : {})]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-declared-'));
  takeout = join(dir, 'takeout-en.zip');
  timeline = join(dir, 'timeline.zip');
  await writeGoogleZip(takeout, { variant: 'en', seed: 5 });
  await writeGoogleTimelineZip(timeline);
  base = await read(takeout);
  baseTimeline = await read(timeline);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Google readers read by the declared spec they are given', () => {
  it('a copy equal to the declared spec reads the same records', async () => {
    const same = await read(takeout, { ...GOOGLE_SPEC, members: GOOGLE_SPEC.members.map((m) => ({ ...m })) });
    expect(same.records).toEqual(base.records);
    expect(same.parsed).toEqual(base.parsed);
  });

  it('a member declared ignored is not read', async () => {
    const points = of(base, RECORDS).length;
    expect(points).toBeGreaterThan(0);
    expect(base.parsed).toContain(RECORDS);
    const run = await read(takeout, changed('location-records', ({ record: _r, items: _i, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' })));
    expect(run.parsed).not.toContain(RECORDS);
    expect(of(run, RECORDS)).toEqual([]);
    expect(run.records).toHaveLength(base.records.length - points);
    // Coverage reads the same spec: the file is known, not read, for the declared reason.
    const outcome = (r: ImportRun) => coverageOf(r).outcomes.find((o) => o.path === RECORDS);
    expect(outcome(base)).toMatchObject({ status: 'parsed' });
    expect(outcome(run)).toMatchObject({ status: 'ignored', note: expect.stringContaining('a test says so') });
  });

  it('a member whose declared file patterns change reads other files', async () => {
    const history = of(base, WATCH_HISTORY).length;
    expect(history).toBeGreaterThan(0);
    // My Activity without its second pattern (YouTube's history folder): that file is no member any more.
    const run = await read(takeout, changed('my-activity', (m) => ({ ...m, files: m.files.slice(0, 1) })));
    expect(run.parsed).not.toContain(WATCH_HISTORY);
    expect(of(run, WATCH_HISTORY)).toEqual([]);
    expect(run.records).toHaveLength(base.records.length - history);
    expect(run.parsed).toContain(SEARCH);
  });

  it('a changed selector finds no records where the declared one did, and the member says what it lacks', async () => {
    expect(of(base, RECORDS).length).toBeGreaterThan(0);
    const run = await read(takeout, changed('location-records', (m) => ({ ...m, items: { json: { object: ['$.points.*'] } } })));
    expect(run.parsed).toContain(RECORDS);
    expect(of(run, RECORDS)).toEqual([]);
    expect(run.problems).toContainEqual({ member: RECORDS, message: expect.stringContaining('no "points" list in the file (top-level keys: "locations")') });
    // And a root of the other kind is named in the declared list's words.
    const array = await read(takeout, changed('location-settings', (m) => ({ ...m, items: { json: { array: ['$.*'] } } })));
    expect(array.problems).toContainEqual({ member: SETTINGS, message: 'expected Location History settings (a JSON array); found a JSON object' });
  });

  it('a key taken out of the declared consumed keys is reported unread', async () => {
    const controls = (run: ImportRun): number => run.parsed.reduce((n, m) => n + unreadKeys(run, m, 'activityControls'), 0);
    expect(controls(base)).toBe(0);
    const run = await read(takeout, changed('my-activity', (m) => ({ ...m, consumed: (m.consumed ?? []).filter((k) => k !== 'activityControls') })));
    expect(controls(run)).toBeGreaterThan(0);
    expect(run.records).toEqual(base.records);
  });

  it('an absolute consumed key concerns the items of its selector only', async () => {
    const key = '$.rawSignals.*.position.altitudeMeters';
    const timelineMember = GOOGLE_SPEC.members.find((m) => m.id === 'timeline');
    expect(timelineMember?.consumed).toContain(key);
    expect(unreadKeys(baseTimeline, 'Timeline.json', 'altitudeMeters')).toBe(0);
    const run = await read(timeline, changed('timeline', (m) => ({ ...m, consumed: (m.consumed ?? []).filter((k) => k !== key) })));
    const positions = of(run, 'Timeline.json').filter((r) => r.pointer.startsWith('/rawSignals/')).length;
    expect(positions).toBeGreaterThan(0);
    expect(unreadKeys(run, 'Timeline.json', 'altitudeMeters')).toBe(positions);
  });

  it('the mapper is the one the declared mapper id names', async () => {
    // Settings.json read by the Semantic Location History mapper: its devices are no visits or
    // trips, so each is dropped as an unexpected shape, and the location records lose their device names.
    const devices = of(base, SETTINGS).filter((r) => what(r) === 'fact:device').length;
    expect(devices).toBeGreaterThan(0);
    const run = await read(takeout, changed('location-settings', (m) => ({ ...m, record: { ...m.record!, mapperId: 'semantic-location' } })));
    expect(of(run, SETTINGS)).toEqual([]);
    expect(run.ledger.gapsOf(SETTINGS)).toContainEqual(expect.objectContaining({ kind: 'item', what: 'unexpected shape', count: devices }));
    const named = (r: ImportRun): number => of(r, RECORDS).filter((x) => x.type === 'event' && / of /.test(x.title)).length;
    expect(named(base)).toBeGreaterThan(0);
    expect(named(run)).toBe(0);
  });
});

describe('the declared Google spec compiles, and nothing beside it names a member it does not have', () => {
  it('every rule is keyed by a declared parsed member, and every such member has one', () => {
    const parsed = GOOGLE_SPEC.members.filter((m) => m.status === 'parsed').map((m) => m.id).sort();
    expect(Object.keys(GOOGLE_RULES).sort()).toEqual(parsed);
  });

  it('a member that cannot be read as declared fails to compile, naming it', () => {
    const bad = (id: string, change: (m: Member) => Member): (() => unknown) => () => compileMembers(changed(id, change));
    expect(bad('location-records', (m) => ({ ...m, id: 'points' }))).toThrow(/google\/points: no rule in rules.ts/);
    expect(bad('location-records', ({ record: _r, ...m }) => m)).toThrow(/google\/location-records: a parsed member without a record mapper id/);
    expect(bad('semantic-location', (m) => ({ ...m, record: { ...m.record!, mapperId: 'places' as GoogleMapperId } }))).toThrow(/google\/semantic-location: mapper "places" is not in mappers.ts/);
    expect(bad('access-activities', (m) => ({ ...m, items: { json: { array: ['$.*'] } } }))).toThrow(/google\/access-activities: mapper access-csv reads CSV rows/);
    expect(bad('my-activity', (m) => ({ ...m, items: { csv: 'rows' } }))).toThrow(/google\/my-activity: mapper my-activity reads JSON items/);
    expect(bad('timeline', (m) => ({ ...m, items: { json: { object: ['$.semanticSegments.*', '$.rawSignals.*'], array: ['$.*'] } } })))
      .toThrow(/google\/timeline: section \$\.userLocationProfile is not a declared selector/);
    expect(bad('timeline', (m) => ({ ...m, consumed: [...(m.consumed ?? []), '$.visits.*.note'] }))).toThrow(/google\/timeline: consumed key \$\.visits\.\*\.note is under no declared selector/);
  });

  it('which member a path is: the declared patterns in order, in any language, with a stripped folder put back', () => {
    expect(memberOf('Zugriffsprotokollaktivitäten/Geräte – eine Liste der Geräte (z. B. Nest, Pixel, iPh.csv')?.id).toBe('access-devices');
    expect(memberOf('Access Log Activity/Activities - A list of Google services accessed by.csv')?.id).toBe('access-activities');
    expect(memberOf('Mon activité/Recherche/MonActivité.html')?.id).toBe('my-activity-html');
    expect(classifyMember('Mon activité/Recherche/MonActivité.html')).toBeNull();
    // Declaration order decides: a My Activity file inside a Semantic Location History folder is My Activity.
    expect(memberOf('Semantic Location History/My Activity/Maps/MyActivity.json')?.id).toBe('my-activity');
    expect(memberOf('Settings.json', 'Standortverlauf')?.id).toBe('location-settings');
    // A decomposed `ä` (a zip made on a Mac) is the same name.
    expect(memberOf('Meine Aktivitäten/Suche/MeineAktivitäten.json'.normalize('NFD'))?.id).toBe('my-activity');
  });
});
