/** `GET /api/events`: every core event as a Server-Sent Event, plus a heartbeat comment. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_NAMES } from '../../../shared/api';
import type { CoreEvents } from '../api/types';
import { head } from './http-util';

export const HEARTBEAT_MS = 15_000;

/** Format one SSE frame. JSON.stringify never emits a raw newline, so one `data:` line suffices. */
export function sseFrame(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

/** Opens the stream; returns a function that ends it (used by server close). */
export function openEventStream(req: IncomingMessage, res: ServerResponse, events: CoreEvents, heartbeatMs = HEARTBEAT_MS): () => void {
  head(res, 200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  req.socket.setNoDelay(true);
  // A first comment flushes the headers so EventSource fires `open` at once.
  res.write(': connected\n\n');

  const unsubscribe = EVENT_NAMES.map((name) => events.on(name, (payload) => res.write(sseFrame(name, payload))));
  const timer = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  timer.unref();

  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    for (const off of unsubscribe) off();
    res.end();
  };
  req.on('close', end);
  res.on('error', end);
  return end;
}
