/**
 * The instagram-2024-07 layout end to end: devices, the encrypted-chat device with its last IP,
 * the last login from account information, the Threads profile (read, not an error), and a
 * ledger with nothing unread or dropped in any member read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../../shared/records';
import { buildLayout, INSTAGRAM_2024_07_EXPECTED as X } from '../../../fixtures/layouts/instagram-2024-07';
import { coverageOf, runImport, type ImportRun } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

const SEED = 11;
const ACCESS = /(^|\/)(devices|secret_conversations|account_information|camera_information)\.json$/;
let dir: string;
let run: ImportRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ig-2024-07-'));
  run = await runImport((await buildLayout(dir, SEED)).paths, META_IMPORTERS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (kind?: string): EventRecord[] => run.records.filter((r): r is EventRecord => r.type === 'event' && (kind === undefined || r.kind === kind));

describe('Instagram 2024-07 layout', () => {
  it('is recognised as the 2024 layout, with no problems', () => {
    expect(run.recognition.format).toBe('instagram-json-2024');
    expect(run.problems).toEqual([]);
  });

  it('access files are read or classified: none unknown, none in error', () => {
    const access = coverageOf(run).outcomes.filter((o) => ACCESS.test(o.path));
    expect(access).toHaveLength(4);
    expect(access.filter((o) => o.status === 'unknown' || o.status === 'error')).toEqual([]);
  });

  it('connections: every member read or classified (synced contacts known, not analysed)', () => {
    const connections = coverageOf(run).outcomes.filter((o) => o.path.startsWith('connections/'));
    expect(connections.map((o) => o.status).sort()).toEqual(['ignored', 'parsed', 'parsed', 'parsed', 'parsed', 'parsed']);
  });

  it('the Threads profile is read as Threads facts and its creation, not as an error', () => {
    const threads = coverageOf(run).outcomes.find((o) => o.path.endsWith('threads/personal_information.json'));
    expect(threads?.status).toBe('parsed');
    expect(events('security').filter((e) => e.title === 'Threads profile created')).toHaveLength(X.threadsCreated);
    expect(run.records.some((r) => r.type === 'fact' && r.name.startsWith('Threads: '))).toBe(true);
  });

  it('devices, the encrypted-chat device with its last IP, and the last login', () => {
    const deviceFacts = run.records.filter((r) => r.type === 'fact' && r.fact === 'device');
    expect(deviceFacts).toHaveLength(X.devices + X.encryptedChatDevices);
    expect(events('device_seen')).toHaveLength(X.devices + X.encryptedChatDevices);
    expect(events('login')).toHaveLength(X.logins);
    expect(new Set(events().flatMap((e) => (e.ip ? [e.ip] : []))).size).toBe(X.ips);
    expect(events('off_platform')).toHaveLength(X.offPlatformEvents);
  });

  it('every member of the layout is read or known with a reason: none unknown', () => {
    expect(coverageOf(run).outcomes.filter((o) => o.status === 'unknown').map((o) => o.path)).toEqual([]);
  });

  it('the ledger: nothing unread, nothing dropped, in any member read', () => {
    expect(run.ledger.members().flatMap((m) => run.ledger.gapsOf(m).map((g) => ({ m, ...g })))).toEqual([]);
    for (const member of run.parsed) expect(run.ledger.items.get(member), member).toBeGreaterThan(0);
  });
});
