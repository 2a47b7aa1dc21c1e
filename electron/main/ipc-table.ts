/**
 * The IPC registration table, built from CHANNELS: one entry per contract channel, each checking
 * the sender frame before calling the core. index.ts just loops over it with ipcMain.handle.
 */
import { CHANNELS, type Channel } from '../../shared/api';
import type { Handlers } from '../core/api/types';
import { callChannel } from '../core/serve/dispatch';
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

export function buildIpcTable(handlers: Handlers, opts: UrlPolicyOptions): IpcEntry[] {
  return CHANNELS.map((channel) => ({
    channel,
    async listener(event, req) {
      // An untrusted frame gets a rejection, not an envelope: it is an attack, not an app error.
      if (!isTrustedEvent(event, opts)) throw new UntrustedSenderError(event.senderFrame?.url);
      const outcome = await callChannel(handlers, channel, req);
      return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error, code: outcome.code };
    },
  }));
}
