import { findingStatement } from '../../../../shared/words/findings';
import { GradeBadge } from '../../components/GradeBadge';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { plural } from '../../lib/format';
import { compareGrades, isServingOnly } from '../../lib/grades';
import { useNav } from '../../stores/nav';
import { servedFindings, whereSentence } from './answer-words';
import { ownerSummary } from './owners';

const TOP_FINDINGS = 3;
const TOP_OWNERS = 3;

/** "Where your data was served from": one sentence with the numbers, then the strongest findings, worded by grade. */
export function WhereHeadline() {
  const where = useApiQuery('where.summary', {});
  const go = useNav((s) => s.go);
  return (
    <section className="card headline" aria-labelledby="where-headline-title" data-testid="where-headline">
      <h2 id="where-headline-title">Where your data was served from</h2>
      <QueryState query={where} what="host information">
        {(w) => {
          const findings = servedFindings(w.findings).sort((a, b) => compareGrades(a.grade, b.grade) || b.count - a.count).slice(0, TOP_FINDINGS);
          const owners = ownerSummary(w.hosts).slice(0, TOP_OWNERS);
          return (
            <>
              <p className="answer" data-testid="where-answer">
                {whereSentence(w)}
              </p>
              {findings.length ? (
                <ul className="compact-list findings-mini" data-testid="overview-findings">
                  {findings.map((f) => (
                    <li key={f.id} data-strength={isServingOnly(f.grade) ? 'hint' : 'evidence'}>
                      <GradeBadge grade={f.grade} /> {findingStatement(f)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No location hints were found.</p>
              )}
              <button type="button" className="primary" onClick={() => go('where')} data-testid="overview-go-where">
                See the map and every server
              </button>
              {owners.length ? (
                <details className="answer-more">
                  <summary>Who runs the servers</summary>
                  <ul className="compact-list">
                    {owners.map((o) => (
                      <li key={o.owner}>
                        {o.owner} · {plural(o.hosts, 'server')} · {plural(o.count, 'link')}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
