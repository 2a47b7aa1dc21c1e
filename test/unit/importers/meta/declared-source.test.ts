/**
 * The Instagram and Facebook readers consume their declared specs (importers/instagram/declared.ts,
 * importers/facebook/declared.ts): an importer built from a changed copy reads a real generated
 * export differently, in exactly the way the change says — a member's status, its file patterns,
 * its selectors (lists, a whole value), its time keys, its consumed keys, its mapper id. A copy
 * that cannot be read as declared fails when the importer is made, naming the member. If a reader
 * went back to a table of its own, these would fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberSpec, PlatformSpec } from '../../../../electron/core/importers/common/spec-format';
import { createFacebookImporter, FACEBOOK_RULES, FACEBOOK_SPEC } from '../../../../electron/core/importers/facebook';
import { createInstagramImporter, INSTAGRAM_RULES, INSTAGRAM_SPEC } from '../../../../electron/core/importers/instagram';
import { compileMeta, unusedRules } from '../../../../electron/core/importers/meta/compile';
import { listsIn, listsOrRootList, timeOf, type MetaMapperId } from '../../../../electron/core/importers/meta/declared';
import type { ImportRecord } from '../../../../shared/records';
import { writeFacebookZip } from '../../../fixtures/generators/facebook';
import { writeInstagramZip } from '../../../fixtures/generators/instagram';
import { runImport, type ImportRun } from '../harness';

type Spec = PlatformSpec<MetaMapperId>;
type Member = MemberSpec<MetaMapperId>;

/** A copy of `spec` with member `id` changed by `change`; every other member as declared. */
function changed(spec: Spec, id: string, change: (m: Member) => Member): Spec {
  expect(spec.members.some((m) => m.id === id), id).toBe(true);
  return { ...spec, members: spec.members.map((m) => (m.id === id ? change(m) : m)) };
}

const kindOf = (r: ImportRecord): string => (r.type === 'event' ? `event:${r.kind}` : `fact:${r.fact}`);
const of = (run: ImportRun, member: string, kind?: string): ImportRecord[] =>
  run.records.filter((r) => r.member.endsWith(member) && (kind === undefined || kindOf(r) === kind));
const parsedAs = (run: ImportRun, file: string): boolean => run.parsed.some((p) => p.endsWith(file));
const keyGaps = (run: ImportRun, file: string) =>
  run.parsed.filter((p) => p.endsWith(file)).flatMap((p) => run.ledger.gapsOf(p)).filter((g) => g.kind === 'key');

const LOGINS = 'login_and_account_creation/login_activity.json';

let dir: string;
let igZip: string;
let fbZip: string;
let ig: ImportRun;
let fb: ImportRun;
const readIg = (spec?: Spec): Promise<ImportRun> => runImport([igZip], [createInstagramImporter(spec ? { spec } : {})]);
const readFb = (spec?: Spec): Promise<ImportRun> => runImport([fbZip], [createFacebookImporter(spec ? { spec } : {})]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meta-declared-'));
  igZip = join(dir, 'instagram-2024.zip');
  fbZip = join(dir, 'facebook-2024.zip');
  await writeInstagramZip(igZip, { variant: '2024', seed: 3 });
  await writeFacebookZip(fbZip, { variant: '2024', seed: 3 });
  ig = await readIg();
  fb = await readFb();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Instagram reader reads by the declared spec it is given', () => {
  it('a copy equal to the declared spec reads the same records', async () => {
    const same = await readIg({ ...INSTAGRAM_SPEC, members: INSTAGRAM_SPEC.members.map((m) => ({ ...m })) });
    expect(same.records).toEqual(ig.records);
    expect(same.parsed).toEqual(ig.parsed);
  });

  it('a member declared ignored is not read, and coverage gives the declared reason', async () => {
    const logins = of(ig, LOGINS, 'event:login').length;
    expect(logins).toBeGreaterThan(0);
    const spec = changed(INSTAGRAM_SPEC, 'logins', ({ record: _r, items: _i, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' }));
    const run = await readIg(spec);
    expect(parsedAs(run, LOGINS)).toBe(false);
    expect(of(run, LOGINS)).toEqual([]);
    expect(run.records).toHaveLength(ig.records.length - logins);
    const known = createInstagramImporter({ spec }).catalogue(run.recognition.format).find((f) => f.name === 'login_activity.json');
    expect(known).toMatchObject({ status: 'ignored', reason: 'a test says so' });
  });

  it('a member whose declared file pattern changes no longer reads its file', async () => {
    const follows = of(ig, 'followers_and_following/following.json').length;
    expect(follows).toBeGreaterThan(0);
    const run = await readIg(changed(INSTAGRAM_SPEC, 'following', (m) => ({ ...m, files: ['accounts_you_follow.json'] })));
    expect(parsedAs(run, 'followers_and_following/following.json')).toBe(false);
    expect(run.records).toHaveLength(ig.records.length - follows);
  });

  it('a moved selector finds no records where the declared one did, and the member says what it expected', async () => {
    expect(of(ig, LOGINS).length).toBeGreaterThan(0);
    const run = await readIg(changed(INSTAGRAM_SPEC, 'logins', (m) => ({ ...m, items: listsOrRootList('account_history_login_sessions') })));
    expect(of(run, LOGINS)).toEqual([]);
    expect(run.problems).toContainEqual({
      member: expect.stringMatching(/login_activity\.json$/) as string,
      message: expect.stringMatching(/expected a list of login records, or a JSON object with "account_history_login_sessions"; found top-level keys "account_history_login_history"/) as string,
    });
  });

  it('the time is read from the declared time keys', async () => {
    const logins = of(ig, LOGINS);
    expect(logins.every((r) => r.type === 'event' && r.time.utc !== null)).toBe(true);
    const run = await readIg(changed(INSTAGRAM_SPEC, 'logins', (m) => ({ ...m, record: { ...m.record!, time: timeOf([['signed_in_at', 's']]) } })));
    const undated = of(run, LOGINS);
    expect(undated).toHaveLength(logins.length);
    expect(undated.every((r) => r.type === 'event' && r.time.utc === null)).toBe(true);
    expect(run.problems.some((p) => p.member.endsWith(LOGINS) && /could not be read/.test(p.message))).toBe(true);
  });

  it('a key taken out of the declared consumed keys is reported unread', async () => {
    const emoji = (run: ImportRun) => keyGaps(run, 'likes/liked_posts.json').filter((g) => g.what.endsWith('/string_list_data/*/value'));
    expect(emoji(ig)).toEqual([]);
    const run = await readIg(changed(INSTAGRAM_SPEC, 'liked-posts', (m) => ({ ...m, consumed: (m.consumed ?? []).filter((k) => k !== 'value') })));
    const likes = of(ig, 'likes/liked_posts.json').length;
    expect(likes).toBeGreaterThan(0);
    expect(emoji(run).reduce((n, g) => n + g.count, 0)).toBe(likes);
    expect(of(run, 'likes/liked_posts.json')).toEqual(of(ig, 'likes/liked_posts.json'));
  });

  it('the mapper is the one the declared mapper id names', async () => {
    const posts = of(ig, 'content/posts_1.json', 'event:post').length;
    expect(posts).toBeGreaterThan(0);
    // posts_1.json read by the thread-message mapper: the same items, as messages.
    const run = await readIg(changed(INSTAGRAM_SPEC, 'posts', (m) => ({ ...m, record: { ...m.record!, becomes: ['event:message'], mapperId: 'message' } })));
    expect(of(run, 'content/posts_1.json', 'event:post')).toEqual([]);
    expect(of(run, 'content/posts_1.json', 'event:message')).toHaveLength(posts);
  });
});

describe('the Facebook reader reads by the declared spec it is given', () => {
  it('a copy equal to the declared spec reads the same records', async () => {
    const same = await readFb({ ...FACEBOOK_SPEC, members: FACEBOOK_SPEC.members.map((m) => ({ ...m })) });
    expect(same.records).toEqual(fb.records);
    expect(same.parsed).toEqual(fb.parsed);
  });

  it('a member declared ignored is not read', async () => {
    const activity = of(fb, '/account_activity.json').length;
    expect(activity).toBeGreaterThan(0);
    const run = await readFb(changed(FACEBOOK_SPEC, 'account-activity', ({ record: _r, items: _i, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' })));
    expect(parsedAs(run, '/account_activity.json')).toBe(false);
    expect(run.records).toHaveLength(fb.records.length - activity);
  });

  it('a whole value declared as a list is read as a list: the profile object gives no facts', async () => {
    const profile = of(fb, 'profile_information.json');
    expect(profile.length).toBeGreaterThan(0);
    const run = await readFb(changed(FACEBOOK_SPEC, 'profile', (m) => ({ ...m, items: listsIn('profile_v2') })));
    expect(of(run, 'profile_information.json')).toEqual([]);
    expect(run.problems).toContainEqual({
      member: expect.stringMatching(/profile_information\.json$/) as string,
      message: expect.stringMatching(/^"profile_v2" should be a list of profile records, found an object; skipped$/) as string,
    });
  });

  it('a key taken out of the declared consumed keys is reported unread', async () => {
    const locale = (run: ImportRun) => keyGaps(run, 'mobile_devices.json').filter((g) => g.what === '/devices_v2/*/device_locale');
    expect(locale(fb)).toEqual([]);
    const run = await readFb(changed(FACEBOOK_SPEC, 'mobile-devices', (m) => ({ ...m, consumed: [] })));
    expect(locale(run).reduce((n, g) => n + g.count, 0)).toBe(of(fb, 'mobile_devices.json', 'fact:device').length);
  });

  it('the mapper is the one the declared mapper id names', async () => {
    // The advertisers who uploaded a list, read as ad interests by the same names mapper: the kind is the declared one.
    const n = of(fb, 'advertisers_who_uploaded_a_contact_list_with_your_information.json', 'fact:advertiser').length;
    expect(n).toBeGreaterThan(0);
    const run = await readFb(changed(FACEBOOK_SPEC, 'contact-list-advertisers', (m) => ({ ...m, record: { ...m.record!, becomes: ['fact:ad_interest'] } })));
    expect(of(run, 'advertisers_who_uploaded_a_contact_list_with_your_information.json', 'fact:ad_interest')).toHaveLength(n);
    // …and read by the off-platform mapper, which reads objects: the list of names is no records of it.
    const off = await readFb(changed(FACEBOOK_SPEC, 'contact-list-advertisers', (m) => ({
      ...m, record: { ...m.record!, becomes: ['event:off_platform'], mapperId: 'off-platform' },
    })));
    expect(of(off, 'advertisers_who_uploaded_a_contact_list_with_your_information.json')).toEqual([]);
    expect(off.problems).toContainEqual({
      member: expect.stringMatching(/advertisers_who_uploaded_a_contact_list_with_your_information\.json$/) as string,
      message: `expected advertiser with your contact information records (JSON objects); found ${n} × a string`,
    });
  });
});

describe('the declared Meta specs compile, and nothing beside them names a member they do not have', () => {
  it('every rule is keyed by a declared parsed member, every such member has one, and every rule field is used by its mapper', () => {
    for (const [spec, rules] of [[INSTAGRAM_SPEC, INSTAGRAM_RULES], [FACEBOOK_SPEC, FACEBOOK_RULES]] as const) {
      const parsed = spec.members.filter((m) => m.status === 'parsed').map((m) => m.id).sort();
      expect(Object.keys(rules).sort(), spec.platform).toEqual(parsed);
      expect(unusedRules(spec, rules)).toEqual([]);
    }
    expect(unusedRules(changed(INSTAGRAM_SPEC, 'posts', (m) => ({ ...m, record: { ...m.record!, mapperId: 'names' } })), INSTAGRAM_RULES))
      .toEqual(['instagram/posts: title, which the names mapper does not use']);
    expect(unusedRules(changed(FACEBOOK_SPEC, 'friends', ({ record: _r, items: _i, ...m }) => ({ ...m, status: 'ignored', reason: 'test' })), FACEBOOK_RULES))
      .toEqual(['facebook/friends: a rule of no parsed member']);
  });

  it('a member that cannot be read as declared fails when the importer is made, naming it', () => {
    const ig = (id: string, change: (m: Member) => Member): (() => unknown) => () => createInstagramImporter({ spec: changed(INSTAGRAM_SPEC, id, change) });
    const fb = (id: string, change: (m: Member) => Member): (() => unknown) => () => createFacebookImporter({ spec: changed(FACEBOOK_SPEC, id, change) });
    const withoutMapperId = ({ record, ...m }: Member): Member => {
      const { mapperId: _m, ...rest } = record!;
      return { ...m, record: rest };
    };
    expect(ig('logins', withoutMapperId)).toThrow(/^instagram\/logins: a parsed member without a record mapper id$/);
    expect(ig('logins', (m) => ({ ...m, record: { ...m.record!, mapperId: 'table' as MetaMapperId } }))).toThrow(/^instagram\/logins: mapper "table" is not in mappers\.ts$/);
    expect(ig('logins', (m) => ({ ...m, id: 'sign-ins' }))).toThrow(/^instagram\/logins: a rule in rules\.ts for no member of the declared spec$/);
    expect(ig('logins', (m) => ({ ...m, record: { ...m.record!, mapperId: 'fact', becomes: ['fact:device'] } }))).toThrow(/^instagram\/logins: the fact mapper needs its fact rule/);
    expect(ig('profile-activity', (m) => ({ ...m, record: { ...m.record!, becomes: ['event:security'] } }))).toThrow(/^instagram\/profile-activity: .*its action rules give other kinds$/);
    expect(ig('logins', (m) => ({ ...m, record: { ...m.record!, device: ['User Agent', 'Device model'] } }))).toThrow(/^instagram\/logins: the rule's device roles are not the declared device keys$/);
    expect(ig('logins', (m) => ({ ...m, items: { json: { object: ['$.*.account_history_login_history'] } } }))).toThrow(/^instagram\/logins: "\$\.\*\.account_history_login_history" is not/);
    expect(ig('logins', (m) => ({ ...m, record: { ...m.record!, time: { fields: ['Time', 'title'], format: ['unix-s', 'iso'] } } }))).toThrow(/^instagram\/logins: time fields in \["unix-s","iso"\], without the format of each field$/);
    expect(fb('messages', (m) => ({ ...m, items: { json: { object: ['$.messages.*'] } } }))).toThrow(/^facebook\/messages: context \$\.participants\.\* is not a declared selector$/);
    expect(fb('app-permissions', (m) => ({ ...m, items: listsOrRootList('permissions_v2') }))).toThrow(/^facebook\/app-permissions: root keys in rules\.ts are for a root record/);
  });

  it('a time in mixed formats is read field by field as declared', () => {
    const logins = compileMeta(INSTAGRAM_SPEC, INSTAGRAM_RULES).find((r) => r.id === 'logins');
    expect(logins?.time?.slice(-2)).toEqual([['timestamp', 's'], ['title', 'text']]);
    const declared = INSTAGRAM_SPEC.members.find((m) => m.id === 'logins')?.record?.time;
    expect(declared?.format).toEqual(['unix-s', 'iso']);
    expect(declared?.formats?.slice(-2)).toEqual(['unix-s', 'iso']);
  });
});
