/**
 * Keeps a core process running for main: if it dies (a crash, the OS killing it for memory), the
 * next calls go to a fresh one, started the same way; imports that were running are reported as
 * failed (their `import.done` would otherwise never come and the page would wait forever). A call
 * in flight when the core died answers `unreachable` and is not retried: it may have been
 * `profile.erase` or `sources.remove`, and repeating those on the person's behalf is not ours to
 * decide. A core that keeps dying is given up after a few restarts: calls then answer
 * `unreachable` with a sentence that says to reopen the app.
 */
import { EventEmitter } from 'node:events';
import { EVENT_NAMES, type Channel, type ImportResult } from '../../../shared/api';
import { handlersOver, type CoreClient } from './client';
import { failure, type CallEnvelope } from './protocol';

export interface SupervisorOptions {
  /** Restarts allowed over the app's life before giving up. */
  maxRestarts?: number;
  /** Told about each unexpected exit (main logs it). */
  onExit?(code: number | null, restarting: boolean): void;
}

const GAVE_UP = 'The core process keeps stopping. Close and reopen Whereabouts.';
const LOST_IMPORT = 'The import stopped because the core process stopped unexpectedly; nothing from it was saved. Try it again.';

/** Starts the first core (rejecting like `start` does) and supervises it and its successors. */
export async function superviseCore(start: () => Promise<CoreClient>, o: SupervisorOptions = {}): Promise<CoreClient> {
  const events = new EventEmitter();
  const maxRestarts = o.maxRestarts ?? 3;
  let restarts = 0;
  let closing = false;
  /** Import jobs started and not yet done: reported as failed if their core dies. */
  const running = new Set<string>();
  let exitedResolve!: (code: number | null) => void;
  const exited = new Promise<number | null>((r) => {
    exitedResolve = r;
  });

  const adopt = (client: CoreClient): CoreClient => {
    for (const name of EVENT_NAMES) {
      client.events.on(name, (payload) => {
        if (name === 'import.done') running.delete((payload as ImportResult).jobId);
        events.emit(name, payload);
      });
    }
    void client.exited.then((code) => {
      if (closing) return exitedResolve(code);
      for (const jobId of running) {
        const lost: ImportResult = { jobId, status: 'failed', sourceIds: [], message: LOST_IMPORT, file: null, member: null };
        events.emit('import.done', lost);
      }
      running.clear();
      const again = restarts < maxRestarts;
      o.onExit?.(code, again);
      if (!again) {
        current = Promise.resolve(null);
        return exitedResolve(code);
      }
      restarts++;
      current = start().then(adopt, () => {
        exitedResolve(null);
        return null;
      });
    });
    return client;
  };

  let current: Promise<CoreClient | null> = Promise.resolve(adopt(await start()));

  const call = async (channel: Channel, req: unknown): Promise<CallEnvelope> => {
    const client = await current;
    if (client === null) return failure('unreachable', GAVE_UP);
    const env = await client.call(channel, req);
    if (env.ok && (channel === 'import.start' || channel === 'import.sample' || channel === 'import.persona')) running.add((env.value as { jobId: string }).jobId);
    return env;
  };

  const handlers = handlersOver(call);

  return {
    call,
    handlers,
    exited,
    events: {
      on(event, listener) {
        events.on(event, listener);
        return () => events.off(event, listener);
      },
    },
    async close() {
      closing = true;
      const client = await current;
      if (client === null) return;
      await client.close();
    },
  };
}
