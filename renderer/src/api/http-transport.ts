/**
 * The `Api` over the loopback serve protocol, for the browser (and browser e2e tests):
 *   POST /api/call/<channel>   JSON body, `Authorization: Bearer <token>` → JSON, or the error envelope {code, message, detail?} with a non-2xx status
 *   GET  /api/events?token=…   Server-Sent Events, one named event per EVENT_NAMES entry, data = JSON
 *   POST /api/upload           raw file body, `X-Filename` → {path}
 * The channel functions are generated from CHANNELS so this can never drift from the contract.
 */
import { CHANNELS, EVENT_NAMES, type Api, type ApiEvents, type Channel, type EventName, type Req, type Res } from '../../../shared/api';
import { fromEnvelope, isEnvelope } from '../../../shared/errors';
import { ApiCallError } from './errors';

type Listener<E extends EventName> = (payload: ApiEvents[E]) => void;

async function readError(response: Response): Promise<ApiCallError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isEnvelope(body)) {
    const e = fromEnvelope(body);
    return new ApiCallError(e.message, e.code, response.status, e.detail);
  }
  return new ApiCallError(`The request failed (HTTP ${response.status}).`, response.status >= 500 ? 'internal' : 'bad-request', response.status);
}

export function createHttpApi(token: string, base = ''): Api {
  const auth = { Authorization: `Bearer ${token}` };

  async function call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>> {
    let response: Response;
    try {
      response = await fetch(`${base}/api/call/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(req ?? {}),
      });
    } catch {
      throw new ApiCallError('Whereabouts is not reachable. Is `whereabouts serve` still running?', 'unreachable');
    }
    if (!response.ok) throw await readError(response);
    return (await response.json()) as Res<C>;
  }

  // One EventSource for all listeners, opened on first use; the browser reconnects it by itself.
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  function ensureSource(): void {
    if (source) return;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (ev) => {
        let payload: unknown;
        try {
          payload = JSON.parse((ev as MessageEvent<string>).data);
        } catch {
          return; // A malformed event is dropped rather than crashing every listener.
        }
        for (const fn of listeners.get(name) ?? []) fn(payload);
      });
    }
  }

  function on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    ensureSource();
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  }

  async function resolveFile(file: File): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${base}/api/upload`, {
        method: 'POST',
        headers: { ...auth, 'X-Filename': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
        body: file,
      });
    } catch {
      throw new ApiCallError(`Could not send “${file.name}” to Whereabouts. Is \`whereabouts serve\` still running?`, 'unreachable');
    }
    if (!response.ok) throw await readError(response);
    const body = (await response.json()) as { path?: unknown };
    if (typeof body.path !== 'string') throw new ApiCallError(`The upload of “${file.name}” returned no path.`, 'internal');
    return body.path;
  }

  const channels = Object.fromEntries(CHANNELS.map((channel) => [channel, (req: Req<typeof channel>) => call(channel, req)]));
  // Object.fromEntries loses the per-key types; CHANNELS is checked against the contract in shared/api.ts.
  return { ...(channels as { [C in Channel]: (req: Req<C>) => Promise<Res<C>> }), on, resolveFile };
}
