/**
 * The display settings as the core stores them (`settings.set`): theme, text size, display zone
 * and presenter mode. Saves that leave `presenter` out keep the stored value (useSettingsSync);
 * these send it on purpose: the toggle, and re-applying it to a fresh or switched-to database.
 */
import type { DisplaySettingsUpdate } from '../../../shared/api';
import { useZoneSetting } from '../lib/time';
import { usePrefs } from './prefs';

export function currentDisplay(presenter: boolean): DisplaySettingsUpdate {
  const { theme, textSize } = usePrefs.getState();
  return { theme, textSize, timeZone: useZoneSetting.getState().zone, presenter };
}
