import { flagWords } from '../../../../shared/words/flags';
import { CountryText } from '../../components/CountryText';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount, networkOwner, plural } from '../../lib/format';
import { NETWORK_KIND_LABEL } from '../../lib/labels';
import { useNav } from '../../stores/nav';

const TOP = 5;

/** "Who accessed your account": sign-ins, the addresses and networks behind them, devices and flags. */
export function WhoHeadline() {
  const access = useApiQuery('access.summary', {});
  const go = useNav((s) => s.go);
  return (
    <section className="card headline" aria-labelledby="who-headline" data-testid="who-headline">
      <h2 id="who-headline">Who accessed your account</h2>
      <QueryState query={access} what="access information">
        {(a) => {
          const topIps = [...a.ips].sort((x, y) => y.count - x.count).slice(0, TOP);
          const alerts = a.flags.filter((f) => f.severity !== 'info');
          return (
            <>
              <p className="big-number">
                <strong data-testid="overview-logins">{formatCount(a.logins)}</strong> sign-ins
              </p>
              <p>
                from {plural(a.ips.length, 'address', 'addresses')} in {plural(a.countries.filter((c) => c.country).length, 'country', 'countries')},
                on {plural(a.networks.length, 'network')}, with {plural(a.devices.length, 'device')}.
              </p>
              {topIps.length ? (
                <>
                  <h3>Most used addresses</h3>
                  <ul className="compact-list">
                    {topIps.map((ip) => (
                      <li key={ip.ip}>
                        <code>{ip.ip}</code> · <CountryText code={ip.country} /> · {networkOwner(ip.org, ip.asn)} ·{' '}
                        <span className="tag">{NETWORK_KIND_LABEL[ip.networkKind]}</span> · {plural(ip.count, 'time')}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {a.countries.length ? (
                <p>
                  <strong>Countries:</strong>{' '}
                  {a.countries
                    .slice(0, 6)
                    .map((c) => `${c.country ?? 'unknown'} (${formatCount(c.logins)})`)
                    .join(', ')}
                  {a.countries.length > 6 ? ', …' : ''}
                </p>
              ) : null}
              {a.networks.length ? (
                <p>
                  <strong>Networks:</strong>{' '}
                  {a.networks
                    .slice(0, 4)
                    .map((n) => networkOwner(n.org, n.asn))
                    .join('; ')}
                  {a.networks.length > 4 ? '; …' : ''}
                </p>
              ) : null}
              <div className={`flag-summary ${alerts.length ? 'has-flags' : ''}`} data-testid="overview-flags">
                <p>
                  <strong>{plural(a.flags.length, 'flag')}</strong>
                  {a.flags.length ? ' worth a look:' : ' — nothing unusual was found.'}
                </p>
                {a.flags.length ? (
                  <ul className="compact-list">
                    {a.flags.slice(0, 3).map((f) => (
                      <li key={f.id}>
                        <span className={`severity severity-${f.severity}`}>{f.severity}</span> {flagWords(f).title}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
              <button type="button" className="primary" onClick={() => go('who')} data-testid="overview-go-who">
                See everyone who accessed it
              </button>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
