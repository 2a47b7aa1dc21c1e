/**
 * Main's side of the core process: a `Core` (handlers + events + close) whose every call is a
 * message to the core process and back. Main imports this, never the core itself, so the
 * Electron main bundle holds no store, import or analysis code (checked by
 * test/unit/shell/main-imports.test.ts and test/integration/main-boot.test.ts).
 */
import { EventEmitter } from 'node:events';
import { CHANNELS, type Channel } from '../../../shared/api';
import type { Core, Handlers } from '../api/types';
import { ApiError } from '../../../shared/errors';
import { failure, isFromHost, unpackLargeStrings, type CallEnvelope, type HostInit, type WireError } from './protocol';
import type { CoreProcess } from './port';

export interface CoreClient extends Core {
  /** One call, answered with the envelope the preload unwraps (main forwards it as is; long strings stay packed, protocol.ts). */
  call(channel: Channel, req: unknown): Promise<CallEnvelope>;
  /** Settles when the core process has ended, with its exit code (null: killed or unknown). */
  readonly exited: Promise<number | null>;
}

export interface ConnectOptions {
  /** How long close() waits for the core to finish running imports before killing it. */
  closeTimeoutMs?: number;
}

/** What a failed call throws from `handlers`: the ApiError the core threw, rebuilt from its envelope. */
export function errorFromWire(e: WireError): ApiError {
  return new ApiError(e.code, e.message, e.detail);
}

export class CoreStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreStartError';
  }
}

const STOPPED = 'The core process stopped unexpectedly. Close and reopen Whereabouts.';

/** Sends `init` and resolves once the core answers `ready` (rejects with its message on `failed`). */
/**
 * The contract's handlers over a call that answers envelopes: the value (long strings unpacked),
 * or a thrown ApiError rebuilt from the wire. Used by the client and by the supervisor.
 */
export function handlersOver(call: (channel: Channel, req: unknown) => Promise<CallEnvelope>): Handlers {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (req: unknown) => {
        const env = await call(channel, req);
        if (env.ok) return unpackLargeStrings(env.value);
        throw errorFromWire(env.error);
      },
    ]),
  ) as unknown as Handlers; // Object.fromEntries erases the per-channel types; every CHANNELS entry is present.
}

export function connectCore(proc: CoreProcess, init: HostInit, o: ConnectOptions = {}): Promise<CoreClient> {
  const pending = new Map<number, (e: CallEnvelope) => void>();
  const events = new EventEmitter();
  let nextId = 1;
  let alive = true;
  let closing: Promise<void> | null = null;
  let ready: { resolve(): void; reject(err: Error): void } | null = null;
  let onClosed: (() => void) | null = null;

  const exited = new Promise<number | null>((resolve) => {
    proc.onExit((code) => {
      alive = false;
      for (const settle of pending.values()) settle(failure('unreachable', STOPPED));
      pending.clear();
      ready?.reject(new CoreStartError(`The core process ended before it was ready (exit code ${code ?? 'unknown'}).`));
      onClosed?.();
      resolve(code);
    });
  });

  proc.onMessage((m) => {
    if (!isFromHost(m)) return;
    switch (m.type) {
      case 'ready':
        ready?.resolve();
        return;
      case 'failed':
        ready?.reject(new CoreStartError(m.message));
        return;
      case 'result': {
        const settle = pending.get(m.id);
        pending.delete(m.id);
        settle?.(m.envelope);
        return;
      }
      case 'event':
        events.emit(m.name, m.payload);
        return;
      case 'closed':
        onClosed?.();
        return;
    }
  });

  const call = (channel: Channel, req: unknown): Promise<CallEnvelope> => {
    if (!alive) return Promise.resolve(failure('unreachable', STOPPED));
    if (closing !== null) return Promise.resolve(failure('unreachable', 'Whereabouts is closing.'));
    const id = nextId++;
    return new Promise<CallEnvelope>((resolve) => {
      pending.set(id, resolve);
      proc.post({ type: 'call', id, channel, req });
    });
  };

  const handlers = handlersOver(call);

  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (!alive) return;
      const closed = new Promise<void>((resolve) => {
        onClosed = resolve;
      });
      proc.post({ type: 'shutdown' });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), o.closeTimeoutMs ?? 15_000);
      });
      const how = await Promise.race([closed.then(() => 'closed' as const), timedOut]);
      clearTimeout(timer);
      if (how === 'timeout') proc.kill();
    })();
    return closing;
  };

  const client: CoreClient = {
    handlers,
    call,
    exited,
    events: {
      on(event, listener) {
        events.on(event, listener);
        return () => events.off(event, listener);
      },
    },
    close,
  };

  return new Promise<CoreClient>((resolve, reject) => {
    ready = {
      resolve: () => {
        ready = null;
        resolve(client);
      },
      reject: (err) => {
        ready = null;
        reject(err);
      },
    };
    proc.post({ type: 'init', options: init });
  });
}
