/**
 * Display settings kept in the profile's `meta` table. `serve` picks a new port on every start, so
 * the browser's localStorage (per origin) forgets them; the database does not. Erase everything
 * deletes the database file and with it these settings; the UI then saves its current ones again.
 */
import type { DisplaySettings, DisplaySettingsUpdate } from '../../../shared/api';
import { displaySettingsUpdate } from '../../../shared/schemas/requests';
import { metaValue, setMetaValue } from './analysis-rows';
import type { Db } from './db';

const KEY = 'display-settings';

export function readDisplaySettings(db: Db): DisplaySettings | null {
  const text = metaValue(db, KEY);
  if (text === null) return null;
  try {
    // Settings saved before presenter mode existed have no `presenter`: they read as off.
    const parsed = displaySettingsUpdate.safeParse(JSON.parse(text));
    // A value this module did not write (or an older shape) is ignored, never trusted.
    return parsed.success ? { ...parsed.data, presenter: parsed.data.presenter ?? false } : null;
  } catch {
    return null;
  }
}

/** Presenter mode as saved in the profile (off when nothing was saved). Read on every call: the core redacts by it. */
export function presenterMode(db: Db): boolean {
  return readDisplaySettings(db)?.presenter ?? false;
}

/** `presenter` left out keeps the saved value: a view that does not know presenter mode cannot turn it off. */
export function writeDisplaySettings(db: Db, display: DisplaySettingsUpdate): DisplaySettings | null {
  const presenter = display.presenter ?? presenterMode(db);
  setMetaValue(db, KEY, JSON.stringify({ theme: display.theme, textSize: display.textSize, ...(display.timeZone === undefined ? {} : { timeZone: display.timeZone }), presenter }));
  return readDisplaySettings(db);
}
