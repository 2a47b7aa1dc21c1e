import { GRADES } from '../../../../shared/domain';
import { GradeBadge } from '../../components/GradeBadge';
import { GRADE_INFO } from '../../lib/grades';
import { GradeMarkerIcon } from './GradeMarker';

/** What each evidence grade means, in plain words, with its map marker. */
export function GradeLegend() {
  return (
    <section aria-labelledby="grade-legend-title" className="block grade-legend" data-testid="grade-legend">
      <h2 id="grade-legend-title">How sure is each statement?</h2>
      <p className="muted">
        Grades A–D can say where something is; E–G only say how it was <em>delivered</em> — never where your data is stored.
      </p>
      <dl>
        {GRADES.map((g) => (
          <div key={g} className="legend-row">
            <dt>
              <GradeMarkerIcon grade={g} /> <GradeBadge grade={g} />
            </dt>
            <dd>{GRADE_INFO[g].plain}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
