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
  close(): Promise<void>;
}

export interface CoreOptions {
  /** SQLite file of the profile. */
  dbPath: string;
  /** Folder holding generated datasets (`resources/generated`); defaults to the project's. */
  resourcesDir?: string;
  transport: 'electron' | 'serve';
  /** Where uploads and temporary files go (serve mode). */
  tempDir?: string;
}

/** Thrown on purpose by handlers; lives in shared/errors.ts so every side shares one class. */
export { ApiError } from '../../../shared/errors';
