/**
 * The core process's loop: wait for `init`, build the core, answer `call`s (concurrently, each by
 * its id), forward the core's events, and on `shutdown` (or when the parent goes away) close the
 * core — which cancels running imports and waits for them — then say `closed` and exit.
 * Transport-neutral: it sees only a HostPort (port.ts).
 */
import { EVENT_NAMES } from '../../../shared/api';
import type { Core } from '../api/types';
import { callChannel, isChannel } from '../serve/dispatch';
import { envelopeOf, failure, isToHost, packLargeStrings, type FromHost, type HostInit } from './protocol';
import type { HostPort } from './port';

export interface HostOptions {
  /** Builds the core from the init options (createCore in the real entry, a fake in tests). */
  make(init: HostInit): Promise<Core>;
  /** Ends the process (process.exit in the real entry). */
  exit(code: number): void;
}

export function serveCore(port: HostPort, o: HostOptions): void {
  const post = (m: FromHost) => port.post(m);
  let starting: Promise<Core | null> | null = null;
  let closing: Promise<void> | null = null;

  const start = (init: HostInit): Promise<Core | null> =>
    o.make(init).then(
      (core) => {
        for (const name of EVENT_NAMES) core.events.on(name, (payload) => post({ type: 'event', name, payload }));
        post({ type: 'ready' });
        return core;
      },
      (err: unknown) => {
        // Main shows this in its "could not open its database" box, then stops this process.
        post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
        return null;
      },
    );

  const shutdown = (): Promise<void> => {
    closing ??= (async () => {
      const core = starting ? await starting : null;
      try {
        await core?.close();
      } finally {
        post({ type: 'closed' });
        // A moment for the last message to leave; main also treats the exit itself as closed.
        setTimeout(() => o.exit(0), 20);
      }
    })();
    return closing;
  };

  port.onMessage((m) => {
    if (!isToHost(m)) return;
    if (m.type === 'init') {
      starting ??= start(m.options);
      return;
    }
    if (m.type === 'shutdown') {
      void shutdown();
      return;
    }
    const { id, channel, req } = m;
    void (async () => {
      const core = starting ? await starting : null;
      if (closing !== null) return post({ type: 'result', id, envelope: failure('unreachable', 'Whereabouts is closing.') });
      if (core === null) return post({ type: 'result', id, envelope: failure('unreachable', 'The core is not running.') });
      if (typeof channel !== 'string' || !isChannel(channel)) return post({ type: 'result', id, envelope: failure('not-found', 'Unknown channel.') });
      post({ type: 'result', id, envelope: packLargeStrings(envelopeOf(await callChannel(core.handlers, channel, req))) });
    })();
  });
  port.onDisconnect(() => void shutdown());
}
