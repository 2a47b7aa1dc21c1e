/**
 * A small real Core for transport tests: plain functions for a few channels, an ApiError for the
 * rest, and a real event emitter. The transports are what is under test, not the core.
 */
import { EventEmitter } from 'node:events';
import { CHANNELS, type ApiEvents, type EventName, type ProfileInfo } from '../../../shared/api';
import { ApiError, type Core, type Handlers } from '../../../electron/core/api/types';

export interface FakeCore extends Core {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  calls: { channel: string; req: unknown }[];
  closed: boolean;
}

export const PROFILE: ProfileInfo = {
  version: '0.0.0-test',
  transport: 'serve',
  dbPath: '/tmp/test.db',
  dbBytes: 0,
  sources: 0,
  events: 0,
  sampleAvailable: false,
  nativeDialog: false,
  presenter: false,
  profile: null,
};

export function fakeCore(): FakeCore {
  const emitter = new EventEmitter();
  const calls: { channel: string; req: unknown }[] = [];
  const notImplemented = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async (req: unknown) => {
        calls.push({ channel: c, req });
        throw new ApiError('unsupported', `${c} is not part of the fake core`);
      },
    ]),
  );
  const handlers = {
    // Every channel exists (typed as Handlers below); a few do something real.
    ...notImplemented,
    'profile.info': async (req: Record<string, never>) => {
      calls.push({ channel: 'profile.info', req });
      return PROFILE;
    },
    'sources.members': async (req: { sourceId: number }) => {
      calls.push({ channel: 'sources.members', req });
      if (req.sourceId === 666) throw new Error('boom');
      return [];
    },
    'import.cancel': async (req: { jobId: string }) => {
      calls.push({ channel: 'import.cancel', req });
      return { cancelled: req.jobId === 'job-1' };
    },
  } as unknown as Handlers; // Object.fromEntries erases the per-channel types; all CHANNELS are present.
  const core: FakeCore = {
    handlers,
    events: {
      on(event, listener) {
        emitter.on(event, listener);
        return () => emitter.off(event, listener);
      },
    },
    emit: (event, payload) => emitter.emit(event, payload),
    calls,
    closed: false,
    async close() {
      core.closed = true;
    },
  };
  return core;
}
