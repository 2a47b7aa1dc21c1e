import type { AccessSummary } from '../../../../shared/api';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/TimeText';
import { formatCount } from '../../lib/format';

type Row = AccessSummary['offPlatform'][number];

const COLUMNS: Column<Row>[] = [
  { key: 'name', header: 'Source', render: (r) => <span className="break">{r.name}</span>, sortValue: (r) => r.name },
  { key: 'events', header: 'Events', render: (r) => formatCount(r.events), sortValue: (r) => r.events, numeric: true },
  { key: 'detail', header: 'What it sent', render: (r) => r.detail ?? <span className="muted">–</span> },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
];

/** Businesses that told the platform what you did on their sites and apps. */
export function OffPlatformTable({ rows }: { rows: Row[] }) {
  return (
    <section id="who-offplatform" aria-labelledby="who-offplatform-title" className="block">
      <h2 id="who-offplatform-title">Off-platform tracking</h2>
      <p className="muted">Other companies that sent the platform activity from outside it (visits, purchases, app use).</p>
      <DataTable label="Off-platform sources" columns={COLUMNS} rows={rows} rowKey={(r) => r.name} initialSort={{ key: 'events', dir: 'desc' }} testId="offplatform-table" empty="No off-platform activity is in this export." />
    </section>
  );
}
