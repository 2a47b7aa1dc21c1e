import type { Flag } from '../../../../shared/api';
import { flagWords } from '../../../../shared/words/flags';
import { CitationList } from '../../components/CitationList';
import { DateText } from '../../components/TimeText';
import { FLAG_KIND_LABEL } from '../../lib/labels';
import { plural } from '../../lib/format';
import { useNav } from '../../stores/nav';
import { useTimeline } from '../../stores/timeline';

/** Things worth a second look, each explained in plain words, with the records behind it. */
export function FlagsList({ flags }: { flags: Flag[] }) {
  const showFlag = useTimeline((s) => s.showFlag);
  const go = useNav((s) => s.go);
  return (
    <section id="who-flags" aria-labelledby="who-flags-title" className="block">
      <h2 id="who-flags-title">Flags</h2>
      {flags.length === 0 ? (
        <p className="muted">Nothing unusual was found. Flags look for sign-ins from data centres, new countries, impossible travel and new devices followed by security changes.</p>
      ) : (
        <ul className="flag-list" data-testid="flag-list">
          {flags.map((f) => ({ f, w: flagWords(f) })).map(({ f, w }) => (
            <li key={f.id} className={`card flag-box severity-${f.severity}`}>
              <p className="flag-title">
                <span className={`severity severity-${f.severity}`}>{f.severity}</span> <strong>{w.title}</strong>{' '}
                <span className="muted">({FLAG_KIND_LABEL[f.code]})</span>
              </p>
              <p>{w.explanation}</p>
              <p className="muted">
                <DateText iso={f.first} />
                {f.last && f.last !== f.first ? (
                  <>
                    {' – '}
                    <DateText iso={f.last} />
                  </>
                ) : null}{' '}
                · {plural(f.eventIds.length, 'record')}
              </p>
              <div className="flag-actions">
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    showFlag(f);
                    go('timeline');
                  }}
                >
                  Show records in the timeline
                </button>
              </div>
              <CitationList citations={f.evidence} label="Evidence" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
