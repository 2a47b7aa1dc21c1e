/**
 * Long claims evaluations and reports (13–16 s at 600 k events) run as steps with a pause
 * between them: the core's event loop then delivers `work.progress` to the UI and a `work.cancel`
 * call to this registry, so the person sees how far it is and can stop it. A step itself is one
 * synchronous piece (one SQL read, one claim); cancelling takes effect at the next pause.
 */
import type { WorkProgress } from '../../../shared/api';
import { ApiError } from '../api/types';

export type Emit = (p: WorkProgress) => void;

/** One running piece of work: report a step, and stop here if it was cancelled. */
export interface WorkSteps {
  step(label: string): Promise<void>;
}

/** The requestIds of running work, each with its cancel switch. */
export class WorkRegistry {
  private readonly running = new Map<string, AbortController>();

  /** Runs `fn` as `steps` named steps; without a requestId it still pauses, but reports to no one. */
  async run<T>(requestId: string | undefined, work: WorkProgress['work'], steps: number, emit: Emit | undefined, fn: (w: WorkSteps) => Promise<T>): Promise<T> {
    const ctl = new AbortController();
    if (requestId !== undefined) {
      if (this.running.has(requestId)) throw new ApiError('bad-request', `requestId: "${requestId}" is already running; use a new id for each request.`);
      this.running.set(requestId, ctl);
    }
    let n = 0;
    const w: WorkSteps = {
      step: async (label) => {
        n += 1;
        if (requestId !== undefined) emit?.({ requestId, work, step: Math.min(n, steps), steps, label });
        // Let queued calls (work.cancel) and event frames through before the next piece.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (ctl.signal.aborted) throw new ApiError('cancelled', work === 'claims' ? 'Testing the claims was stopped.' : 'Writing the report was stopped.');
      },
    };
    try {
      return await fn(w);
    } finally {
      if (requestId !== undefined) this.running.delete(requestId);
    }
  }

  /** True when work of that id was running (it stops at its next step). */
  cancel(requestId: string): boolean {
    const ctl = this.running.get(requestId);
    if (!ctl) return false;
    ctl.abort();
    return true;
  }
}
