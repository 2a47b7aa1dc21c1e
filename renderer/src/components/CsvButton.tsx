import { useState } from 'react';
import type { CsvTable, TimelineFilter } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { downloadText } from '../dom/download';
import { displayZone } from '../lib/time';

/** Asks the core for a CSV of a table (the full table, not only the rows on screen) and saves it. */
export function CsvButton({ table, filter, sourceIds, label = 'Export CSV' }: { table: CsvTable; filter?: TimelineFilter; sourceIds?: number[]; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      // The timeline CSV adds its times in the display zone (lib/time.ts), labelled with the zone.
      const { filename, csv } = await api()['export.csv']({ table, filter, sourceIds, ...(table === 'timeline' ? { timeZone: displayZone() } : {}) });
      downloadText(filename, csv);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="csv-button">
      <button type="button" className="small" onClick={() => void onClick()} disabled={busy} data-testid={`csv-${table}`}>
        {busy ? 'Preparing…' : label}
      </button>
      {error ? (
        <span className="error-text" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
