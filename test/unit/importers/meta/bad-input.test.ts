/**
 * Inputs the Meta importers must refuse clearly (MemberError naming the member) or survive
 * (ctx.problem on that member, the rest imported), each as a real zip read through the real
 * archive layer.
 *
 * Convention (meta/importer.ts, as common/member-guard.ts for Google and X): a Meta export is many
 * independent files, so a member that cannot be read becomes a problem on that member and the
 * import goes on; only when not a single record could be read does the import fail, with that
 * member's MemberError.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import { FACEBOOK_SPECS } from '../../../../electron/core/importers/facebook';
import { readMetaMember, WHOLE_MAX_BYTES } from '../../../../electron/core/importers/meta';
import { MemberError, type ImportContext } from '../../../../electron/core/importers/types';
import type { EventRecord } from '../../../../shared/records';
import { generateInstagramExport } from '../../../fixtures/generators/instagram';
import type { ZipInput } from '../../../fixtures/generators/zip';
import { importError, runImport } from '../harness';
import { zipCases } from '../zip-cases';
import { META_IMPORTERS } from './summarise';

const zipOf = zipCases('meta-bad-');

const LOGINS = 'security_and_login_information/login_and_account_creation/login_activity.json';
/** The smallest Instagram export: an empty profile (0 records) plus the member under test. */
const EMPTY_PROFILE: ZipInput = { path: 'personal_information/personal_information.json', content: '{"profile_user": []}' };

async function expectMemberError(content: string | Buffer, problem: RegExp, member = LOGINS): Promise<MemberError> {
  const { error } = await importError([await zipOf([EMPTY_PROFILE, { path: member, content }])], META_IMPORTERS);
  expect(error).toBeInstanceOf(MemberError);
  const memberError = error as MemberError;
  expect(memberError.member).toBe(member);
  expect(memberError.message.startsWith(`${member}: `)).toBe(true);
  expect(memberError.problem).toMatch(problem);
  return memberError;
}

const login = (ip: string, ts: number | string): string =>
  `{"title": "", "string_map_data": {"IP Address": {"href": "", "value": "${ip}", "timestamp": 0}, "Time": {"href": "", "value": "", "timestamp": ${typeof ts === 'number' ? ts : JSON.stringify(ts)}}}}`;

describe('a member that cannot be read at all (the only source of records): the import fails naming it', () => {
  it('invalid JSON: names the byte', async () => {
    const text = '{"account_history_login_history": [{"title": "", "string_map_data": {;}}]}';
    await expectMemberError(text, new RegExp(`^invalid JSON at byte ${text.indexOf(';')}: unexpected ";"`));
  });

  it('truncated', async () => {
    const cut = `{"account_history_login_history": [${login('203.0.113.5', 1700000000)}`.slice(0, 80);
    await expectMemberError(cut, new RegExp(`^invalid JSON at byte ${cut.length}: the file ends before the JSON is complete`));
  });

  it('a root list of numbers: not login records', async () => {
    await expectMemberError('[1, 2, 3]', /^expected login records \(JSON objects\); found 3 × a number$/);
  });

  it('a root object without the login key: says what was expected and what was found', async () => {
    await expectMemberError('{"name": "left-pad", "version": "1.3.0"}',
      /^expected a list of login records, or a JSON object with "account_history_login_history"; found top-level keys "name", "version"$/);
  });

  it('an empty object', async () => {
    await expectMemberError('{}', /found an empty object$/);
  });

  it('a 0-byte file', async () => {
    await expectMemberError('', /^the file is empty \(0 bytes\)$/);
  });

  it('whitespace only', async () => {
    await expectMemberError(' \n\t ', /^the file holds no JSON, only whitespace$/);
  });

  it('not JSON at all (an HTML page under a .json name)', async () => {
    await expectMemberError('<html><body>Login activity</body></html>', /^not (JSON|a JSON object or list): the text starts with "<html>/);
  });

  it('not UTF-8 text', async () => {
    const bytes = Buffer.concat([Buffer.from('{"account_history_login_history": ["caf'), Buffer.from([0xe9]), Buffer.from('"]}')]);
    await expectMemberError(bytes, /^not UTF-8 text: invalid byte sequence at byte 39$/);
  });

  it('a top-level list where the file must be an object (a message thread)', async () => {
    const member = 'your_instagram_activity/messages/inbox/x_1/message_1.json';
    await expectMemberError('[{"sender_name": "a", "timestamp_ms": 1700000000000}]',
      /^expected a JSON object with "messages"; found a list at the top level$/, member);
  });
});

describe('one bad member among good ones: a problem on that member, the rest imported', () => {
  const { files, expected } = generateInstagramExport({ variant: '2024', seed: 4 });
  const thread = files.find((f) => /message_1\.json$/.test(f.path));

  it('invalid JSON in one message thread', async () => {
    if (!thread) throw new Error('no thread');
    const broken = files.map((f) => (f === thread ? { path: f.path, content: String(f.content).replace('"messages": [', '"messages": [}') } : f));
    const run = await runImport([await zipOf(broken)], META_IMPORTERS);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]?.member).toBe(thread.path);
    expect(run.problems[0]?.message).toMatch(/^invalid JSON at byte \d+: unexpected "}"/);
    expect(run.parsed).not.toContain(thread.path);
    const lost = (JSON.parse(String(thread.content)) as { messages: unknown[] }).messages.length;
    expect(run.records.filter((r) => r.type === 'event' && r.kind === 'message')).toHaveLength((expected.byKind.message ?? 0) - lost);
    expect(run.records.filter((r) => r.type === 'event' && r.kind === 'login')).toHaveLength(expected.logins);
  });

  it('truncated after some records: those records are kept, the member is reported', async () => {
    const text = `{"account_history_login_history": [${login('203.0.113.5', 1700000000)}, ${login('203.0.113.6', 1700000001)}]}`;
    const cut = text.slice(0, text.length - 30);
    const r = await runImport([await zipOf([EMPTY_PROFILE, { path: LOGINS, content: cut }])], META_IMPORTERS);
    expect(r.records.map((x) => (x as EventRecord).ip)).toEqual(['203.0.113.5']);
    expect(r.problems).toEqual([{ member: LOGINS, message: `invalid JSON at byte ${cut.length}: the file ends before the JSON is complete (truncated?)` }]);
    expect(r.parsed).not.toContain(LOGINS);
  });

  it('a 0-byte member', async () => {
    const empty = files.map((f) => (f.path.endsWith('logout_activity.json') ? { path: f.path, content: '' } : f));
    const run = await runImport([await zipOf(empty)], META_IMPORTERS);
    expect(run.problems).toEqual([{ member: files.find((f) => f.path.endsWith('logout_activity.json'))?.path, message: 'the file is empty (0 bytes)' }]);
    expect(run.records.some((r) => r.type === 'event' && r.kind === 'logout')).toBe(false);
  });
});

describe('a readable member with bad parts: records kept, problems reported', () => {
  async function run(content: string): Promise<Awaited<ReturnType<typeof runImport>>> {
    const r = await runImport([await zipOf([EMPTY_PROFILE, { path: LOGINS, content }])], META_IMPORTERS);
    return r;
  }

  it('items that are not records are skipped and counted', async () => {
    const r = await run(`{"account_history_login_history": [${login('203.0.113.5', 1700000000)}, "oops", 42, ${login('203.0.113.6', 1700000100)}]}`);
    expect(r.records.map((x) => (x as EventRecord).ip)).toEqual(['203.0.113.5', '203.0.113.6']);
    expect(r.problems).toEqual([{ member: LOGINS, message: '2 of 4 item(s) skipped: not login records (1 × a string, 1 × a number)' }]);
    expect(r.records[1]?.pointer).toBe('/account_history_login_history/3');
  });

  it('an unreadable date keeps the record (no UTC) and is reported', async () => {
    const r = await run(`{"account_history_login_history": [${login('203.0.113.5', 'yesterday')}]}`);
    expect(r.records).toHaveLength(1);
    expect((r.records[0] as EventRecord).time).toEqual({ utc: null, text: 'yesterday', precision: 'second' });
    expect(r.problems[0]?.message).toBe('1 record(s) with a date that could not be read (e.g. "yesterday")');
  });

  it('a record with no time at all', async () => {
    const r = await run('{"account_history_login_history": [{"string_map_data": {"IP Address": {"value": "203.0.113.5"}}}]}');
    expect((r.records[0] as EventRecord).time.utc).toBeNull();
    expect(r.problems[0]?.message).toBe('1 record(s) with a date that could not be read (e.g. no time field)');
  });

  it('a list written as an object', async () => {
    const r = await run(`{"account_history_login_history": {"a": ${login('203.0.113.5', 1700000000)}}}`);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([{ member: LOGINS, message: '"account_history_login_history" should be a list of login records, found an object; skipped' }]);
  });

  it('an empty list is fine: parsed, no records, no problem', async () => {
    const r = await run('{"account_history_login_history": []}');
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.parsed).toContain(LOGINS);
  });

  it('text that is already real UTF-8 (not Latin-1-escaped) is left as it is', async () => {
    const r = await run('{"account_history_login_history": [{"string_map_data": {"IP Address": {"value": "203.0.113.5"}, "Time": {"timestamp": 1700000000}, "User Agent": {"value": "Åsa’s Firefox 🦊"}}}]}');
    expect((r.records[0] as EventRecord).device?.userAgent).toBe('Åsa’s Firefox 🦊');
  });
});

describe('size guard for values held whole', () => {
  it('a profile_information.json above the limit is refused before reading', async () => {
    const member = 'profile_information/profile_information.json';
    const inventory: Inventory = {
      label: 'x.zip', kind: 'zip', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
      entries: [{ path: member, rawPath: member, bytes: WHOLE_MAX_BYTES + 1, compressedBytes: 100, part: 0 }],
    };
    let opened = false;
    const ctx: ImportContext = {
      inventory, format: 'facebook-json-2021',
      open: () => { opened = true; return Promise.resolve(Readable.from([Buffer.from('{}')])); },
      problem: () => undefined, parsed: () => undefined, ledger: new LedgerBook(), signal: new AbortController().signal,
    };
    const spec = FACEBOOK_SPECS.find((s) => s.id === 'profile');
    if (!spec) throw new Error('no profile row');
    const read = readMetaMember(ctx, member, spec, { owners: new Set() });
    await expect(read.next()).rejects.toThrow(/^profile_information\/profile_information\.json: the file is 16 MB; a profile file is normally a few KB/);
    expect(opened).toBe(false);
  });
});
