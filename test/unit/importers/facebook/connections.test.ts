/**
 * Facebook `connections/` members (friends, friend requests, removed friends, followed profiles):
 * read as relationship events with the name as counterpart, not left "unknown". Key names are
 * [L] (reference §3: `friends_v2`, `following_v3`, …); the fixture is a small export with those
 * members beside the 2024 marker folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../../shared/records';
import { metaJson, type Json } from '../../../fixtures/generators/meta-json';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { coverageOf, runImport, type ImportRun } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

const T0 = 1_700_000_000;
const people = (prefix: string, n: number): { name: string; timestamp: number }[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, timestamp: T0 + i * 3600 }));
const MODEL = {
  friends: people('Friend', 3), received: people('Asker', 2), sent: people('Asked', 1), removed: people('Former', 1), following: people('Page', 2),
};
const FILES: Record<string, Json> = {
  'connections/friends/your_friends.json': { friends_v2: MODEL.friends },
  'connections/friends/received_friend_requests.json': { received_requests_v2: MODEL.received },
  'connections/friends/sent_friend_requests.json': { sent_requests_v2: MODEL.sent },
  'connections/friends/removed_friends.json': { deleted_friends_v2: MODEL.removed },
  'connections/followers/who_you_follow.json': { following_v3: MODEL.following },
  'your_facebook_activity/posts/your_posts_1.json': [],
};

let dir: string;
let run: ImportRun;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fb-connections-'));
  const zip = join(dir, 'fb.zip');
  await writeDeterministicZip(zip, Object.entries(FILES).map(([path, value]) => ({ path: `facebook-x/${path}`, content: metaJson(value) })));
  run = await runImport([zip], META_IMPORTERS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const of = (file: string): EventRecord[] => run.records.filter((r): r is EventRecord => r.type === 'event' && r.member.endsWith(file));

describe('Facebook connections', () => {
  it('no connections member is unknown, and nothing is unread or dropped', () => {
    expect(run.importer.id).toBe('facebook-json');
    const outcomes = coverageOf(run).outcomes.filter((o) => o.path.startsWith('connections/'));
    expect(outcomes.map((o) => o.status)).toEqual(['parsed', 'parsed', 'parsed', 'parsed', 'parsed']);
    expect(run.ledger.members().flatMap((m) => run.ledger.gapsOf(m))).toEqual([]);
  });

  it('each entry is one event with the name as counterpart, at its time', () => {
    expect(of('your_friends.json').map((e) => [e.kind, e.counterpart])).toEqual(MODEL.friends.map((f) => ['follow', f.name]));
    expect(of('received_friend_requests.json').map((e) => e.kind)).toEqual(['follower', 'follower']);
    expect(of('sent_friend_requests.json').map((e) => e.title)).toEqual(['Sent a friend request to Asked 1']);
    expect(of('removed_friends.json').map((e) => e.title)).toEqual(['Removed Former 1 from friends']);
    expect(of('who_you_follow.json').map((e) => e.time.utc)).toEqual(['2023-11-14T22:13:20Z', '2023-11-14T23:13:20Z']);
  });
});
