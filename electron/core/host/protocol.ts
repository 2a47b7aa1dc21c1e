/**
 * The message protocol between the Electron main process (the client) and the core process (the
 * host). Every message is structured-cloned (Electron's `utilityProcess` / `MessagePortMain`, or
 * `child_process.fork` with `serialization: 'advanced'` in tests), so it holds only plain data:
 * no Error objects, no functions, no class instances.
 *
 *   main → core   init (once) · call · shutdown
 *   core → main   ready | failed (answer to init) · result (answer to call, by id) · event · closed
 *
 * Calls are answered out of order; each carries its id. The result is the same envelope the
 * preload unwraps (`electron/preload/ipc-wire.ts`), so main forwards it untouched.
 */
import type { ApiEvents, Channel, EventName } from '../../../shared/api';
import type { ErrorCode, ErrorEnvelope } from '../../../shared/errors';
import type { CallOutcome } from '../serve/dispatch';

/** What a failed call reports, on every transport: the envelope `{code, message, detail?}` of shared/errors.ts. */
export type WireError = ErrorEnvelope;

export type CallEnvelope = { ok: true; value: unknown } | { ok: false; error: WireError };

/** Options the core needs; the same fields as CoreOptions, all plain data. */
export interface HostInit {
  dbPath: string;
  resourcesDir?: string;
  transport: 'electron' | 'serve';
  tempDir?: string;
  profilesDir?: string;
}

export type ToHost =
  | { type: 'init'; options: HostInit }
  | { type: 'call'; id: number; channel: Channel; req: unknown }
  | { type: 'shutdown' };

export type FromHost =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; envelope: CallEnvelope }
  | { type: 'event'; name: EventName; payload: ApiEvents[EventName] }
  | { type: 'closed' };

/** callChannel's outcome as it crosses a process boundary: the envelope without the HTTP status. */
export function envelopeOf(outcome: CallOutcome): CallEnvelope {
  return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
}

export function failure(code: ErrorCode, message: string): CallEnvelope {
  return { ok: false, error: { code, message } };
}

/**
 * Long strings in a result (a CSV export, a big report) travel as UTF-8 bytes, tagged, and are
 * turned back into strings by the preload (electron/preload/ipc-wire.ts, `unwrapEnvelope`) or by
 * the client when main itself needs the value. Why: main receives every result and clones it
 * again for the page; a typed array is copied as a block, a string is re-encoded on main's thread
 * (measured with a 43 MB CSV: main's loop stalled ~175 ms as a string). Only top-level string
 * fields of an object value are packed; everything else is untouched.
 */
export const BYTES_TAG = '__whereaboutsUtf8';
export const PACK_THRESHOLD = 1 << 20;

export function packLargeStrings(env: CallEnvelope, threshold = PACK_THRESHOLD): CallEnvelope {
  if (!env.ok || typeof env.value !== 'object' || env.value === null || Array.isArray(env.value)) return env;
  const entries = Object.entries(env.value as Record<string, unknown>);
  if (!entries.some(([, v]) => typeof v === 'string' && v.length >= threshold)) return env;
  const encoder = new TextEncoder();
  const value = Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'string' && v.length >= threshold ? { [BYTES_TAG]: encoder.encode(v) } : v]));
  return { ok: true, value };
}

/** The value with packed strings turned back into strings (main's own use of a result). */
export function unpackLargeStrings(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.some(([, v]) => isPacked(v))) return value;
  const decoder = new TextDecoder();
  return Object.fromEntries(entries.map(([k, v]) => [k, isPacked(v) ? decoder.decode(v[BYTES_TAG]) : v]));
}

function isPacked(v: unknown): v is { [BYTES_TAG]: Uint8Array } {
  return typeof v === 'object' && v !== null && ArrayBuffer.isView((v as Record<string, unknown>)[BYTES_TAG]);
}

const TO_HOST = new Set(['init', 'call', 'shutdown']);
const FROM_HOST = new Set(['ready', 'failed', 'result', 'event', 'closed']);

export function isToHost(m: unknown): m is ToHost {
  return typeof m === 'object' && m !== null && TO_HOST.has((m as { type?: string }).type ?? '');
}

export function isFromHost(m: unknown): m is FromHost {
  return typeof m === 'object' && m !== null && FROM_HOST.has((m as { type?: string }).type ?? '');
}
