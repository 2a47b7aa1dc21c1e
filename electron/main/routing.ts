/**
 * Main's message routing, electron-free so the IPC harness (test/integration/ipc-harness.test.ts)
 * runs exactly this with a fake ipcMain: every CHANNELS entry registered (sender frame checked,
 * ipc-table.ts), main's own channels answered here, the rest forwarded to the core process, and
 * the core's events pushed to every window.
 */
import { EVENT_NAMES, type Channel } from '../../shared/api';
import type { CoreEvents, Handlers } from '../core/api/types';
import type { CallEnvelope } from '../core/host/protocol';
import { eventChannel, HANDOVER_CHANNEL } from '../preload/ipc-wire';
import { createConfinedImportStart, type HandedOverPaths } from './import-guard';
import { buildIpcTable, isTrustedEvent, splitRoute, UntrustedSenderError, type SenderEventLike } from './ipc-table';
import type { UrlPolicyOptions } from './url-policy';

/** The slice of Electron's ipcMain that routing uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, req: unknown) => Promise<unknown>): void;
}

export interface RoutingDeps {
  ipcMain: IpcMainLike;
  /** The core process (core/host/client.ts): calls and events. */
  core: { call(channel: Channel, req: unknown): Promise<CallEnvelope>; events: CoreEvents };
  /** Channels main answers itself: the native picker and the print window. */
  own: Partial<Handlers>;
  policy: UrlPolicyOptions;
  /** Sends an event to every open window (webContents.send). */
  broadcast(channel: string, payload: unknown): void;
  /** Paths handed over in this session (picker, dropped files): the only ones import.start may read. */
  handed: HandedOverPaths;
}

export function registerRoutes(d: RoutingDeps): void {
  const own = { ...d.own, 'import.start': createConfinedImportStart(d.handed, (req) => d.core.call('import.start', req)) };
  const route = splitRoute(own, (channel, req) => d.core.call(channel, req));
  d.ipcMain.handle(HANDOVER_CHANNEL, (event, path) => {
    if (!isTrustedEvent(event, d.policy)) return Promise.reject(new UntrustedSenderError(event.senderFrame?.url));
    if (typeof path === 'string' && path !== '') d.handed.remember([path]);
    return Promise.resolve(null);
  });
  for (const entry of buildIpcTable(route, d.policy)) d.ipcMain.handle(entry.channel, (event, req) => entry.listener(event, req));
  for (const name of EVENT_NAMES) d.core.events.on(name, (payload) => d.broadcast(eventChannel(name), payload));
}
