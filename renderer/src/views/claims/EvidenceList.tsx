import type { EvidenceRef } from '../../../../shared/claims';
import { CitationList } from '../../components/CitationList';
import { GradeBadge } from '../../components/GradeBadge';
import { DateText } from '../../components/TimeText';
import { rangeAround } from '../../lib/filters';
import { plural } from '../../lib/format';
import { useNav } from '../../stores/nav';
import { useTimeline } from '../../stores/timeline';
import { ROLE_LABEL } from './verdict-words';

/** Opens the timeline on the evidence's dates (an hour either side) with its records highlighted. */
function showInTimeline(e: EvidenceRef): void {
  const t = useTimeline.getState();
  t.resetFilter();
  t.setRange(rangeAround(e.first, e.last));
  if (e.eventIds && e.eventIds.length > 0) useTimeline.setState({ highlight: new Set(e.eventIds), highlightLabel: e.what });
  useNav.getState().go('timeline');
}

/** The evidence behind a verdict: role, grade, what it shows, how many records, when, and where to find them. */
export function EvidenceList({ evidence }: { evidence: EvidenceRef[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence in this export speaks to the claim.</p>;
  return (
    <ul className="plain-list claims-evidence" data-testid="claims-evidence">
      {evidence.map((e) => (
        <li key={`${e.role}:${e.ref}`} className={`claims-evidence-item role-${e.role}`}>
          <p>
            <span className="tag">{ROLE_LABEL[e.role]}</span> <GradeBadge grade={e.grade} /> {e.what}
          </p>
          <p className="muted">
            {plural(e.count, 'record')}
            {e.first || e.last ? (
              <>
                {' · '}
                <DateText iso={e.first ?? e.last} />
                {e.last && e.last !== e.first ? (
                  <>
                    {' – '}
                    <DateText iso={e.last} />
                  </>
                ) : null}
              </>
            ) : null}
            {e.first || e.last ? (
              <>
                {' '}
                <button type="button" className="small" onClick={() => showInTimeline(e)}>
                  Show in the timeline
                </button>
              </>
            ) : null}
          </p>
          <CitationList citations={e.citations} label="Where to find it" />
        </li>
      ))}
    </ul>
  );
}
