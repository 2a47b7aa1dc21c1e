import type { Finding } from '../../../../shared/api';
import { findingStatement } from '../../../../shared/words/findings';
import { CitationList } from '../../components/CitationList';
import { CsvButton } from '../../components/CsvButton';
import { GradeBadge } from '../../components/GradeBadge';
import { plural } from '../../lib/format';
import { compareGrades, isServingOnly } from '../../lib/grades';
import { formatSpan } from '../../lib/time';

function FindingItem({ f }: { f: Finding }) {
  return (
    <li className="card finding">
      <p>
        <GradeBadge grade={f.grade} /> <strong>{findingStatement(f)}</strong>
      </p>
      <p className="muted">
        {plural(f.count, 'record')} · {formatSpan(f.first, f.last)}
      </p>
      <CitationList citations={f.evidence} label="Evidence" />
    </li>
  );
}

/**
 * The statements about location in two collapsible groups: evidence that can say where (A–D,
 * open) and delivery hints that only say how content travelled (E–G, closed) — a weak hint is
 * never shown with the weight of evidence.
 */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const sorted = [...findings].sort((a, b) => compareGrades(a.grade, b.grade) || b.count - a.count);
  const strong = sorted.filter((f) => !isServingOnly(f.grade));
  const hints = sorted.filter((f) => isServingOnly(f.grade));
  return (
    <section id="where-findings" aria-labelledby="where-findings-title" className="block">
      <div className="block-head">
        <h2 id="where-findings-title">Findings</h2>
        <CsvButton table="findings" />
      </div>
      {sorted.length === 0 ? (
        <p className="muted">No statements about location could be made from this export.</p>
      ) : (
        <div data-testid="finding-list">
          {strong.length ? (
          <details className="collapsible" open data-testid="findings-strong">
            <summary>
              Evidence of a place (grades A–D): {plural(strong.length, 'finding')}
            </summary>
            <ul className="finding-list">
              {strong.map((f) => (
                <FindingItem key={f.id} f={f} />
              ))}
            </ul>
          </details>
          ) : null}
          {hints.length ? (
          <details className="collapsible" open={strong.length === 0} data-testid="findings-hints">
            <summary>
              Delivery hints only (grades E–G, not where data is stored): {plural(hints.length, 'finding')}
            </summary>
            <ul className="finding-list">
              {hints.map((f) => (
                <FindingItem key={f.id} f={f} />
              ))}
            </ul>
          </details>
          ) : null}
        </div>
      )}
    </section>
  );
}
