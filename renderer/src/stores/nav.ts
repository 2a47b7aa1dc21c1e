/** Which view is on screen. Views are state, not URLs: the app has one window and no history to leak. */
import { create } from 'zustand';

export const VIEWS = ['overview', 'timeline', 'who', 'where', 'sources', 'settings', 'about', 'import', 'claims', 'group'] as const;
export type ViewId = (typeof VIEWS)[number];

interface NavState {
  view: ViewId;
  /** A source to bring into view on the Sources page (from an import failure or a card). */
  focusSourceId: number | null;
  /** How many times the person switched views; 0 on first load (focus then stays at the top). */
  switches: number;
  go: (view: ViewId, opts?: { sourceId?: number }) => void;
}

export const useNav = create<NavState>()((set) => ({
  view: 'overview',
  focusSourceId: null,
  switches: 0,
  go: (view, opts) => set((s) => ({ view, focusSourceId: opts?.sourceId ?? null, switches: s.switches + 1 })),
}));
