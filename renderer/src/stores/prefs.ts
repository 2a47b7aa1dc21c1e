/** Display preferences, kept in localStorage so a projector setup survives a restart. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Theme = 'system' | 'light' | 'dark';

export const TEXT_SIZES = [100, 110, 125, 150, 175, 200] as const;
export const MIN_TEXT = 100;
export const MAX_TEXT = 200;

interface PrefsState {
  theme: Theme;
  /** Root font size in percent; everything is sized in rem so the whole UI scales. */
  textSize: number;
  setTheme: (theme: Theme) => void;
  setTextSize: (size: number) => void;
  biggerText: () => void;
  smallerText: () => void;
  reset: () => void;
}

function clampText(size: number): number {
  if (!Number.isFinite(size)) return 100;
  return Math.max(MIN_TEXT, Math.min(MAX_TEXT, Math.round(size)));
}

export const usePrefs = create<PrefsState>()(
  persist(
    (set, get) => ({
      theme: 'system',
      textSize: 100,
      setTheme: (theme) => set({ theme }),
      setTextSize: (size) => set({ textSize: clampText(size) }),
      biggerText: () => set({ textSize: TEXT_SIZES.find((s) => s > get().textSize) ?? MAX_TEXT }),
      smallerText: () => set({ textSize: [...TEXT_SIZES].reverse().find((s) => s < get().textSize) ?? MIN_TEXT }),
      reset: () => set({ theme: 'system', textSize: 100 }),
    }),
    {
      name: 'whereabouts.prefs',
      version: 1,
      partialize: (s) => ({ theme: s.theme, textSize: s.textSize }),
    },
  ),
);
