/**
 * Long claims evaluations and reports report their steps (`work.progress`) and can be stopped
 * (`work.cancel`), named by an id made here. Used by the claims store and the report buttons.
 */
import type { WorkProgress } from '../../../../shared/api';
import { api } from '../../api/client';

export function newRequestId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `w-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Runs `call` with a fresh id, passing its progress events to `onProgress` until it ends. */
export async function withProgress<T>(call: (requestId: string) => Promise<T>, onStart: (requestId: string) => void, onProgress: (p: WorkProgress) => void): Promise<T> {
  const requestId = newRequestId();
  const off = api().on('work.progress', (p) => {
    if (p.requestId === requestId) onProgress(p);
  });
  onStart(requestId);
  try {
    return await call(requestId);
  } finally {
    off();
  }
}

export function cancelWork(requestId: string): void {
  void api()['work.cancel']({ requestId }).catch(() => undefined);
}

/** A cancelled request: the person stopped it, which is no error to show. */
export function isCancelled(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'cancelled';
}
