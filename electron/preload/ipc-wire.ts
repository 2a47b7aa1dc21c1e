/**
 * What travels over Electron IPC between main and the preload, beyond the contract itself.
 * Pure (no electron import) so main, preload and the unit tests share it.
 *
 * Handlers answer with an envelope instead of throwing, because a thrown error crosses
 * `ipcMain.handle` as "Error invoking remote method '…': Error: …" and loses its code. The preload
 * unwraps it and rejects with a plain `{name, message, error, code}` object: contextBridge copies
 * plain objects whole but rebuilds Error objects from their message alone.
 */
import type { ApiErrorShape, EventName } from '../../shared/api';

export type IpcEnvelope = { ok: true; value: unknown } | { ok: false; error: string; code: string };

/** The rejection value `window.api.*` gives in Electron (same fields as the serve client's error). */
export interface IpcApiError extends ApiErrorShape {
  name: 'ApiError';
  message: string;
}

export function toIpcApiError(error: string, code: string): IpcApiError {
  return { name: 'ApiError', message: error, error, code };
}

export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as IpcEnvelope;
    if (e.ok) return e.value;
    // A plain object on purpose, see the header comment.
    throw toIpcApiError(e.error, e.code);
  }
  throw toIpcApiError('The main process sent an unexpected reply.', 'bad-reply');
}

/** Main → renderer event channels: `event:import.progress`, … */
export function eventChannel(name: EventName): string {
  return `event:${name}`;
}

/**
 * Test mode only (WHEREABOUTS_TEST=1): main registers this IPC channel and passes TEST_ARG to the
 * renderer, whose preload then exposes `window.whereaboutsTest.blockedRequests()`. It is not in
 * CHANNELS and `window.api` stays exactly the contract.
 */
export const TEST_BLOCKED_CHANNEL = 'test.blockedRequests';
export const TEST_ARG = '--whereabouts-test';
