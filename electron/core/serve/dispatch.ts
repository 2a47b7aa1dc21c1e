/**
 * Calling one contract channel on the core, the same way for every transport (serve HTTP and
 * Electron IPC): validate the channel name against CHANNELS, require a plain-object request,
 * and turn failures into a stable `{status, error, code}` outcome.
 */
import { CHANNELS, type Channel } from '../../../shared/api';
import type { Handlers } from '../api/types';

export type CallOutcome =
  | { ok: true; value: unknown }
  | { ok: false; status: number; error: string; code: string };

const CHANNEL_SET: ReadonlySet<string> = new Set<string>(CHANNELS);

/** Own-list membership, so `__proto__`, `constructor` or `toString` are never channels. */
export function isChannel(name: string): name is Channel {
  return CHANNEL_SET.has(name);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** ApiError is matched by shape too: errors rebuilt after crossing the worker boundary count. */
function apiErrorCode(err: unknown): string | null {
  if (err instanceof Error && err.name === 'ApiError') {
    const code = (err as Error & { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return null;
}

export async function callChannel(handlers: Handlers, channel: Channel, req: unknown): Promise<CallOutcome> {
  if (!isPlainObject(req)) return { ok: false, status: 400, error: 'The request must be a JSON object.', code: 'bad-request' };
  // The mapped Handlers type cannot be indexed by a union and called with a union request;
  // the channel was checked above and the core validates the request's fields itself.
  const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
  try {
    const value = await handler(req);
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    const code = apiErrorCode(err);
    const message = err instanceof Error ? err.message : String(err);
    if (code !== null) return { ok: false, status: 422, error: message, code };
    return { ok: false, status: 500, error: message || 'Internal error', code: 'internal' };
  }
}
