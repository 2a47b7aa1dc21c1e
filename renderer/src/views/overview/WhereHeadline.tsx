import { findingStatement } from '../../../../shared/words/findings';
import { GradeBadge } from '../../components/GradeBadge';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount, plural } from '../../lib/format';
import { compareGrades } from '../../lib/grades';
import { useNav } from '../../stores/nav';
import { ownerSummary } from './owners';

/** "Where your data was served from": who runs the servers, and location hints graded by evidence. */
export function WhereHeadline() {
  const where = useApiQuery('where.summary', {});
  const go = useNav((s) => s.go);
  return (
    <section className="card headline" aria-labelledby="where-headline" data-testid="where-headline">
      <h2 id="where-headline">Where your data was served from</h2>
      <QueryState query={where} what="host information">
        {(w) => {
          const owners = ownerSummary(w.hosts).slice(0, 5);
          const findings = [...w.findings].sort((a, b) => compareGrades(a.grade, b.grade) || b.count - a.count).slice(0, 5);
          return (
            <>
              <p className="big-number">
                <strong>{formatCount(w.hosts.length)}</strong> server names
              </p>
              <p>in the links of your export, run by {plural(ownerSummary(w.hosts).length, 'owner')}.</p>
              {owners.length ? (
                <>
                  <h3>Who runs them</h3>
                  <ul className="compact-list">
                    {owners.map((o) => (
                      <li key={o.owner}>
                        {o.owner} · {plural(o.hosts, 'name')} · {plural(o.count, 'link')}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {findings.length ? (
                <>
                  <h3>Location hints</h3>
                  <ul className="compact-list findings-mini">
                    {findings.map((f) => (
                      <li key={f.id}>
                        <GradeBadge grade={f.grade} /> {findingStatement(f)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">No location hints were found.</p>
              )}
              <button type="button" className="primary" onClick={() => go('where')} data-testid="overview-go-where">
                See the map and every server
              </button>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
