import type { HostRow } from '../../../../shared/api';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { GradeBadge } from '../../components/GradeBadge';
import { HostName } from '../../components/HostName';
import { DateText } from '../../components/TimeText';
import { formatCount, plural } from '../../lib/format';
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

const OWNER_COLUMNS = COLUMNS.filter((c) => c.key !== 'owner');

/**
 * Every server name in the export's links, grouped by who runs it (biggest first), each group
 * collapsible (the first open), with its location hint graded by evidence.
 */
export function HostGroups({ hosts }: { hosts: HostRow[] }) {
  const groups = new Map<string, HostRow[]>();
  for (const h of hosts) {
    const owner = h.owner ?? 'Unknown owner';
    groups.set(owner, [...(groups.get(owner) ?? []), h]);
  }
  const ordered = [...groups.entries()]
    .map(([owner, rows]) => ({ owner, rows: rows.sort((a, b) => b.count - a.count || compareGrades(a.grade, b.grade)), links: rows.reduce((n, r) => n + r.count, 0) }))
    .sort((a, b) => b.links - a.links);
  return (
    <section id="where-hosts" aria-labelledby="where-hosts-title" className="block" data-testid="host-table">
      <div className="block-head">
        <h2 id="where-hosts-title">Servers, by who runs them</h2>
        <CsvButton table="hosts" />
      </div>
      {ordered.length === 0 ? <p className="muted">No links with server names were found.</p> : null}
      {ordered.map((g, i) => (
        <details key={g.owner} className="collapsible" open={i === 0} data-testid="host-group">
          <summary>
            {g.owner}: {plural(g.rows.length, 'server')}, {plural(g.links, 'link')}
          </summary>
          <DataTable label={`Servers run by ${g.owner}`} columns={OWNER_COLUMNS} rows={g.rows} rowKey={(r) => r.host} empty="None." />
        </details>
      ))}
    </section>
  );
}
