/**
 * The profile (database) and its imported sources. `dataVersion` goes up whenever the data
 * changes (import, remove, erase) so every view's queries refetch.
 */
import { create } from 'zustand';
import type { ProfileInfo, SourceSummary } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { resetViewState } from './reset';

interface ProfileState {
  info: ProfileInfo | null;
  sources: SourceSummary[];
  loaded: boolean;
  error: string | null;
  dataVersion: number;
  /** Goes up on erase and source removal: views remount, so no state from before survives. */
  epoch: number;
  /** True from Erase everything until the next import (the Settings view says "Erased"). */
  erased: boolean;
  refresh: () => Promise<void>;
  removeSource: (sourceId: number) => Promise<void>;
  eraseEverything: () => Promise<void>;
}

export const useProfile = create<ProfileState>()((set, get) => ({
  info: null,
  sources: [],
  loaded: false,
  error: null,
  dataVersion: 0,
  epoch: 0,
  erased: false,
  refresh: async () => {
    try {
      const [info, sources] = await Promise.all([api()['profile.info']({}), api()['sources.list']({})]);
      set({ info, sources, loaded: true, error: null, dataVersion: get().dataVersion + 1, erased: get().erased && sources.length === 0 });
    } catch (err) {
      set({ loaded: true, error: messageOf(err) });
    }
  },
  removeSource: async (sourceId) => {
    await api()['sources.remove']({ sourceId });
    resetViewState();
    set({ epoch: get().epoch + 1 });
    await get().refresh();
  },
  eraseEverything: async () => {
    await api()['profile.erase']({ confirm: 'erase everything' });
    resetViewState();
    set({ epoch: get().epoch + 1, erased: true, sources: [], info: null });
    await get().refresh();
  },
}));
