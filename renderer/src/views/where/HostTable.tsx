import type { HostRow } from '../../../../shared/api';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { GradeBadge } from '../../components/GradeBadge';
import { HostName } from '../../components/HostName';
import { DateText } from '../../components/TimeText';
import { formatCount } from '../../lib/format';
import { compareGrades } from '../../lib/grades';
import { LOCATION_KIND_LABEL } from '../../lib/labels';

const COLUMNS: Column<HostRow>[] = [
  { key: 'host', header: 'Server name', render: (r) => <HostName name={r.host} />, sortValue: (r) => r.host },
  { key: 'owner', header: 'Owner', minRem: 9, render: (r) => r.owner ?? <span className="muted">Unknown</span>, sortValue: (r) => r.owner },
  {
    key: 'location',
    header: 'Location hint',
    render: (r) =>
      r.location.kind === 'none' ? (
        <span className="muted">None</span>
      ) : (
        <>
          {r.location.label} <span className="muted">({LOCATION_KIND_LABEL[r.location.kind]})</span>
        </>
      ),
    sortValue: (r) => (r.location.kind === 'none' ? null : r.location.label),
  },
  { key: 'grade', header: 'Evidence', render: (r) => <GradeBadge grade={r.grade} />, sortValue: (r) => 'ABCDEFG'.indexOf(r.grade) },
  {
    key: 'statement',
    header: 'What it shows',
    minRem: 18,
    render: (r) => (
      <>
        {r.statement}
        {r.basis ? (
          <details className="basis">
            <summary className="muted small-text">Basis</summary>
            <p className="muted small-text break">{r.basis}</p>
          </details>
        ) : null}
      </>
    ),
  },
  { key: 'count', header: 'Links', render: (r) => formatCount(r.count), sortValue: (r) => r.count, numeric: true },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
  {
    key: 'paths',
    header: 'Path hints',
    minRem: 18,
    render: (r) =>
      r.pathHints.length ? (
        <ul className="plain-list">
          {r.pathHints.map((h) => (
            <li key={h.token}>
              <HostName name={h.token} /> <GradeBadge grade={h.grade} /> {h.statement} <span className="muted">({formatCount(h.count)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">–</span>
      ),
  },
];

/** Every server name in the export's links, with its owner and location hint, graded by evidence. */
export function HostTable({ hosts }: { hosts: HostRow[] }) {
  const sorted = [...hosts].sort((a, b) => b.count - a.count || compareGrades(a.grade, b.grade));
  return (
    <section id="where-hosts" aria-labelledby="where-hosts-title" className="block">
      <div className="block-head">
        <h2 id="where-hosts-title">Server names</h2>
        <CsvButton table="hosts" />
      </div>
      <DataTable label="Server names" columns={COLUMNS} rows={sorted} rowKey={(r) => r.host} testId="host-table" empty="No links with server names were found." />
    </section>
  );
}
