import { flagWords } from '../../../../shared/words/flags';
import { CountryText } from '../../components/CountryText';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount, plural } from '../../lib/format';
import { networkEvidence } from '../../lib/network-evidence';
import { useNav } from '../../stores/nav';
import { STRENGTH_WORDS, flagStrength, strongestFlags, whoSentence } from './answer-words';

const TOP_FLAGS = 3;
const TOP_NETWORKS = 3;

/** "Who signed in": one sentence with the numbers, the strongest flags, then the top networks as evidence. */
export function WhoHeadline() {
  const access = useApiQuery('access.summary', {});
  const go = useNav((s) => s.go);
  return (
    <section className="card headline" aria-labelledby="who-headline-title" data-testid="who-headline">
      <h2 id="who-headline-title">Who signed in</h2>
      <QueryState query={access} what="access information">
        {(a) => {
          const flags = strongestFlags(a.flags, TOP_FLAGS);
          const networks = [...a.networks].sort((x, y) => y.logins - x.logins).slice(0, TOP_NETWORKS);
          return (
            <>
              <p className="answer" data-testid="who-answer">
                <strong data-testid="overview-logins">{formatCount(a.logins)}</strong> {whoSentence(a)}
              </p>
              <div className={`flag-summary ${flags.some((f) => flagStrength(f) !== 'info') ? 'has-flags' : ''}`} data-testid="overview-flags">
                {flags.length ? (
                  <ul className="compact-list">
                    {flags.map((f) => {
                      const strength = flagStrength(f);
                      return (
                        <li key={f.id} data-strength={strength}>
                          <span className={`severity strength-${strength}`}>{STRENGTH_WORDS[strength]}</span> {flagWords(f).title}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
                {a.flags.length > flags.length ? <p className="muted">{plural(a.flags.length - flags.length, 'more flag')} in Who.</p> : null}
              </div>
              <button type="button" className="primary" onClick={() => go('who')} data-testid="overview-go-who">
                See every sign-in
              </button>
              {networks.length ? (
                <details className="answer-more">
                  <summary>Networks and countries</summary>
                  <ul className="compact-list" data-testid="overview-networks">
                    {networks.map((n) => {
                      // The network rows carry no basis; an address of that network does (same owner and kind).
                      const ip = a.ips.find((x) => x.asn === n.asn && x.org === n.org && x.networkKind === n.networkKind);
                      const ev = networkEvidence({ ...n, provider: ip?.provider ?? null, networkBasis: ip?.networkBasis ?? null });
                      return (
                        <li key={`${n.asn ?? 'none'}-${n.org ?? ''}`}>
                          {plural(n.logins, 'sign-in')}: {ev.text}
                          {ev.source ? <span className="muted"> — source: {ev.source}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                  <p>
                    {a.countries.slice(0, 6).map((c, i) => (
                      <span key={c.country ?? 'none'}>
                        {i ? ', ' : ''}
                        <CountryText code={c.country} /> ({formatCount(c.logins)})
                      </span>
                    ))}
                  </p>
                </details>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
