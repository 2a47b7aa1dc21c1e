import { plainError } from './plain-error';
import { Notice } from '../../components/Notice';
import { formatCount } from '../../lib/format';
import { useImportJob } from '../../stores/import-job';
import { useNav } from '../../stores/nav';
import { useProfile } from '../../stores/profile';

/**
 * The end of an import: success with the way forward, already-imported, cancelled, or the failure
 * sentence. On the overview (a first import lands there) only the success line shows.
 */
export function ImportOutcome({ onOverview = false }: { onOverview?: boolean }) {
  const result = useImportJob((s) => s.result);
  const error = useImportJob((s) => s.error);
  const records = useImportJob((s) => s.progress?.records ?? null);
  const dismiss = useImportJob((s) => s.dismiss);
  const go = useNav((s) => s.go);
  const sources = useProfile((s) => s.sources);

  if (onOverview && result?.status !== 'imported') return null;
  if (error) {
    return (
      <Notice tone="error" title="The export could not be opened" testId="import-error">
        <p>{plainError(error, 'The export could not be opened.')}</p>
        <button type="button" className="small" onClick={dismiss}>
          Dismiss
        </button>
      </Notice>
    );
  }
  if (!result) return null;
  switch (result.status) {
    case 'imported': {
      const names = sources.filter((s) => result.sourceIds.includes(s.id)).map((s) => s.file);
      return (
        <Notice tone="success" title="Imported" testId="import-done">
          <p>
            {names.length ? names.join(', ') : 'The export'} is open{records !== null ? `: ${formatCount(records)} records read` : ''}.
          </p>
          {result.message ? (
            <p data-testid="import-partial">
              {result.message}{' '}
              <button type="button" className="link" onClick={() => go('sources', { sourceId: result.sourceIds[0] })}>
                See the coverage report
              </button>
            </p>
          ) : null}
          {onOverview ? (
            <button type="button" className="small" onClick={dismiss}>
              Dismiss
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => go('overview')} data-testid="import-see-overview">
              See what is in it
            </button>
          )}
        </Notice>
      );
    }
    case 'already-imported':
      return (
        <Notice tone="info" title="Already imported" testId="import-already">
          <p>{result.message ?? 'This export was imported before; nothing changed.'}</p>
          <button type="button" className="small" onClick={() => go('overview')}>
            Go to the overview
          </button>
        </Notice>
      );
    case 'cancelled':
      return (
        <Notice tone="warning" title="Import cancelled" testId="import-cancelled">
          <p>Nothing was saved. Your data is as it was before.</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="error" title="The import failed" testId="import-failed">
          <p data-testid="import-failed-message">{plainError(result.message, 'The export could not be read.')}</p>
          <p className="muted">
            Nothing was saved.{' '}
            {sources.length > 0 ? (
              <button type="button" className="link" onClick={() => go('sources', { sourceId: result.sourceIds[0] })}>
                See what each imported export covers in Sources
              </button>
            ) : null}
          </p>
        </Notice>
      );
  }
}
