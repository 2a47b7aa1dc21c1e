/**
 * The core service behind every transport: one handler per contract channel, plus the event
 * stream. Electron IPC and the loopback `serve` transport both wrap exactly this object.
 */
import type { ApiEvents, Channel, EventName, Req, Res } from '../../../shared/api';

export type Handlers = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> };

export interface CoreEvents {
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

export interface Core {
  handlers: Handlers;
  events: CoreEvents;
  /** Where the open profile's uploads go (serve writes them there); changes with profiles.switch. */
  currentTempDir?: () => string | undefined;
  close(): Promise<void>;
}

export interface CoreOptions {
  /** SQLite file of the profile. */
  dbPath: string;
  /** Folder holding generated datasets (`resources/generated`); defaults to the project's. */
  resourcesDir?: string;
  transport: 'electron' | 'serve';
  /** Where uploads and temporary files go (serve mode). Inside the profile folder (tmp/, uploads/) it follows a switch. */
  tempDir?: string;
  /**
   * The profiles folder (`<appData>/profiles`). When `dbPath` is `<profilesDir>/<name>/whereabouts.db`,
   * the profile is `name` and `profiles.*` can create, switch and erase; otherwise profile is null.
   */
  profilesDir?: string;
}

/** Thrown on purpose by handlers; lives in shared/errors.ts so every side shares one class. */
export { ApiError } from '../../../shared/errors';
