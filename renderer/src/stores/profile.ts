/**
 * The profile (database) and its imported sources. `dataVersion` goes up whenever the data
 * changes (import, remove, erase) so every view's queries refetch.
 *
 * Presenter mode lives in the profile's database (the core redacts by it). The core carries it
 * over to a fresh database after an erase and to the other profile on a switch (docs/workshops.md
 * §5), and the store takes it from the answer's ProfileInfo, so the banner and the large type stay.
 */
import { create } from 'zustand';
import type { ProfileInfo, Res, SourceSummary } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { currentDisplay } from './display';
import { resetViewState } from './reset';

interface ProfileState {
  info: ProfileInfo | null;
  sources: SourceSummary[];
  loaded: boolean;
  error: string | null;
  dataVersion: number;
  /** Goes up on erase, source removal, profile switch and presenter toggle: views remount, so no state from before survives. */
  epoch: number;
  /** True from Erase everything until the next import (the Settings view says "Erased"). */
  erased: boolean;
  /** Presenter mode as the core last reported it (kept while `info` is reloading). */
  presenter: boolean;
  refresh: () => Promise<void>;
  removeSource: (sourceId: number) => Promise<void>;
  eraseEverything: () => Promise<void>;
  /** Turns presenter mode on or off in the core, then every view starts again and refetches. */
  setPresenter: (on: boolean) => Promise<void>;
  switchProfile: (name: string) => Promise<void>;
  /** Erases a profile by name; erasing the current one resets every view like Erase everything. */
  eraseProfile: (name: string) => Promise<Res<'profiles.erase'>>;
}

export const useProfile = create<ProfileState>()((set, get) => {
  /** Everything on screen came from the old database (or the old presenter setting): drop it. */
  const startAgain = async (patch: Partial<ProfileState>): Promise<void> => {
    resetViewState();
    set({ epoch: get().epoch + 1, sources: [], info: null, ...patch });
    await get().refresh();
  };
  return {
    info: null,
    sources: [],
    loaded: false,
    error: null,
    dataVersion: 0,
    epoch: 0,
    erased: false,
    presenter: false,
    refresh: async () => {
      try {
        const [info, sources] = await Promise.all([api()['profile.info']({}), api()['sources.list']({})]);
        set({
          info,
          sources,
          loaded: true,
          error: null,
          dataVersion: get().dataVersion + 1,
          erased: get().erased && sources.length === 0,
          presenter: info.presenter,
        });
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
      await startAgain({ erased: true });
    },
    setPresenter: async (on) => {
      await api()['settings.set']({ display: currentDisplay(on) });
      // The redaction happens in the core, so what the views hold now is of the other kind: refetch all.
      await startAgain({ presenter: on });
    },
    switchProfile: async (name) => {
      await api()['profiles.switch']({ name });
      await startAgain({ erased: false });
    },
    eraseProfile: async (name) => {
      const current = get().info?.profile ?? null;
      const out = await api()['profiles.erase']({ name, confirm: 'erase everything' });
      if (name === current) await startAgain({ erased: true });
      return out;
    },
  };
});
