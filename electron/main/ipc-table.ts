/**
 * The IPC registration table, built from CHANNELS: one entry per contract channel, each checking
 * the sender frame before routing the call. index.ts just loops over it with ipcMain.handle.
 * A route answers with the envelope the preload unwraps: the core process's answer forwarded
 * as is (core/host/client.ts), or a local handler's outcome (routeHandlers).
 */
import { CHANNELS, type Channel } from '../../shared/api';
import { toEnvelope } from '../../shared/errors';
import type { Handlers } from '../core/api/types';
import { failure, type CallEnvelope } from '../core/host/protocol';
import type { IpcEnvelope } from '../preload/ipc-wire';
import { isAppUrl, isDevServerUrl, type UrlPolicyOptions } from './url-policy';

/** The part of IpcMainInvokeEvent we look at (structural, keeps this file electron-free). */
export interface SenderEventLike {
  senderFrame: { url: string; parent?: unknown } | null;
}

export interface IpcEntry {
  channel: Channel;
  listener(event: SenderEventLike, req: unknown): Promise<IpcEnvelope>;
}

/**
 * Only our own top-level page may call: the exact app origin `app://whereabouts` (and in dev the
 * Vite server). A frame that is gone (null) or a sub-frame is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, opts: UrlPolicyOptions): boolean {
  if (typeof frameUrl !== 'string') return false;
  if (isAppUrl(frameUrl)) return true;
  return opts.dev && isDevServerUrl(frameUrl, opts.devServerUrl) && /^https?:/.test(frameUrl);
}

export function isTrustedEvent(event: SenderEventLike, opts: UrlPolicyOptions): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedSender(frame.url, opts);
}

export class UntrustedSenderError extends Error {
  constructor(url: string | undefined) {
    super(`IPC refused: untrusted sender ${url ?? '(no frame)'}`);
    this.name = 'UntrustedSenderError';
  }
}

/** Where a channel's call goes; always answers with an envelope, never throws for an app error. */
export type Route = (channel: Channel, req: unknown) => Promise<CallEnvelope>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A route over local handlers: main's own channels (the picker, the print window) and tests.
 * Deliberately not the core's callChannel (core/serve/dispatch.ts): that pulls the core's error
 * classification (archive types) into main; main's two handlers only ever throw ApiErrors (or
 * bugs, which become `internal`).
 */
export function routeHandlers(handlers: Partial<Handlers>): Route {
  return async (channel, req) => {
    const handler = handlers[channel] as ((r: unknown) => Promise<unknown>) | undefined;
    if (handler === undefined) return failure('not-found', `Unknown channel "${channel}".`);
    if (!isPlainObject(req)) return { ok: false, error: { code: 'bad-request', message: 'The request must be a JSON object.', detail: { channel, issues: [{ path: '', message: 'expected an object' }] } } };
    try {
      const value = await handler(req);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      return { ok: false, error: toEnvelope(err, (e) => console.error(`[whereabouts] internal error in ${channel}:`, e)) };
    }
  };
}

/** Channels main answers itself (the native picker, the print window); the rest go to `other`. */
export function splitRoute(local: Partial<Handlers>, other: Route): Route {
  const own = routeHandlers(local);
  return (channel, req) => (local[channel] !== undefined ? own(channel, req) : other(channel, req));
}

export function buildIpcTable(route: Route, opts: UrlPolicyOptions): IpcEntry[] {
  return CHANNELS.map((channel) => ({
    channel,
    async listener(event, req) {
      // An untrusted frame gets a rejection, not an envelope: it is an attack, not an app error.
      if (!isTrustedEvent(event, opts)) throw new UntrustedSenderError(event.senderFrame?.url);
      const envelope: IpcEnvelope = await route(channel, req);
      return envelope;
    },
  }));
}
