import type { Finding } from '../../../../shared/api';
import { findingStatement } from '../../../../shared/words/findings';
import { CitationList } from '../../components/CitationList';
import { CsvButton } from '../../components/CsvButton';
import { GradeBadge } from '../../components/GradeBadge';
import { plural } from '../../lib/format';
import { compareGrades } from '../../lib/grades';
import { formatSpan } from '../../lib/time';

/** The statements the app makes about location, strongest evidence first, each with its records (worded from code + params). */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const sorted = [...findings].sort((a, b) => compareGrades(a.grade, b.grade) || b.count - a.count);
  return (
    <section id="where-findings" aria-labelledby="where-findings-title" className="block">
      <div className="block-head">
        <h2 id="where-findings-title">Findings</h2>
        <CsvButton table="findings" />
      </div>
      {sorted.length === 0 ? (
        <p className="muted">No statements about location could be made from this export.</p>
      ) : (
        <ul className="finding-list" data-testid="finding-list">
          {sorted.map((f) => (
            <li key={f.id} className="card finding">
              <p>
                <GradeBadge grade={f.grade} /> <strong>{findingStatement(f)}</strong>
              </p>
              <p className="muted">
                {plural(f.count, 'record')} · {formatSpan(f.first, f.last)}
              </p>
              <CitationList citations={f.evidence} label="Evidence" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
