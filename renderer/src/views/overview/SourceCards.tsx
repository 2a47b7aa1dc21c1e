import { formatBytes, formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';
import { formatSpan } from '../../lib/time';
import { useNav } from '../../stores/nav';
import { useProfile } from '../../stores/profile';

/** One card per imported archive: what it is, the time it covers and what was read from it. */
export function SourceCards() {
  const sources = useProfile((s) => s.sources);
  const go = useNav((s) => s.go);
  return (
    <section aria-labelledby="sources-cards-title" className="source-cards">
      <h2 id="sources-cards-title">Imported exports</h2>
      <ul className="cards">
        {sources.map((s) => (
          <li key={s.id} className="card source-card" data-testid="source-card">
            <p className="card-kicker">{PLATFORM_LABEL[s.platform]}</p>
            <h3 className="break">{s.file}</h3>
            <p>{formatSpan(s.first, s.last)}</p>
            <p>
              {formatCount(s.events)} events · {formatCount(s.facts)} facts · {formatBytes(s.bytes)}
            </p>
            <p className="muted">
              {s.coverage.parsed} files read
              {s.coverage.unknown ? ` · ${s.coverage.unknown} not recognised` : ''}
              {s.coverage.errors ? ` · ${s.coverage.errors} with errors` : ''}
              {s.coverage.notRead ? ` · ${s.coverage.notRead.toLocaleString('en-US')} items not read` : ''}
            </p>
            <button type="button" className="small" onClick={() => go('sources', { sourceId: s.id })}>
              Details and coverage
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
