import { plainError } from '../import/plain-error';
import { ViewHeader } from '../../components/ViewHeader';
import { QueryState } from '../../components/QueryState';
import { Notice } from '../../components/Notice';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ClaimForm } from './ClaimForm';
import { useClaims } from './claims-store';
import { ReportExport } from './ReportExport';
import { TemplatePicker } from './TemplatePicker';
import { VerdictCard } from './VerdictCard';
import { VerifyReport } from './VerifyReport';
import { WorkProgressLine } from './WorkProgressLine';
import './claims.css';

/** Test a platform's public claims (or your own) against the export, and save a verifiable report. */
export function ClaimsView() {
  const templates = useApiQuery('claims.templates', {});
  const claims = useClaims((s) => s.claims);
  const evaluation = useClaims((s) => s.evaluation);
  const evaluating = useClaims((s) => s.evaluating);
  const error = useClaims((s) => s.error);
  const progress = useClaims((s) => s.progress);
  const stopped = useClaims((s) => s.stopped);
  const cancel = useClaims((s) => s.cancel);
  const add = useClaims((s) => s.add);
  const remove = useClaims((s) => s.remove);
  const replace = useClaims((s) => s.replace);
  const evaluate = useClaims((s) => s.evaluate);
  const taken = claims.map((c) => c.id);
  return (
    <section aria-labelledby="claims-title">
      <ViewHeader title="Check a claim">
        <p>
          Test what a platform says — “US users’ data is stored in the US”, “only your devices signed in” — against this export. Each verdict
          shows its evidence and grade. Only strong evidence (grades A–D) can contradict a claim; weaker clues (E–G) can only raise a question.
        </p>
      </ViewHeader>
      <QueryState query={templates} what="the claim templates">
        {(list) => (
          <div className="claims-setup">
            <TemplatePicker templates={list} taken={taken} onAdd={add} />
            <ClaimForm templates={list} taken={taken} onAdd={add} />
          </div>
        )}
      </QueryState>
      <section className="block" aria-labelledby="claims-list-title">
        <div className="block-head">
          <h2 id="claims-list-title">Claims to test</h2>
          <button type="button" onClick={() => void evaluate()} disabled={claims.length === 0 || evaluating} data-testid="claims-evaluate">
            {evaluating ? 'Testing…' : 'Test against the export'}
          </button>
        </div>
        {evaluating ? <WorkProgressLine progress={progress} onCancel={cancel} testId="claims-progress" /> : null}
        {stopped ? <p className="muted" role="status">Testing was stopped; the verdicts shown are from before.</p> : null}
        {error ? (
          <Notice tone="error" title="Could not test the claims">
            {plainError(error, 'The claims could not be tested.')}
          </Notice>
        ) : null}
        {claims.length === 0 ? (
          <p className="muted">Add a claim above to test it.</p>
        ) : (
          <ul className="plain-list claims-list" data-testid="claims-list">
            {claims.map((c) => (
              <VerdictCard key={c.id} claim={c} verdict={evaluation?.verdicts.find((v) => v.claimId === c.id) ?? null} onRemove={() => remove(c.id)} onChange={replace} />
            ))}
          </ul>
        )}
      </section>
      <ReportExport claims={claims} />
      <VerifyReport />
    </section>
  );
}
