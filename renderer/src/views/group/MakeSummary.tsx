import { useState } from 'react';
import type { AggregateFile } from '../../../../shared/api';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Notice } from '../../components/Notice';
import { saveExact } from '../../dom/download';
import { useProfile } from '../../stores/profile';
import { GroupCharts } from './GroupCharts';

const DEFAULT_K = 5;

/** The name the file gets: the profile's name (a label like "participant-3"), so a facilitator's USB stick holds distinct names. */
function summaryFileName(profile: string | null | undefined, k: number): string {
  return `whereabouts-summary-${profile ?? 'participant'}-k${k}.json`;
}

/**
 * One participant's k-anonymous summary (aggregate.make): only categories — countries, network
 * kinds, host owners, platforms — and no value fewer than k of their records have. Saved as JSON
 * for the facilitator's group view.
 */
export function MakeSummary() {
  const sources = useProfile((s) => s.sources);
  const profile = useProfile((s) => s.info?.profile);
  const allSynthetic = sources.length > 0 && sources.every((s) => s.synthetic);
  const someSynthetic = sources.some((s) => s.synthetic);
  const [k, setK] = useState(DEFAULT_K);
  const [includeSynthetic, setIncludeSynthetic] = useState(allSynthetic);
  const [summary, setSummary] = useState<AggregateFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const make = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setSummary(null);
    try {
      setSummary(await api()['aggregate.make']({ k, includeSynthetic }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="block card make-summary" aria-labelledby="make-summary-title">
      <h2 id="make-summary-title">Make my summary</h2>
      <p>
        Counts only — countries, network kinds, who served your data, platforms. No address, device, name or text. A value fewer than k of your records
        have is left out, so what identifies you most stays on this laptop.
      </p>
      {sources.length === 0 ? (
        <p className="muted">Open an export (or a persona) first: a summary is made from what this profile holds.</p>
      ) : (
        <div className="summary-form">
          <label htmlFor="summary-k">k (smallest count kept)</label>
          <input
            id="summary-k"
            type="number"
            min={2}
            max={1000}
            step={1}
            value={k}
            onChange={(e) => setK(Math.max(1, Math.round(Number(e.currentTarget.value) || DEFAULT_K)))}
            data-testid="summary-k"
          />
          {someSynthetic ? (
            <label className="check">
              <input type="checkbox" checked={includeSynthetic} onChange={(e) => setIncludeSynthetic(e.currentTarget.checked)} data-testid="summary-synthetic" />
              <span>Include sample and persona data (the summary then says it is made-up)</span>
            </label>
          ) : null}
          <button type="button" className="primary" onClick={() => void make()} disabled={busy} data-testid="summary-make">
            {busy ? 'Making…' : 'Make my summary'}
          </button>
        </div>
      )}
      {error ? (
        <Notice tone="error" title="No summary made">
          {error}
        </Notice>
      ) : null}
      {summary ? (
        <div className="summary-result" data-testid="summary-result">
          <p>
            {summary.cells.length} values kept at k = {summary.k}
            {summary.synthetic ? ' · includes made-up sample data' : ''}. This is everything the file holds:
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => saveExact(summaryFileName(profile, summary.k), `${JSON.stringify(summary, null, 2)}\n`, 'application/json')}
            data-testid="summary-save"
          >
            Save {summaryFileName(profile, summary.k)}
          </button>
          <GroupCharts file={summary} testId="summary-charts" />
        </div>
      ) : null}
    </section>
  );
}
