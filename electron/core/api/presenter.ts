/**
 * Presenter mode at the core: while the profile's display settings say `presenter`, every answer
 * is redacted before it leaves (electron/core/redact/channels.ts decides per channel), reports
 * are built redacted, CSV export is refused, and pushed events and errors thrown on purpose are
 * redacted too. It sits between the schema gate and the handlers, so every transport (Electron's
 * core process, serve, the CLI's core) passes through it and the page never receives a raw value.
 */
import { CHANNELS, type ApiEvents, type Channel, type EventName } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import { EVENT_REDACTORS, Labels, redactError, REDACTORS, REQUEST_REWRITES, refusal } from '../redact';
import type { Handlers } from './types';

type AnyHandler = (req: unknown) => Promise<unknown>;

/** Calls after which the open profile may be another one or a fresh one: presenter mode is carried over. */
const STICKY: readonly Channel[] = ['profiles.switch', 'profile.erase', 'profiles.erase'];
type AnyRedactor = (res: unknown, labels: Labels) => unknown;

/**
 * The same handlers, redacting while `presenterOn()` is true. It is asked before and after the
 * call: turning presenter mode on, or switching to a profile where it is on, redacts that answer.
 * Switching profiles or erasing one while it is on leaves it on (it is saved in the profile).
 */
export function presenterHandlers(handlers: Handlers, presenterOn: () => boolean, labels: Labels = new Labels()): Handlers {
  const wrapped = Object.fromEntries(
    CHANNELS.map((channel) => {
      const handler = handlers[channel] as AnyHandler;
      const rule = REDACTORS[channel];
      const rewrite = REQUEST_REWRITES[channel] as ((req: unknown) => unknown) | undefined;
      return [channel, async (req: unknown) => {
        const before = presenterOn();
        if (before && rule === 'refuse') throw new ApiError('unsupported', refusal(channel));
        // Presenter mode is saved in the profile: a switch or an erase must not end it by the way.
        const carried = before && STICKY.includes(channel) ? (await handlers['settings.get']({})).display : null;
        let res: unknown;
        try {
          res = await handler(before && rewrite ? rewrite(req) : req);
          if (carried && !presenterOn()) {
            const now = (await handlers['settings.get']({})).display;
            await handlers['settings.set']({ display: { ...(now ?? carried), presenter: true } });
            res = await withFreshInfo(handlers, channel, res);
          }
        } catch (err) {
          // Error messages name archives, members and addresses too.
          throw before || presenterOn() ? redactError(err, labels) : err;
        }
        if (!before && !presenterOn()) return res;
        return typeof rule === 'function' ? (rule as AnyRedactor)(res, labels) : res;
      }];
    }),
  );
  return wrapped as Handlers;
}

/** The answer's ProfileInfo read again (it was made before presenter mode was carried over). */
async function withFreshInfo(handlers: Handlers, channel: Channel, res: unknown): Promise<unknown> {
  if (channel === 'profiles.switch') return handlers['profile.info']({});
  if (channel === 'profile.erase') return { ...(res as object), info: await handlers['profile.info']({}) };
  return res;
}

/** A listener that receives the event redacted while presenter mode is on. */
export function presenterListener<E extends EventName>(event: E, listener: (p: ApiEvents[E]) => void, presenterOn: () => boolean, labels: Labels): (p: ApiEvents[E]) => void {
  const redact = EVENT_REDACTORS[event] as (p: ApiEvents[E], l: Labels) => ApiEvents[E];
  return (p) => listener(presenterOn() ? redact(p, labels) : p);
}

