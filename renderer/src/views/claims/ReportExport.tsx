import { plainError } from '../import/plain-error';
import { displayZone } from '../../lib/time';
import { useState } from 'react';
import type { WorkProgress } from '../../../../shared/api';
import type { Claim } from '../../../../shared/claims';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { saveExact } from '../../dom/download';
import { useProfile } from '../../stores/profile';
import { saveBase64 } from './save-file';
import { cancelWork, isCancelled, withProgress } from './work';
import { WorkProgressLine } from './WorkProgressLine';

type Format = 'html' | 'json' | 'pdf';

/**
 * Save the report: HTML (one self-contained file), JSON (for scripts and `verify`) or PDF (the
 * desktop app prints it; browser mode only where the server has Chromium — otherwise a clear message).
 * "Redact" leaves out names, handles, texts and exact addresses (`redact`, like `report --redact`);
 * in presenter mode the core redacts every report, so the box is on and fixed.
 */
export function ReportExport({ claims }: { claims: Claim[] }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [stopped, setStopped] = useState(false);
  const presenter = useProfile((s) => s.presenter);
  const [redactChosen, setRedact] = useState(false);
  const redact = presenter || redactChosen;
  const run = async (format: Format): Promise<void> => {
    setBusy(format);
    setError(null);
    setStopped(false);
    setProgress(null);
    try {
      if (format === 'pdf') {
        const { filename, base64 } = await withProgress((id) => api()['report.pdf']({ claims, requestId: id, timeZone: displayZone(), redact }), setRequestId, setProgress);
        saveBase64(filename, base64, 'application/pdf');
      } else {
        const { filename, content } = await withProgress((id) => api()['report.build']({ claims, format, requestId: id, timeZone: displayZone(), redact }), setRequestId, setProgress);
        saveExact(filename, content, format === 'html' ? 'text/html;charset=utf-8' : 'application/json;charset=utf-8');
      }
    } catch (err) {
      if (isCancelled(err)) setStopped(true);
      else setError(messageOf(err));
    } finally {
      setBusy(null);
      setRequestId(null);
      setProgress(null);
    }
  };
  const label: Record<Format, string> = { html: 'HTML report', json: 'JSON', pdf: 'PDF' };
  return (
    <section className="block card" aria-labelledby="claims-report-title">
      <h2 id="claims-report-title">Save the report</h2>
      <p className="muted">
        The report cites every conclusion (archive SHA-256, file, record) and can be checked later with <code>whereabouts verify</code> or “Verify a report” below. It holds
        everything on this page, plus the who and where tables.
      </p>
      <label className="check">
        <input type="checkbox" checked={redact} disabled={presenter || busy !== null} onChange={(e) => setRedact(e.currentTarget.checked)} data-testid="claims-redact" />
        <span>
          Redact: leave out names, handles, message and search text and exact addresses
          {presenter ? ' (always, in presenter mode)' : ''}
        </span>
      </label>
      <div className="card-actions">
        {(['html', 'json', 'pdf'] as const).map((f) => (
          <button key={f} type="button" disabled={busy !== null || claims.length === 0} onClick={() => void run(f)} data-testid={`claims-save-${f}`}>
            {busy === f ? 'Preparing…' : `Save ${label[f]}`}
          </button>
        ))}
      </div>
      {busy !== null ? <WorkProgressLine progress={progress} onCancel={() => requestId && cancelWork(requestId)} testId="report-progress" /> : null}
      {stopped ? <p className="muted" role="status">Writing the report was stopped; nothing was saved.</p> : null}
      {error ? (
        <p className="error-text" role="alert">
          {plainError(error, 'The report could not be written.')}
        </p>
      ) : null}
    </section>
  );
}
