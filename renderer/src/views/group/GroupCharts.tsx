import type { AggregateFile } from '../../../../shared/api';
import { chartGroups, valueLabel, type ChartGroup } from '../../lib/aggregate-chart';
import { formatCount } from '../../lib/format';

/**
 * A summary as horizontal bar charts, one per dimension: plain table rows with a bar drawn by a
 * div, so they read with a screen reader, at 200 % and on a projector. A group view measures
 * participants (the k-anonymous count); one participant's own file, where every count is 1,
 * measures records instead and says so.
 */
export function GroupCharts({ file, testId }: { file: AggregateFile; testId?: string }) {
  const groups = chartGroups(file);
  const byRecords = file.participants <= 1;
  return (
    <div className="agg-charts" data-testid={testId}>
      {groups.map((g) => (
        <DimensionChart key={g.dimension} group={g} file={file} byRecords={byRecords} />
      ))}
    </div>
  );
}

function DimensionChart({ group, file, byRecords }: { group: ChartGroup; file: AggregateFile; byRecords: boolean }) {
  const id = `agg-${group.dimension.replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="agg-chart" aria-labelledby={id} data-testid="agg-chart" data-dimension={group.dimension}>
      <h3 id={id}>{group.dimension[0]!.toUpperCase() + group.dimension.slice(1)}</h3>
      {group.bars.length === 0 ? <p className="muted">No value reached k = {file.k}.</p> : null}
      {group.bars.length > 0 ? (
        <table className={`bar-table${byRecords ? ' two-columns' : ''}`}>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">{byRecords ? 'Records' : `Participants (of ${formatCount(file.participants)})`}</th>
              {byRecords ? null : (
                <th scope="col" className="num">
                  Records
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {group.bars.map((b) => {
              const share = byRecords ? b.recordShare : b.share;
              return (
                <tr key={b.value} data-testid="agg-bar" data-value={b.value} data-count={b.count}>
                  <th scope="row" className="bar-label">
                    {valueLabel(group.dimension, b.value)}
                  </th>
                  <td className="bar-cell">
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
                    </span>
                    <span className="bar-number">{byRecords ? formatCount(b.records) : formatCount(b.count)}</span>
                  </td>
                  {byRecords ? null : <td className="num">{formatCount(b.records)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p className="muted agg-suppressed" data-testid="agg-suppressed">
        {group.suppressedCells === 0 ? 'No value withheld' : `${formatCount(group.suppressedCells)} ${group.suppressedCells === 1 ? 'value' : 'values'} withheld`}{' '}
        ({byRecords ? `fewer than ${file.k} records` : `fewer than ${file.k} participants`})
        {group.suppressedInInputs > 0 ? `; the participants' own files had withheld ${formatCount(group.suppressedInInputs)} more at most` : ''}.
      </p>
    </section>
  );
}
