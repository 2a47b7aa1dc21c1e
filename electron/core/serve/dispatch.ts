/**
 * Calling one contract channel on the core, the same way for every transport (serve HTTP, the
 * Electron core process, the CLI): check the channel name against CHANNELS, require a
 * plain-object request, and turn every failure into the error envelope of shared/errors.ts
 * (`{code, message, detail?}`) with the HTTP status serve answers it with. The request's fields
 * are checked by the handlers' schema gate (electron/core/api/validate.ts, applied by createCore).
 */
import { CHANNELS, type Channel } from '../../../shared/api';
import { ApiError, httpStatusOf, type ErrorEnvelope } from '../../../shared/errors';
import { coreEnvelope, type InternalLogger } from '../api/errors';
import type { Handlers } from '../api/types';

export type CallOutcome =
  | { ok: true; value: unknown }
  | { ok: false; status: number; error: ErrorEnvelope };

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

export function failure(error: ErrorEnvelope): Extract<CallOutcome, { ok: false }> {
  return { ok: false, status: httpStatusOf(error.code), error };
}

export async function callChannel(handlers: Handlers, channel: Channel, req: unknown, log?: InternalLogger): Promise<CallOutcome> {
  if (!isPlainObject(req)) {
    return failure({ code: 'bad-request', message: 'The request must be a JSON object.', detail: { channel, issues: [{ path: '', message: 'expected an object' }] } });
  }
  // The mapped Handlers type cannot be indexed by a union and called with a union request;
  // the channel was checked above and the schema gate checks the request's fields.
  const handler = handlers[channel] as ((r: unknown) => Promise<unknown>) | undefined;
  if (typeof handler !== 'function') return failure({ code: 'not-found', message: `Unknown channel "${channel}".` });
  try {
    const value = await handler(req);
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    return failure(coreEnvelope(err, channel, log));
  }
}

/** For callers that want a thrown error rather than an outcome (the CLI). */
export function outcomeValue(outcome: CallOutcome): unknown {
  if (outcome.ok) return outcome.value;
  throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.detail);
}
