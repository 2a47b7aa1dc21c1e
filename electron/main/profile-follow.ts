/**
 * Which profile the core process has open, as main must know it: the supervisor starts a new
 * core when one dies (core/host/supervisor.ts), and that one must open the profile the person
 * switched to, not the one the app started with. Plain (no electron import): tested under Node.
 */
import type { Channel } from '../../shared/api';
import { handlersOver, type CoreClient } from '../core/host/client';
import type { CallEnvelope, HostInit } from '../core/host/protocol';
import { followingTempDir } from './paths';

/** The init for a core that opens `dbPath` (another profile of the same profiles folder). */
export function initForProfile(init: HostInit, dbPath: string): HostInit {
  return { ...init, dbPath, ...(init.tempDir === undefined ? {} : { tempDir: followingTempDir(init.dbPath, init.tempDir, dbPath) }) };
}

/** The same client; a successful `profiles.switch` tells `onSwitched` the new database path. */
export function followProfileSwitches(core: CoreClient, onSwitched: (dbPath: string) => void): CoreClient {
  const call = async (channel: Channel, req: unknown): Promise<CallEnvelope> => {
    const env = await core.call(channel, req);
    if (env.ok && channel === 'profiles.switch') {
      const dbPath = (env.value as { dbPath?: unknown } | null)?.dbPath;
      if (typeof dbPath === 'string') onSwitched(dbPath);
    }
    return env;
  };
  return { ...core, call, handlers: handlersOver(call) };
}
