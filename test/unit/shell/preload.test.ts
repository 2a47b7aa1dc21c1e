/**
 * The preload under Node with `electron` replaced by a recorder (the real module would try to
 * download the runtime): what exactly reaches the page as `window.api`.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/api';

const exposed = new Map<string, Record<string, unknown>>();
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
let reply: unknown = { ok: true, value: 'pong' };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return reply;
    },
    on: (ch: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(ch)) listeners.set(ch, new Set());
      listeners.get(ch)!.add(fn);
    },
    removeListener: (ch: string, fn: (...a: unknown[]) => void) => listeners.get(ch)?.delete(fn),
  },
  webUtils: { getPathForFile: (f: { path?: string }) => f.path ?? '' },
}));

type Fn = (...a: unknown[]) => Promise<unknown>;

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    invoked.length = 0;
    vi.resetModules();
    await import('../../../electron/preload/index');
  });

  it('exposes only `api` (no test hook outside test mode)', () => {
    expect([...exposed.keys()]).toEqual(['api']);
  });

  it('api is exactly CHANNELS + on + resolveFile', () => {
    expect(Object.keys(exposed.get('api')!).sort()).toEqual([...CHANNELS, 'on', 'resolveFile'].sort());
    for (const v of Object.values(exposed.get('api')!)) expect(typeof v).toBe('function');
  });

  it('a channel function invokes its own channel and unwraps the envelope', async () => {
    reply = { ok: true, value: { cancelled: true } };
    const api = exposed.get('api')!;
    await expect((api['import.cancel'] as Fn)({ jobId: 'j' })).resolves.toEqual({ cancelled: true });
    expect(invoked).toEqual([['import.cancel', { jobId: 'j' }]]);
    reply = { ok: false, error: { code: 'not-found', message: 'No such source.' } };
    const err = await (api['sources.members'] as Fn)({ sourceId: 9 }).then(() => null, (e: unknown) => e);
    // A real Error: the renderer reads its message (messageOf); code rides along for the preload side.
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'ApiError', message: 'No such source.', code: 'not-found' });
  });

  it('on() accepts only EVENT_NAMES, passes the payload alone, and unsubscribes', () => {
    const on = exposed.get('api')!.on as (e: string, f: (p: unknown) => void) => () => void;
    expect(() => on('anything', () => undefined)).toThrow(/Unknown event/);
    const got: unknown[] = [];
    const off = on('import.done', (p) => got.push(p));
    const [fn] = listeners.get('event:import.done')!;
    fn!({ sender: 'SECRET' }, { jobId: 'x' });
    expect(got).toEqual([{ jobId: 'x' }]);
    off();
    expect(listeners.get('event:import.done')!.size).toBe(0);
  });

  it('resolveFile gives the on-disk path, and refuses page-made files', async () => {
    const resolveFile = exposed.get('api')!.resolveFile as Fn;
    await expect(resolveFile({ path: '/home/a/export.zip' })).resolves.toBe('/home/a/export.zip');
    await expect(resolveFile({})).rejects.toMatchObject({ code: 'not-a-file' });
  });

  it('exposes the test hook only with the test argument', async () => {
    exposed.clear();
    vi.resetModules();
    process.argv.push('--whereabouts-test');
    try {
      await import('../../../electron/preload/index');
    } finally {
      process.argv.pop();
    }
    expect([...exposed.keys()]).toEqual(['api', 'whereaboutsTest']);
    expect(Object.keys(exposed.get('whereaboutsTest')!)).toEqual(['blockedRequests']);
  });
});
