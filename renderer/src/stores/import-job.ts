/**
 * The running (or last) import. Progress events can arrive before `import.start` has returned
 * the job id, so the latest progress and result are kept per job id and matched afterwards.
 */
import { create } from 'zustand';
import type { ImportProgress, ImportResult } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { useProfile } from './profile';

interface ImportState {
  jobId: string | null;
  /** True between clicking and the job id coming back. */
  starting: boolean;
  progress: ImportProgress | null;
  result: ImportResult | null;
  /** A problem before the job started (upload failed, no path). */
  error: string | null;
  /** Events for jobs whose id we do not know yet. */
  early: Map<string, { progress?: ImportProgress; result?: ImportResult }>;
  start: (paths: string[]) => Promise<void>;
  startSample: () => Promise<void>;
  /** A workshop persona's exports (one job; the core marks them synthetic). */
  startPersona: (id: string) => Promise<void>;
  begin: (run: () => Promise<{ jobId: string }>) => Promise<void>;
  cancel: () => Promise<void>;
  fail: (message: string) => void;
  dismiss: () => void;
  onProgress: (p: ImportProgress) => void;
  onDone: (r: ImportResult) => void;
}

export const useImportJob = create<ImportState>()((set, get) => ({
  jobId: null,
  starting: false,
  progress: null,
  result: null,
  error: null,
  early: new Map(),
  start: (paths) => get().begin(() => api()['import.start']({ paths })),
  startSample: () => get().begin(() => api()['import.sample']({})),
  startPersona: (id) => get().begin(() => api()['import.persona']({ id })),
  begin: async (run) => {
    set({ starting: true, jobId: null, progress: null, result: null, error: null, early: new Map() });
    try {
      const { jobId } = await run();
      const seen = get().early.get(jobId);
      set({ jobId, starting: false, progress: seen?.progress ?? get().progress, early: new Map() });
      if (seen?.result) get().onDone(seen.result);
    } catch (err) {
      set({ starting: false, error: messageOf(err) });
    }
  },
  cancel: async () => {
    const { jobId } = get();
    if (!jobId) return;
    try {
      await api()['import.cancel']({ jobId });
    } catch (err) {
      set({ error: messageOf(err) });
    }
  },
  fail: (message) => set({ error: message, starting: false }),
  dismiss: () => set({ result: null, error: null, progress: null, jobId: null }),
  onProgress: (p) => {
    const { jobId, starting, early } = get();
    if (jobId === p.jobId) set({ progress: p });
    else if (starting) {
      early.set(p.jobId, { ...early.get(p.jobId), progress: p });
      set({ progress: p });
    }
  },
  onDone: (r) => {
    const { jobId, starting, early } = get();
    if (jobId !== r.jobId) {
      if (starting) early.set(r.jobId, { ...early.get(r.jobId), result: r });
      return;
    }
    const progress = get().progress;
    set({ result: r, progress: progress ? { ...progress, phase: r.status === 'imported' || r.status === 'already-imported' ? 'done' : r.status } : progress });
    if (r.status === 'imported') void useProfile.getState().refresh();
  },
}));

/** True while a job runs (for the header status and to disable a second start). */
export function isImportRunning(s: Pick<ImportState, 'starting' | 'jobId' | 'result'>): boolean {
  return s.starting || (s.jobId !== null && s.result === null);
}
