/**
 * The schema gate: every channel's request is checked against its schema
 * (shared/schemas/requests.ts) before its handler runs. createCore applies it to the handler
 * table, so every transport (Electron's core process, serve, the CLI) passes through this one
 * place. A wrong request is a `bad-request` naming each field
 * (`sourceId: expected a whole number, got a text`); nothing is coerced.
 */
import { CHANNELS, type Channel, type Req } from '../../../shared/api';
import { ApiError, issuesMessage } from '../../../shared/errors';
import { fieldIssues } from '../../../shared/schemas/issues';
import { REQUEST_SCHEMAS } from '../../../shared/schemas/requests';
import type { Handlers } from './types';

export function validateRequest<C extends Channel>(channel: C, req: unknown): Req<C> {
  const r = REQUEST_SCHEMAS[channel].safeParse(req, { reportInput: true });
  if (r.success) return r.data;
  const issues = fieldIssues(r.error.issues);
  throw new ApiError('bad-request', issuesMessage(issues), { channel, issues });
}

/** The same handlers, each behind its request schema. */
export function gateHandlers(handlers: Handlers): Handlers {
  const gated = Object.fromEntries(
    CHANNELS.map((channel) => {
      // Indexing the mapped type by a union loses the per-channel link; validateRequest restores it.
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return [channel, async (req: unknown) => handler(validateRequest(channel, req))];
    }),
  );
  return gated as Handlers;
}
