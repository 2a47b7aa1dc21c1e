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

/**
 * Internal: the preload tells main the path of a file the person dropped or picked with an
 * <input> (webUtils.getPathForFile), so import.start accepts it. Never exposed to the page.
 */
export const HANDOVER_CHANNEL = 'whereabouts:handover';

export type IpcEnvelope = { ok: true; value: unknown } | { ok: false; error: ErrorEnvelope };

/** The rejection value of `window.api.*` in Electron: a real Error with `code` (and `detail`). */
export type IpcApiError = ApiError;

export function toIpcApiError(message: string, code: ErrorCode): IpcApiError {
  return new ApiError(code, message);
}

/**
 * The core process sends long strings as tagged UTF-8 bytes so main copies a block instead of
 * re-encoding text (electron/core/host/protocol.ts, packLargeStrings: the other half of this
 * wire format, kept there because the preload may import only shared/ and itself). Decoded here,
 * in the renderer's process, so the page gets the contract's string.
 */
const BYTES_TAG = '__whereaboutsUtf8';

function unpack(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const packed = (v: unknown): v is Record<string, Uint8Array> => typeof v === 'object' && v !== null && ArrayBuffer.isView((v as Record<string, unknown>)[BYTES_TAG]);
  if (!entries.some(([, v]) => packed(v))) return value;
  const decoder = new TextDecoder();
  return Object.fromEntries(entries.map(([k, v]) => [k, packed(v) ? decoder.decode(v[BYTES_TAG]) : v]));
}

export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as { ok: unknown; value?: unknown; error?: unknown };
    if (e.ok === true) return unpack(e.value);
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
