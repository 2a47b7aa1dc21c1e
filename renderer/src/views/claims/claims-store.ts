/**
 * The Claims view's state: the claims chosen (from templates or the form), the last evaluation,
 * and what is in flight. Talks to the core only through the contract (api()).
 */
import { create } from 'zustand';
import type { WorkProgress } from '../../../../shared/api';
import type { Claim, ClaimsEvaluation } from '../../../../shared/claims';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { cancelWork, isCancelled, withProgress } from './work';

interface ClaimsState {
  claims: Claim[];
  evaluation: ClaimsEvaluation | null;
  evaluating: boolean;
  /** The running evaluation's id and last step (work.progress), for the bar and Stop. */
  requestId: string | null;
  progress: WorkProgress | null;
  /** Set when the person stopped the last evaluation. */
  stopped: boolean;
  error: string | null;
  add: (claim: Claim) => void;
  replace: (claim: Claim) => void;
  remove: (id: string) => void;
  clear: () => void;
  evaluate: () => Promise<void>;
  cancel: () => void;
  /** Erase / source removal: forget the claims, the verdicts and any answer still on its way. */
  reset: () => void;
}

/** Bumped by reset(): an evaluation that started before it must not land after it. */
let generation = 0;

export const useClaims = create<ClaimsState>()((set, get) => ({
  claims: [],
  evaluation: null,
  evaluating: false,
  requestId: null,
  progress: null,
  stopped: false,
  error: null,
  add: (claim) => set((s) => (s.claims.some((c) => c.id === claim.id) ? s : { claims: [...s.claims, claim], evaluation: null })),
  replace: (claim) => set((s) => ({ claims: s.claims.map((c) => (c.id === claim.id ? claim : c)), evaluation: null })),
  remove: (id) => set((s) => ({ claims: s.claims.filter((c) => c.id !== id), evaluation: null })),
  clear: () => set({ claims: [], evaluation: null, error: null }),
  evaluate: async () => {
    const claims = get().claims;
    if (claims.length === 0) return;
    set({ evaluating: true, error: null, stopped: false, progress: null });
    const mine = generation;
    try {
      const evaluation = await withProgress(
        (requestId) => api()['claims.evaluate']({ claims, requestId }),
        (requestId) => mine === generation && set({ requestId }),
        (progress) => mine === generation && set({ progress }),
      );
      if (mine === generation) set({ evaluation, evaluating: false, requestId: null, progress: null });
    } catch (err) {
      if (mine !== generation) return;
      if (isCancelled(err)) set({ stopped: true, evaluating: false, requestId: null, progress: null });
      else set({ error: messageOf(err), evaluating: false, requestId: null, progress: null });
    }
  },
  cancel: () => {
    const id = get().requestId;
    if (id) cancelWork(id);
  },
  reset: () => {
    generation++;
    const id = get().requestId;
    if (id) cancelWork(id);
    set({ claims: [], evaluation: null, evaluating: false, requestId: null, progress: null, stopped: false, error: null });
  },
}));
