import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { notReadHeadline } from '../../lib/not-read';
import { formatCount } from '../../lib/format';

/**
 * What the files that were read held and did not become records: keys no importer maps and items
 * it could not use, each with a count and a JSON pointer to one example. Shown open: data that was
 * not read must never pass unnoticed.
 */
export function NotReadList({ sourceId }: { sourceId: number }) {
  const coverage = useApiQuery('sources.coverage', { sourceId });
  return (
    <QueryState query={coverage} what="what was not read">
      {(c) => (
        <details className="coverage-group status-notread" open data-testid="not-read">
          <summary>{notReadHeadline(c.notRead)}</summary>
          <p className="muted">
            Whereabouts does not know what these hold yet. To help, attach the output of <code>whereabouts shape &lt;export&gt;</code> (structure only,
            none of your values) to a bug report.
          </p>
          <div className="table-scroll" role="region" aria-label="Not read" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">What</th>
                  <th scope="col" className="num">
                    Count
                  </th>
                  <th scope="col">First example (JSON pointer)</th>
                </tr>
              </thead>
              <tbody>
                {c.notRead.map((g) => (
                  <tr key={`${g.member}\u0000${g.kind}\u0000${g.what}`}>
                    <td>
                      <code className="break">{g.member}</code>
                    </td>
                    <td>{g.kind === 'key' ? <>key <code className="break">{g.what}</code></> : g.what}</td>
                    <td className="num">{formatCount(g.count)}</td>
                    <td>
                      <code className="break">{g.example || '/'}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </QueryState>
  );
}
