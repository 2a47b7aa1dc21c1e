/**
 * The core process protocol (electron/core/host): the client's behaviour when the core process
 * misbehaves — fails to start, dies mid-call, does not close — and the host loop's answers, over
 * a scripted CoreProcess (no second process needed to test these edges; the happy path runs for
 * real in test/integration/ipc-harness.test.ts and main-boot.test.ts).
 */
import { EventEmitter } from 'node:events';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { connectCore, CoreStartError } from '../../../electron/core/host/client';
import { serveCore } from '../../../electron/core/host/host';
import { superviseCore } from '../../../electron/core/host/supervisor';
import type { ImportResult } from '../../../shared/api';
import { inProcessPair, type CoreProcess } from '../../../electron/core/host/port';
import { BYTES_TAG, packLargeStrings, unpackLargeStrings, type FromHost, type ToHost } from '../../../electron/core/host/protocol';
import { unwrapEnvelope } from '../../../electron/preload/ipc-wire';
import { fakeCore, PROFILE } from './fake-core';

/** A core process whose answers the test writes by hand. */
function scripted(): CoreProcess & { received: ToHost[]; answer(m: FromHost): void; die(code: number | null): void; killed: boolean } {
  const bus = new EventEmitter();
  const proc = {
    received: [] as ToHost[],
    killed: false,
    post: (m: unknown) => void proc.received.push(m as ToHost),
    onMessage: (fn: (m: unknown) => void) => void bus.on('message', fn),
    onExit: (fn: (code: number | null) => void) => void bus.once('exit', fn),
    kill: () => {
      proc.killed = true;
      bus.emit('exit', null);
    },
    answer: (m: FromHost) => bus.emit('message', structuredClone(m)),
    die: (code: number | null) => bus.emit('exit', code),
  };
  return proc;
}

const INIT = { dbPath: '/tmp/x.db', transport: 'electron' as const };

describe('core process client', () => {
  it('sends init first and rejects with the core message when the core fails to start', async () => {
    const proc = scripted();
    const connecting = connectCore(proc, INIT);
    expect(proc.received).toEqual([{ type: 'init', options: INIT }]);
    proc.answer({ type: 'failed', message: 'unable to open database file' });
    await expect(connecting).rejects.toEqual(new CoreStartError('unable to open database file'));
  });

  it('rejects when the process ends before it is ready', async () => {
    const proc = scripted();
    const connecting = connectCore(proc, INIT);
    proc.die(3);
    await expect(connecting).rejects.toThrow(/ended before it was ready \(exit code 3\)/);
  });

  it('answers calls by id, out of order, and passes events on', async () => {
    const proc = scripted();
    const connecting = connectCore(proc, INIT);
    proc.answer({ type: 'ready' });
    const client = await connecting;
    const events: unknown[] = [];
    client.events.on('import.done', (p) => events.push(p));
    const first = client.call('profile.info', {});
    const second = client.call('sources.list', {});
    const [, c1, c2] = proc.received as [ToHost, Extract<ToHost, { type: 'call' }>, Extract<ToHost, { type: 'call' }>];
    expect([c1.channel, c2.channel]).toEqual(['profile.info', 'sources.list']);
    proc.answer({ type: 'result', id: c2.id, envelope: { ok: true, value: [] } });
    proc.answer({ type: 'result', id: c1.id, envelope: { ok: false, error: { code: 'not-found', message: 'No.' } } });
    expect(await second).toEqual({ ok: true, value: [] });
    expect(await first).toEqual({ ok: false, error: { code: 'not-found', message: 'No.' } });
    // handlers throw the envelope as an ApiError (the shape main's own handlers rely on).
    const thrown = client.handlers['profile.info']({}).then(() => null, (e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    const c3 = proc.received.at(-1) as Extract<ToHost, { type: 'call' }>;
    proc.answer({ type: 'result', id: c3.id, envelope: { ok: false, error: { code: 'busy', message: 'An import is running.' } } });
    expect(await thrown).toMatchObject({ name: 'ApiError', code: 'busy', message: 'An import is running.' });
    expect(await thrown).toBeInstanceOf(Error);
    proc.answer({ type: 'event', name: 'import.done', payload: { jobId: 'j', status: 'imported', sourceIds: [1], message: null, file: null, member: null } });
    expect(events).toEqual([{ jobId: 'j', status: 'imported', sourceIds: [1], message: null, file: null, member: null }]);
  });

  it('a core that dies mid-call: pending and later calls answer `unreachable` with a sentence', async () => {
    const proc = scripted();
    const connecting = connectCore(proc, INIT);
    proc.answer({ type: 'ready' });
    const client = await connecting;
    const pending = client.call('claims.evaluate', { claims: [] });
    proc.die(null);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringMatching(/stopped unexpectedly/) } });
    expect(await client.call('profile.info', {})).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(await client.exited).toBeNull();
  });

  it('close() sends shutdown, waits for `closed`, and kills a core that never answers', async () => {
    const polite = scripted();
    const c1 = connectCore(polite, INIT);
    polite.answer({ type: 'ready' });
    const closing = (await c1).close();
    expect(polite.received.at(-1)).toEqual({ type: 'shutdown' });
    polite.answer({ type: 'closed' });
    await closing;
    expect(polite.killed).toBe(false);

    const stuck = scripted();
    const c2 = connectCore(stuck, INIT, { closeTimeoutMs: 50 });
    stuck.answer({ type: 'ready' });
    await (await c2).close();
    expect(stuck.killed).toBe(true);
  });
});

describe('core process host loop (over the in-process pair)', () => {
  it('serves a core: ready, calls with envelopes, events, unknown channels, shutdown closes the core and exits', async () => {
    const { host, core: proc } = inProcessPair();
    const core = fakeCore();
    const exits: number[] = [];
    serveCore(host, { make: async () => core, exit: (code) => exits.push(code) });
    const client = await connectCore(proc, INIT);
    expect(await client.call('profile.info', {})).toEqual({ ok: true, value: PROFILE });
    expect(await client.call('sources.list', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await client.call('no.such' as never, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const got: unknown[] = [];
    client.events.on('import.progress', (p) => got.push(p));
    core.emit('import.progress', { jobId: 'j', phase: 'reading', file: 'a.zip', member: null, bytesRead: 1, bytesTotal: 2, membersDone: 0, membersTotal: 1, records: 0 });
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toHaveLength(1);
    await client.close();
    expect(core.closed).toBe(true);
    await new Promise((r) => setTimeout(r, 40));
    expect(exits).toEqual([0]);
  });
});

describe('long strings cross main as bytes', () => {
  const csv = `time,kind\n${'2024-01-01T00:00:00Z,watch\n'.repeat(50_000)}é✓`; // > 1 MiB, with non-ASCII
  const clone = <T>(v: T): T => deserialize(serialize(v)) as T;

  it('the host packs top-level long strings; the preload and the client turn them back', () => {
    const env = packLargeStrings({ ok: true, value: { filename: 'timeline.csv', csv } });
    const value = (env as { value: Record<string, unknown> }).value;
    expect(value.filename).toBe('timeline.csv');
    expect(ArrayBuffer.isView((value.csv as Record<string, unknown>)[BYTES_TAG])).toBe(true);
    // Through two structured clones (core → main → page), as in the app.
    expect(unwrapEnvelope(clone(clone(env)))).toEqual({ filename: 'timeline.csv', csv });
    expect(unpackLargeStrings(clone(value))).toEqual({ filename: 'timeline.csv', csv });
  });

  it('leaves short strings, arrays, errors and non-objects alone', () => {
    const small = { ok: true as const, value: { filename: 'a.csv', csv: 'a,b\n' } };
    expect(packLargeStrings(small)).toBe(small);
    const list = { ok: true as const, value: [csv] };
    expect(packLargeStrings(list)).toBe(list);
    const failed = { ok: false as const, error: { code: 'internal' as const, message: 'x' } };
    expect(packLargeStrings(failed)).toBe(failed);
    expect(unwrapEnvelope({ ok: true, value: 'plain' })).toBe('plain');
  });
});

describe('core process supervisor', () => {
  /** Each start() makes a scripted core that answers `ready` at once and echoes calls as {ok, value: n}. */
  function starter(failFrom = Infinity) {
    const procs: ReturnType<typeof scripted>[] = [];
    const start = async () => {
      if (procs.length >= failFrom) throw new CoreStartError('no database');
      const proc = scripted();
      const n = procs.push(proc);
      proc.post = (m: unknown) => {
        proc.received.push(m as ToHost);
        const msg = m as ToHost;
        if (msg.type === 'call') {
          const value = msg.channel === 'import.start' ? { jobId: `job-${n}` } : n;
          setImmediate(() => proc.answer({ type: 'result', id: msg.id, envelope: { ok: true, value } }));
        }
      };
      const c = connectCore(proc, INIT);
      proc.answer({ type: 'ready' });
      return c;
    };
    return { procs, start };
  }

  it('a dead core is replaced for the next calls; its running import is reported failed', async () => {
    const { procs, start } = starter();
    const exits: [number | null, boolean][] = [];
    const core = await superviseCore(start, { onExit: (code, again) => exits.push([code, again]) });
    const done: ImportResult[] = [];
    core.events.on('import.done', (r) => done.push(r));
    expect(await core.call('profile.info', {})).toEqual({ ok: true, value: 1 });
    expect(await core.call('import.start', { paths: ['/a.zip'] })).toEqual({ ok: true, value: { jobId: 'job-1' } });
    procs[0]!.die(137);
    await new Promise((r) => setImmediate(r));
    expect(exits).toEqual([[137, true]]);
    expect(done).toEqual([expect.objectContaining({ jobId: 'job-1', status: 'failed', message: expect.stringMatching(/core process stopped/) })]);
    expect(await core.call('profile.info', {})).toEqual({ ok: true, value: 2 });
    expect(await core.handlers['profile.info']({})).toBe(2);
    await core.close().catch(() => undefined);
  });

  it('gives up after the allowed restarts, and answers unreachable with a sentence', async () => {
    const { procs, start } = starter();
    const core = await superviseCore(start, { maxRestarts: 1 });
    procs[0]!.die(1);
    await new Promise((r) => setImmediate(r));
    expect(await core.call('profile.info', {})).toEqual({ ok: true, value: 2 });
    procs[1]!.die(1);
    await new Promise((r) => setImmediate(r));
    expect(await core.call('profile.info', {})).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringMatching(/reopen/) } });
    expect(await core.exited).toBe(1);
    expect(procs).toHaveLength(2);
  });

  it('the first start failing rejects (main shows its error box); a failing restart gives up', async () => {
    await expect(superviseCore(starter(0).start)).rejects.toThrow('no database');
    const { procs, start } = starter(1);
    const core = await superviseCore(start);
    procs[0]!.die(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await core.call('profile.info', {})).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });

  it('closing is not a crash: no restart', async () => {
    const { procs, start } = starter();
    const exits: unknown[] = [];
    const core = await superviseCore(start, { onExit: (c) => exits.push(c) });
    const closing = core.close();
    await new Promise((r) => setImmediate(r));
    expect(procs[0]!.received.at(-1)).toEqual({ type: 'shutdown' });
    procs[0]!.answer({ type: 'closed' });
    await closing;
    procs[0]!.die(0);
    expect(await core.exited).toBe(0);
    expect(exits).toEqual([]);
    expect(procs).toHaveLength(1);
  });
});
