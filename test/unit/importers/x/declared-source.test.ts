/**
 * The X reader consumes the declared spec (importers/x/declared.ts): an importer built from a
 * changed copy of it reads a real generated archive differently, in exactly the way the change
 * says — a member's status, its file patterns, its selectors, its consumed keys, its mapper id.
 * If the reader went back to a table of its own, these would fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberSpec, PlatformSpec } from '../../../../electron/core/importers/common/spec-format';
import { createXImporter, X_SPEC } from '../../../../electron/core/importers/x';
import { withConsumed } from '../../../../electron/core/importers/common/key-tree';
import { compileDataFiles } from '../../../../electron/core/importers/x/compile';
import type { XMapperId } from '../../../../electron/core/importers/x/declared';
import { X_RULES } from '../../../../electron/core/importers/x/rules';
import type { ImportRecord } from '../../../../shared/records';
import { writeXZip } from '../../../fixtures/generators/x';
import { runImport, type ImportRun } from '../harness';

type Spec = PlatformSpec<XMapperId>;
type Member = MemberSpec<XMapperId>;

function changed(id: string, change: (m: Member) => Member): Spec {
  expect(X_SPEC.members.some((m) => m.id === id), id).toBe(true);
  return { ...X_SPEC, members: X_SPEC.members.map((m) => (m.id === id ? change(m) : m)) };
}

const count = (records: ImportRecord[], what: string): number =>
  records.filter((r) => (r.type === 'event' ? `event:${r.kind}` : `fact:${r.fact}`) === what).length;
const gaps = (run: ImportRun, member: string) => run.ledger.gapsOf(member);

let zip: string;
let dir: string;
let base: ImportRun;
const read = (spec?: Spec): Promise<ImportRun> => runImport([zip], [createXImporter(spec ? { spec } : {})]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'x-declared-'));
  zip = join(dir, 'x-current.zip');
  await writeXZip(zip, { variant: 'current', seed: 5 });
  base = await read();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the X reader reads by the declared spec it is given', () => {
  it('a copy equal to the declared spec reads the same records', async () => {
    const same = await read({ ...X_SPEC, members: X_SPEC.members.map((m) => ({ ...m })) });
    expect(same.records).toEqual(base.records);
    expect(same.parsed).toEqual(base.parsed);
  });

  it('a member declared ignored is not read', async () => {
    const logins = count(base.records, 'event:login');
    expect(logins).toBeGreaterThan(0);
    expect(base.parsed).toContain('data/ip-audit.js');
    const run = await read(changed('ip-audit', ({ record: _r, items: _i, ...m }) => ({ ...m, status: 'ignored', reason: 'a test says so' })));
    expect(run.parsed).not.toContain('data/ip-audit.js');
    expect(count(run.records, 'event:login')).toBe(0);
    expect(run.records).toHaveLength(base.records.length - logins);
  });

  it('a member whose declared file pattern changes no longer reads its file', async () => {
    const likes = count(base.records.filter((r) => r.member === 'data/like.js'), 'fact:profile');
    expect(likes).toBeGreaterThan(0);
    const run = await read(changed('like', (m) => ({ ...m, files: [/(?:^|\/)data\/liked-posts\.js$/i] })));
    expect(run.parsed).not.toContain('data/like.js');
    expect(run.records.filter((r) => r.member === 'data/like.js')).toEqual([]);
    expect(run.records).toHaveLength(base.records.length - likes);
  });

  it('a changed selector finds no records where the declared one did, and the ledger says so', async () => {
    const messages = base.records.filter((r) => r.member.startsWith('data/direct-messages')).length;
    expect(messages).toBeGreaterThan(0);
    const run = await read(changed('direct-messages', (m) => ({
      ...m, items: { json: { array: ['$.*.dmConversation.notMessages.*', '$.*.dmConversation.conversationId'] } },
    })));
    expect(run.records.filter((r) => r.member.startsWith('data/direct-messages'))).toEqual([]);
    const members = run.parsed.filter((p) => p.startsWith('data/direct-messages'));
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(gaps(run, member)).toContainEqual(expect.objectContaining({ kind: 'item', what: 'not where the records are expected' }));
    }
  });

  it('a key taken out of the declared consumed keys is reported unread', async () => {
    const unreadLang = (r: ImportRun) => r.parsed.flatMap((m) => gaps(r, m)).filter((g) => g.kind === 'key' && g.what.endsWith('/tweet/lang'));
    expect(unreadLang(base)).toEqual([]);
    const run = await read(changed('tweets', (m) => ({ ...m, consumed: (m.consumed ?? []).filter((k) => k !== 'tweet.lang') })));
    const posts = base.records.filter((r) => r.member.startsWith('data/tweets')).length;
    expect(posts).toBeGreaterThan(0);
    expect(unreadLang(run).reduce((n, g) => n + g.count, 0)).toBe(posts);
  });

  it('the mapper is the one the declared mapper id names', async () => {
    // like.js read by the tweet mapper: its items are no posts, so each is dropped as an unexpected shape.
    const run = await read(changed('like', (m) => ({ ...m, record: { ...m.record!, mapperId: 'tweet' } })));
    expect(run.records.filter((r) => r.member === 'data/like.js')).toEqual([]);
    expect(gaps(run, 'data/like.js')).toContainEqual(expect.objectContaining({ kind: 'item', what: 'unexpected shape' }));
  });
});

describe('the declared X spec compiles, and nothing beside it names a member it does not have', () => {
  it('every rule is keyed by a declared parsed data member, and every such member has one', () => {
    const parsed = X_SPEC.members.filter((m) => m.status === 'parsed' && m.id !== 'manifest').map((m) => m.id).sort();
    expect(Object.keys(X_RULES).sort()).toEqual(parsed);
  });

  it('a member that cannot be read as declared fails to compile, naming it', () => {
    const bad = (id: string, change: (m: Member) => Member): (() => unknown) => () => compileDataFiles(changed(id, change));
    expect(bad('direct-messages', (m) => ({ ...m, items: { json: { array: ['$.*.dmConversation.messages.*'] } } }))).toThrow(/x\/direct-messages: context .* is not a declared selector/);
    expect(bad('tweets', (m) => ({ ...m, id: 'posts' }))).toThrow(/x\/posts: no rule in rules.ts/);
    expect(bad('tweets', ({ record: _r, ...m }) => m)).toThrow(/x\/tweets: a parsed data file without a record mapper id/);
  });

  it('declared consumed keys join the keys the mapper reads; a read key stays read', () => {
    expect(withConsumed({ a: { b: true } }, ['a.c', 'a.b', 'd.e'])).toEqual({ a: { b: true, c: 'consumed (declared)' }, d: { e: 'consumed (declared)' } });
  });
});
