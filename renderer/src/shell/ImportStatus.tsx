import { percent } from '../lib/format';
import { isImportRunning, useImportJob } from '../stores/import-job';
import { useNav } from '../stores/nav';

/** A compact "Importing … 45 %" in the header while a job runs elsewhere than the import view. */
export function ImportStatus() {
  const job = useImportJob();
  const view = useNav((s) => s.view);
  const go = useNav((s) => s.go);
  if (!isImportRunning(job) || view === 'import') return null;
  const pct = job.progress ? percent(job.progress.bytesRead, job.progress.bytesTotal) : null;
  return (
    <button type="button" className="small import-status" onClick={() => go('import')}>
      Importing{pct !== null ? ` ${pct}%` : '…'}
    </button>
  );
}
