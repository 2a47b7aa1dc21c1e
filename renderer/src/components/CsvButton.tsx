import { useState } from 'react';
import type { CsvTable, TimelineFilter } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { downloadText } from '../dom/download';
import { displayZone } from '../lib/time';
import { useProfile } from '../stores/profile';

/**
 * Asks the core for a CSV of a table (the full table, not only the rows on screen) and saves it.
 * In presenter mode the core refuses CSV (it would hold the raw values), so the button says so.
 */
export function CsvButton({ table, filter, sourceIds, label = 'Export CSV' }: { table: CsvTable; filter?: TimelineFilter; sourceIds?: number[]; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const presenter = useProfile((s) => s.presenter);
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
      <button
        type="button"
        className="small"
        onClick={() => void onClick()}
        disabled={busy || presenter}
        title={presenter ? 'Not in presenter mode: a CSV would hold the hidden values' : undefined}
        data-testid={`csv-${table}`}
      >
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
