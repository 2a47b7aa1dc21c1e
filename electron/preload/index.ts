/**
 * The sandboxed preload: exposes `window.api` = exactly the contract (one invoke wrapper per
 * CHANNELS entry) + `on` (EVENT_NAMES only) + `resolveFile`. Never ipcRenderer itself, never a
 * generic send/invoke. Bundled to one CommonJS file (electron.vite.config.ts: externalizeDeps
 * false) because a sandboxed preload cannot load other modules.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, EVENT_NAMES, type Api, type ApiEvents, type Channel, type EventName, type Req, type Res } from '../../shared/api';
import { eventChannel, HANDOVER_CHANNEL, TEST_ARG, TEST_BLOCKED_CHANNEL, toIpcApiError, unwrapEnvelope } from './ipc-wire';

const EVENTS: ReadonlySet<string> = new Set<string>(EVENT_NAMES);

const calls = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (req: unknown) => ipcRenderer.invoke(channel, req ?? {}).then(unwrapEnvelope)]),
);

function on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  if (!EVENTS.has(event)) throw new Error(`Unknown event "${String(event)}".`);
  if (typeof listener !== 'function') throw new Error('The listener must be a function.');
  // The page gets the payload only, never the IpcRendererEvent (it carries `sender`).
  const wrapped = (_event: unknown, payload: ApiEvents[E]): void => listener(payload);
  const channel = eventChannel(event);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

async function resolveFile(file: File): Promise<string> {
  const path = webUtils.getPathForFile(file);
  // '' means the File was made in the page (not picked or dropped from disk).
  if (path === '') throw toIpcApiError('That item is not a file on this computer.', 'not-a-file');
  // Main accepts import.start only for paths handed over in this session (main/import-guard.ts).
  await ipcRenderer.invoke(HANDOVER_CHANNEL, path);
  return path;
}

// Object.fromEntries loses the per-channel types; CHANNELS is proven complete in shared/api.ts.
const api: Api = { ...(calls as { [C in Channel]: (req: Req<C>) => Promise<Res<C>> }), on, resolveFile };

contextBridge.exposeInMainWorld('api', api);

if (process.argv.includes(TEST_ARG)) {
  contextBridge.exposeInMainWorld('whereaboutsTest', {
    blockedRequests: (): Promise<unknown> => ipcRenderer.invoke(TEST_BLOCKED_CHANNEL),
  });
}
