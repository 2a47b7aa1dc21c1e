import { formatCount, formatProgressBytes, percent } from '../../lib/format';
import { PHASE_LABEL } from '../../lib/labels';
import { isImportRunning, useImportJob } from '../../stores/import-job';

/** What the import is doing right now, in numbers a person can follow, with a way to stop it. */
export function ProgressPanel() {
  const job = useImportJob();
  const p = job.progress;
  const running = isImportRunning(job);
  const pct = p ? percent(p.bytesRead, p.bytesTotal) : null;
  return (
    <section className="card progress-panel" aria-labelledby="progress-title" data-testid="import-progress" data-phase={p?.phase ?? 'starting'}>
      <h2 id="progress-title">{p ? `Opening ${p.file}` : 'Starting…'}</h2>
      <p className="progress-phase" role="status" aria-live="polite" data-testid="import-phase">
        {p ? PHASE_LABEL[p.phase] : 'Preparing the import'}
        {pct !== null && running ? ` — ${pct}%` : ''}
      </p>
      <progress max={100} value={pct ?? undefined} aria-label="Import progress">
        {pct !== null ? `${pct}%` : ''}
      </progress>
      {p ? (
        <dl className="progress-facts">
          <div>
            <dt>Read</dt>
            <dd>
              {formatProgressBytes(p.bytesRead, p.bytesTotal)}{pct !== null ? ` (${pct}%)` : ''}
            </dd>
          </div>
          <div>
            <dt>Files</dt>
            <dd>
              {formatCount(p.membersDone)} of {formatCount(p.membersTotal)}
            </dd>
          </div>
          <div>
            <dt>Records</dt>
            <dd data-testid="import-records">{formatCount(p.records)}</dd>
          </div>
          {p.member ? (
            <div className="progress-member">
              <dt>Now reading</dt>
              <dd>
                <code>{p.member}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {running ? (
        <button type="button" onClick={() => void job.cancel()} disabled={!job.jobId} data-testid="import-cancel">
          Cancel import
        </button>
      ) : null}
    </section>
  );
}
