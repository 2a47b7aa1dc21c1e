import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useProfile } from '../../stores/profile';

/** Where the app's knowledge comes from (datasets, dates, licences) and how it stays offline. */
export function AboutView() {
  const credits = useApiQuery('credits.list', {});
  const info = useProfile((s) => s.info);
  return (
    <section aria-labelledby="about-title">
      <ViewHeader title="Credits & about">
        <p>
          Whereabouts {info ? <span data-testid="app-version">{info.version}</span> : null}
          {info ? <> · {info.transport === 'electron' ? 'desktop app' : 'local browser mode'}</> : null}. Free software that reads the data export a
          platform gave you, on your own computer.
        </p>
      </ViewHeader>
      <QueryState query={credits} what="credits">
        {(c) => (
          <>
            <section className="block" aria-labelledby="offline-title">
              <h2 id="offline-title">The offline promise</h2>
              <p>Your export never leaves this computer. No part of Whereabouts connects to the internet. This is how that is enforced:</p>
              <ul data-testid="offline-list">
                {c.offline.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </section>
            <section className="block" aria-labelledby="datasets-title">
              <h2 id="datasets-title">Datasets</h2>
              <p className="muted">Bundled with the app and used offline. Results that use them say so, with the data date.</p>
              <div className="table-scroll" role="region" aria-label="Datasets" tabIndex={0}>
                <table data-testid="datasets-table">
                  <thead>
                    <tr>
                      <th scope="col">Dataset</th>
                      <th scope="col">Data of</th>
                      <th scope="col">Licence</th>
                      <th scope="col">Credit</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.datasets.map((d) => (
                      <tr key={`${d.name}-${d.date}`}>
                        <td>{d.name}</td>
                        <td>{d.date}</td>
                        <td>{d.licence}</td>
                        <td>{d.credit}</td>
                        {/* Shown as text: the app never opens web pages. */}
                        <td className="break">{d.url ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p data-testid="data-version">
                Data version <code>{c.dataVersion.id.slice(0, 12)}</code> (app {c.dataVersion.app}):{' '}
                {c.profileDataVersion === c.dataVersion.id
                  ? "this profile's enrichment, findings and flags were computed with it."
                  : c.profileDataVersion === null
                    ? 'this profile has not been analysed yet.'
                    : `this profile's results came from other data (${c.profileDataVersion.slice(0, 12)}); they are recomputed when it is next opened.`}
              </p>
              <details>
                <summary>Files and rules in this version (SHA-256)</summary>
                <ul className="break" data-testid="data-version-parts">
                  {c.dataVersion.parts.map((part) => (
                    <li key={part.id}>
                      {part.id}: <code>{part.sha256}</code>
                    </li>
                  ))}
                </ul>
              </details>
            </section>
            <section className="block" aria-labelledby="map-credit-title">
              <h2 id="map-credit-title">Map</h2>
              <p>Country shapes: Natural Earth (public domain), via the world-atlas package by Mike Bostock (ISC licence).</p>
            </section>
          </>
        )}
      </QueryState>
    </section>
  );
}
