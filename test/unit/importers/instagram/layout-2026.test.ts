/**
 * The instagram-2026-05 layout end to end: off-Meta events with `Received on` times, profile
 * activity (sign-ins with IP and port, e-mail and profile changes), sign-up details, the last
 * known location, and a ledger with nothing unread or dropped. Counts come from the fixture's
 * model (test/fixtures/layouts/instagram-2026-05.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../../shared/records';
import { writeLayoutZip } from '../../../fixtures/generators/meta-layout';
import { buildLayout, instagram2026Files } from '../../../fixtures/layouts/instagram-2026-05';
import { coverageOf, runImport, type ImportRun } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

const SEED = 5;
const ACCESS = /(^|\/)(login_activity|profile_activity|signup_details|last_known_location|password_change_activity)\.json$/;
let dir: string;
let run: ImportRun;
const { expected, model } = instagram2026Files(SEED);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ig-2026-'));
  run = await runImport((await buildLayout(dir, SEED)).paths, META_IMPORTERS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (kind?: string): EventRecord[] => run.records.filter((r): r is EventRecord => r.type === 'event' && (kind === undefined || r.kind === kind));
const member = (name: string): string => run.inventory.entries.find((e) => e.path.endsWith(`/${name}`))?.path ?? name;

describe('Instagram 2026-05 layout', () => {
  it('is recognised as the 2025+ Instagram layout, with no problems', () => {
    expect(run.recognition.format).toBe('instagram-json-2025');
    expect(run.problems).toEqual([]);
  });

  it('access files are all read: none unknown, none in error', () => {
    const access = coverageOf(run).outcomes.filter((o) => ACCESS.test(o.path));
    expect(access).toHaveLength(5);
    expect(access.filter((o) => o.status !== 'parsed')).toEqual([]);
  });

  it('connections: followers, following and the blocked profile are read (none unknown)', () => {
    const connections = coverageOf(run).outcomes.filter((o) => o.path.includes('/connections/') || o.path.startsWith('connections/'));
    expect(connections).toHaveLength(3);
    expect(connections.filter((o) => o.status !== 'parsed')).toEqual([]);
    // blocked_profiles.json is one record at the root (pointer "").
    expect(events('block').map((e) => e.pointer)).toEqual(['']);
  });

  it('logins: login_activity records and profile-activity sign-ins, each with its own IP', () => {
    expect(events('login')).toHaveLength(expected.logins);
    expect(new Set(events().flatMap((e) => (e.ip ? [e.ip] : []))).size).toBe(expected.ips);
    const signIn = events('login').find((e) => e.member.endsWith('profile_activity.json'));
    expect(signIn?.text).toMatch(/ · port \d{5}$/);
    expect(signIn?.title).toMatch(/^Log in from /);
  });

  it('devices: every record naming one, each a different device', () => {
    const withDevice = run.records.filter((r) => r.device !== undefined);
    expect(withDevice).toHaveLength(expected.deviceRecords);
    expect(new Set(withDevice.map((r) => JSON.stringify(r.device))).size).toBe(expected.deviceRecords);
  });

  it('profile activity: one event per record, none without a time', () => {
    const activity = events().filter((e) => e.member.endsWith('profile_activity.json'));
    expect(activity).toHaveLength(expected.profileActivityEvents);
    expect(activity.filter((e) => e.time.utc === null)).toEqual([]);
  });

  it('off-Meta activity: every event timed from its "Received on" entry', () => {
    const off = events('off_platform');
    expect(off).toHaveLength(expected.offPlatformEvents);
    expect(off.filter((e) => e.time.utc === null)).toEqual([]);
    const first = model.offMeta.find((a) => a.events.length > 0);
    expect(off.find((e) => e.offPlatform?.source === first?.title)?.time.utc).toBe(new Date((first?.events[0]?.receivedOn ?? 0) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(run.records.filter((r) => r.type === 'fact' && r.fact === 'off_platform')).toHaveLength(expected.offPlatformApps);
  });

  it('last known location: one location event at the precise position', () => {
    const located = events('location');
    expect(located).toHaveLength(expected.locationEvents);
    expect(located[0]?.geo).toEqual({ lat: Number(model.location.preciseLat), lon: Number(model.location.preciseLon) });
  });

  it('sign-up details: one account-created event with IP and device', () => {
    const signup = events('security').filter((e) => e.member.endsWith('signup_details.json'));
    expect(signup).toHaveLength(1);
    expect(signup[0]?.ip).toBeDefined();
    expect(signup[0]?.device?.model).toBeDefined();
  });

  it('every member of the layout is read or known with a reason: none unknown', () => {
    expect(coverageOf(run).outcomes.filter((o) => o.status === 'unknown').map((o) => o.path)).toEqual([]);
  });

  it('the ledger: nothing unread, nothing dropped, in any member read', () => {
    expect(run.ledger.members().flatMap((m) => run.ledger.gapsOf(m).map((g) => ({ m, ...g })))).toEqual([]);
    expect(run.ledger.items.get(member('profile_activity.json'))).toBe(expected.profileActivityEvents);
    expect(run.ledger.items.get(member('your_activity_off_meta_technologies.json'))).toBe(model.offMeta.length);
  });

  it('an unknown key and an unknown label added to a record surface with their shape path and an example pointer', async () => {
    const { files } = instagram2026Files(SEED);
    const login = files.find((f) => f.path.endsWith('login_activity.json'));
    const activity = files.find((f) => f.path.endsWith('profile_activity.json'));
    if (!login || !activity) throw new Error('fixture without login or profile activity');
    const doc = JSON.parse(login.content) as { account_history_login_history: Record<string, unknown>[] };
    const second = doc.account_history_login_history[1] as { string_map_data: Record<string, unknown> } & Record<string, unknown>;
    second.session_token = 'abc123';
    second.string_map_data['Carrier'] = { href: '', value: 'Example Mobile', timestamp: 0 };
    // An unknown container beside the records, and an empty unknown key (not data: not reported).
    (doc as unknown as Record<string, unknown>).account_history_login_sessions = [{ token: 'x' }];
    second.empty_note = 'N/A';
    login.content = JSON.stringify(doc);
    const items = JSON.parse(activity.content) as { label_values: unknown[] }[];
    items[2]?.label_values.push({ label: 'Network type', value: 'LTE' });
    activity.content = JSON.stringify(items);
    const zip = join(dir, 'modified.zip');
    await writeLayoutZip(zip, files, 'instagram-modified');
    const modified = await runImport([zip], META_IMPORTERS);
    const byWhat = (a: { what: string }, b: { what: string }): number => a.what.localeCompare(b.what);
    const gaps = modified.ledger.members().flatMap((m) => modified.ledger.gapsOf(m).map((g) => ({ member: m, ...g }))).sort(byWhat);
    expect(gaps).toEqual([
      { member: login.path, kind: 'key', what: '/account_history_login_history/*/string_map_data/Carrier', count: 1, example: '/account_history_login_history/1/string_map_data/Carrier' },
      { member: login.path, kind: 'key', what: '/account_history_login_history/*/session_token', count: 1, example: '/account_history_login_history/1/session_token' },
      { member: login.path, kind: 'key', what: '/account_history_login_sessions', count: 1, example: '/account_history_login_sessions' },
      { member: activity.path, kind: 'key', what: '/*/label_values/*/label:Network type', count: 1, example: `/2/label_values/${(items[2]?.label_values.length ?? 0) - 1}` },
    ].sort(byWhat));
    // The records are still all there.
    expect(modified.records).toHaveLength(run.records.length);
  });
});
