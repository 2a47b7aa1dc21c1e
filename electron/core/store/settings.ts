/**
 * Display settings kept in the profile's `meta` table. `serve` picks a new port on every start, so
 * the browser's localStorage (per origin) forgets them; the database does not. Erase everything
 * deletes the database file and with it these settings; the UI then saves its current ones again.
 */
import type { DisplaySettings } from '../../../shared/api';
import { displaySettings } from '../../../shared/schemas/requests';
import { metaValue, setMetaValue } from './analysis-rows';
import type { Db } from './db';

const KEY = 'display-settings';

export function readDisplaySettings(db: Db): DisplaySettings | null {
  const text = metaValue(db, KEY);
  if (text === null) return null;
  try {
    const parsed = displaySettings.safeParse(JSON.parse(text));
    // A value this module did not write (or an older shape) is ignored, never trusted.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDisplaySettings(db: Db, display: DisplaySettings): DisplaySettings | null {
  setMetaValue(db, KEY, JSON.stringify({ theme: display.theme, textSize: display.textSize, ...(display.timeZone === undefined ? {} : { timeZone: display.timeZone }) }));
  return readDisplaySettings(db);
}
