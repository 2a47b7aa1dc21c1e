/**
 * What travels over Electron IPC between main and the preload, beyond the contract itself.
 * Pure (no electron import) so main, preload and the unit tests share it.
 *
 * Handlers answer with an envelope instead of throwing, because a thrown error crosses
 * `ipcMain.handle` as "Error invoking remote method '…': Error: …" and loses its code. A failure
 * carries the error envelope `{code, message, detail?}` (shared/errors.ts). The preload unwraps it
 * and rejects with a real `Error` whose message is the envelope's message and which carries `code`
 * (and `detail`). Why an Error: the renderer shows `err.message` of Error instances only
 * (renderer/src/api/errors.ts messageOf), and contextBridge rebuilds an Error in the page from its
 * message. (It drops custom properties on the way, so in the page `code` is best-effort; the
 * message is what the person reads. A plain object used to cross whole but read as "Something went
 * wrong." — test/integration/ipc-harness.test.ts holds that bug down.)
 */
import type { EventName } from '../../shared/api';
import { ApiError, fromEnvelope, type ErrorCode, type ErrorEnvelope } from '../../shared/errors';

export type IpcEnvelope = { ok: true; value: unknown } | { ok: false; error: ErrorEnvelope };

/** The rejection value of `window.api.*` in Electron: a real Error with `code` (and `detail`). */
export type IpcApiError = ApiError;

export function toIpcApiError(message: string, code: ErrorCode): IpcApiError {
  return new ApiError(code, message);
}

export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as { ok: unknown; value?: unknown; error?: unknown };
    if (e.ok === true) return e.value;
    // fromEnvelope keeps a known code and its message; anything else reads as `internal`.
    if (e.ok === false) throw fromEnvelope(e.error);
  }
  throw new ApiError('unreachable', 'The main process sent an unexpected reply.');
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
