import { useEffect } from 'react';
import type { DisplaySettingsUpdate } from '../../../shared/api';
import { api } from '../api/client';
import { useZoneSetting } from '../lib/time';
import { usePrefs } from '../stores/prefs';
import { useProfile } from '../stores/profile';

const SAVE_DELAY_MS = 300;

function current(): DisplaySettingsUpdate {
  const { theme, textSize } = usePrefs.getState();
  return { theme, textSize, timeZone: useZoneSetting.getState().zone };
}

/** Display settings are a convenience: when the core cannot be reached the UI keeps working with them. */
function call<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return run().catch(() => null);
  } catch {
    return Promise.resolve(null);
  }
}

function save(): void {
  void call(() => api()['settings.set']({ display: current() }));
}

/**
 * Keeps the display settings in the profile database as well as in localStorage: `serve` listens
 * on a new port (a new origin, an empty localStorage) after every restart, the database stays.
 * Loaded once at start (the stored ones win), saved on every change, and saved again after an
 * erase (which deletes the database and the settings in it).
 */
export function useSettingsSync(): void {
  const epoch = useProfile((s) => s.epoch);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ready = false;
    let live = true;
    void call(() => api()['settings.get']({})).then((got) => {
      if (!live) return;
      if (got?.display) {
        usePrefs.setState({ theme: got.display.theme, textSize: got.display.textSize });
        if (got.display.timeZone !== undefined) useZoneSetting.getState().setZone(got.display.timeZone);
      } else if (got) save();
      ready = true;
    });
    const schedule = () => {
      if (!ready) return;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const unsubscribe = usePrefs.subscribe((s, prev) => {
      if (s.theme !== prev.theme || s.textSize !== prev.textSize) schedule();
    });
    // The display zone too (lib/time.ts): one zone for the list, axis, details and CSV, kept across restarts.
    const unsubscribeZone = useZoneSetting.subscribe((s, prev) => {
      if (s.zone !== prev.zone) schedule();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
      unsubscribeZone();
    };
  }, []);
  useEffect(() => {
    if (epoch > 0) save();
  }, [epoch]);
}
