import type { WorkProgress } from '../../../../shared/api';

/** "Testing claim 2 of 5" with a bar and a Stop button, while a claims evaluation or report runs. */
export function WorkProgressLine({ progress, onCancel, testId }: { progress: WorkProgress | null; onCancel: () => void; testId: string }) {
  return (
    <div className="work-progress" data-testid={testId}>
      <p role="status" aria-live="polite">
        {progress ? `${progress.label} (step ${progress.step} of ${progress.steps})` : 'Starting…'}
      </p>
      <progress max={progress?.steps ?? 1} value={progress?.step ?? undefined} aria-label="Progress" />{' '}
      <button type="button" className="small" onClick={onCancel} data-testid={`${testId}-cancel`}>
        Stop
      </button>
    </div>
  );
}
