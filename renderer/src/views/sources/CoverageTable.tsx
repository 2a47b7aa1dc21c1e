import type { SourceSummary } from '../../../../shared/api';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { groupMembers } from '../../lib/coverage';
import { formatBytes, formatCount } from '../../lib/format';
import { MEMBER_STATUS_LABEL } from '../../lib/labels';
import { NotReadList } from './NotReadList';
import { ShapeOffer } from './ShapeOffer';

/** Every file in the archive, grouped by what happened to it; problems first and open. */
export function CoverageTable({ sourceId, summary }: { sourceId: number; summary: SourceSummary['coverage'] }) {
  const members = useApiQuery('sources.members', { sourceId });
  return (
    <section className="coverage" aria-label="Files in this export" data-testid="coverage">
      <h3>
        Files inside: {summary.parsed} read, {summary.ignored} ignored, {summary.unknown} not recognised, {summary.missing} missing, {summary.errors}{' '}
        with errors
      </h3>
      {summary.notRead > 0 ? <NotReadList sourceId={sourceId} /> : null}
      {summary.notRead > 0 || summary.unknown > 0 ? <ShapeOffer sourceId={sourceId} /> : null}
      <QueryState query={members} what="the file list">
        {(rows) =>
          groupMembers(rows).map((g) => (
            <details key={g.status} className={`coverage-group status-${g.status}`} open={g.status === 'error' || g.status === 'missing'} data-status={g.status}>
              <summary>
                {MEMBER_STATUS_LABEL[g.status]} ({g.members.length}
                {g.status === 'parsed' ? `, ${formatCount(g.records)} records` : ''})
              </summary>
              <div className="table-scroll" role="region" aria-label={MEMBER_STATUS_LABEL[g.status]} tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col" className="num">
                        Size
                      </th>
                      {g.status === 'parsed' ? (
                        <>
                          <th scope="col" className="num" title="Entries, lines or rows the importer found in the file">
                            Items
                          </th>
                          <th scope="col" className="num">
                            Records
                          </th>
                        </>
                      ) : null}
                      {g.status !== 'parsed' ? <th scope="col">{g.status === 'error' ? 'Problem' : 'Why'}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {g.members.map((m) => (
                      <tr key={m.path}>
                        <td>
                          <code className="break">{m.path}</code>
                        </td>
                        <td className="num">{g.status === 'missing' ? '–' : formatBytes(m.bytes)}</td>
                        {g.status === 'parsed' ? (
                          <>
                            <td className="num">{m.items === null ? <span className="muted">–</span> : formatCount(m.items)}</td>
                            <td className="num">{formatCount(m.records)}</td>
                          </>
                        ) : null}
                        {g.status !== 'parsed' ? <td>{m.note ?? <span className="muted">–</span>}</td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ))
        }
      </QueryState>
    </section>
  );
}
