import { useState } from 'react';
import type { AggregateFile } from '../../../../shared/api';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Notice } from '../../components/Notice';
import { saveExact } from '../../dom/download';
import { formatCount } from '../../lib/format';
import { GroupCharts } from './GroupCharts';

/** A summary is a few kilobytes; anything far larger is not one (and is not read into memory). */
const MAX_SUMMARY_BYTES = 5 * 1024 * 1024;

async function readSummaries(files: File[]): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    if (f.size > MAX_SUMMARY_BYTES) throw new Error(`“${f.name}” is too large to be a Whereabouts summary (${formatCount(f.size)} bytes).`);
    try {
      out.push({ name: f.name, text: await f.text() });
    } catch (err) {
      throw new Error(`“${f.name}” could not be read: ${messageOf(err)}`, { cause: err });
    }
  }
  return out;
}

/**
 * The facilitator's group view: the participants' summary files (from a USB stick) merged by the
 * core (aggregate.merge, k applied again) and drawn as charts. A refused file is named.
 */
export function OpenSummaries() {
  const [merged, setMerged] = useState<{ file: AggregateFile; names: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (files: File[]): Promise<void> => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    setMerged(null);
    try {
      const texts = await readSummaries(files);
      const file = await api()['aggregate.merge']({ files: texts });
      setMerged({ file, names: texts.map((t) => t.name) });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="block card open-summaries" aria-labelledby="open-summaries-title">
      <h2 id="open-summaries-title">Open summaries</h2>
      <p>
        Pick every participant&apos;s summary file at once (they must share the same k). A value is shown only when at least k participants have it; a
        value left out cannot come back in a later merge, so merge all files in one go.
      </p>
      <label className="file-button primary">
        <input
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          data-testid="summaries-input"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = ''; // So picking the same files again fires change.
            void open(files);
          }}
        />
        <span>{busy ? 'Merging…' : 'Choose summary files…'}</span>
      </label>
      {error ? (
        <Notice tone="error" title="The summaries could not be merged" testId="summaries-error">
          {error}
        </Notice>
      ) : null}
      {merged ? (
        <div className="group-result" data-testid="group-result">
          <p className="group-facts">
            <strong data-testid="group-participants">{formatCount(merged.file.participants)}</strong> {merged.file.participants === 1 ? 'participant' : 'participants'} ·
            k = {merged.file.k} · from {merged.names.length} {merged.names.length === 1 ? 'file' : 'files'}
          </p>
          {merged.file.synthetic ? (
            <p className="sample-marker" role="note">
              <strong className="sample-tag">SAMPLE</strong> At least one summary includes made-up sample or persona data.
            </p>
          ) : null}
          <details className="collapsible">
            <summary>Files merged</summary>
            <ul className="compact-list">
              {merged.names.map((n, i) => (
                <li key={`${i}-${n}`}>{n}</li>
              ))}
            </ul>
          </details>
          <button type="button" onClick={() => saveExact('whereabouts-group-summary.json', `${JSON.stringify(merged.file, null, 2)}\n`, 'application/json')} data-testid="group-save">
            Save the group summary
          </button>
          <GroupCharts file={merged.file} testId="group-charts" />
        </div>
      ) : null}
    </section>
  );
}
